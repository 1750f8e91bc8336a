from enum import StrEnum


class LoginEventsListEvent(StrEnum):
    LOGIN_FAILED = "login_failed"
    LOGIN_SUCCEEDED = "login_succeeded"
    LOGOUT = "logout"
    PASSWORD_CHANGED = "password_changed"
    REFRESH_REUSED = "refresh_reused"

    def __str__(self) -> str:
        return str(self.value)
