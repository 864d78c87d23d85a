class Account:
    __count = 0
    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
    def __secret(self):
        return self.__owner
    def reveal(self):
        return self.__secret()
    def __repr__(self):
        return 'Account'
