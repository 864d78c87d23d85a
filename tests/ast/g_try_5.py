# Exception hierarchy: order of except clauses matters
class AppError(Exception):
    """Base for this app's errors."""


class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what


def fetch(name):
    if name != "home":
        raise NotFound(name)
    return "<html>"


for page in ("home", "about"):
    try:
        print(fetch(page))
    except NotFound as nf:
        print("404", nf.what)
    except AppError:
        print("app error")
    except Exception as other:
        print("unexpected", other)
