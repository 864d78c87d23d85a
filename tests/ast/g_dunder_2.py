# A container class: len, contains, getitem, setitem, iteration, call
class Playlist:
    def __init__(self, *songs):
        self._songs = list(songs)

    def __len__(self):
        return len(self._songs)

    def __contains__(self, song):
        return song in self._songs

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Playlist(*self._songs[index])
        return self._songs[index]

    def __setitem__(self, index, song):
        self._songs[index] = song

    def __delitem__(self, index):
        del self._songs[index]

    def __call__(self, n=1):
        return self._songs[:n]

    def __str__(self):
        return " -> ".join(self._songs)


p = Playlist("intro", "verse", "chorus", "outro")
p[1] = "bridge"; del p[0]
print(len(p), "chorus" in p, p[0], str(p[1:]), p(2))
