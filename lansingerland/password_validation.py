"""Django's password validators with plain Dutch messages.

Django 5.2's Dutch catalogue lacks some validator messages (the "too short"
plural forms), so a new partner saw English on the first page they met.
These subclasses carry their own Dutch msgids: ``makemessages`` finds them
in our code, so no Django msgid has to be kept alive by hand, and the wording
is ours (B1, "u"). ``AUTH_PASSWORD_VALIDATORS`` in settings names them.
"""

from django.contrib.auth import password_validation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


class UserAttributeSimilarityValidator(
    password_validation.UserAttributeSimilarityValidator
):
    def get_error_message(self) -> str:
        return _("Dit wachtwoord lijkt te veel op uw %(verbose_name)s.")

    def get_help_text(self) -> str:
        return _("Uw wachtwoord mag niet lijken op uw naam of e-mailadres.")


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    def get_error_message(self) -> str:
        return ngettext(
            "Dit wachtwoord is te kort. Gebruik minstens %(min_length)d teken.",
            "Dit wachtwoord is te kort. Gebruik minstens %(min_length)d tekens.",
            self.min_length,
        ) % {"min_length": self.min_length}

    def get_help_text(self) -> str:
        return ngettext(
            "Gebruik minstens %(min_length)d teken.",
            "Gebruik minstens %(min_length)d tekens.",
            self.min_length,
        ) % {"min_length": self.min_length}


class CommonPasswordValidator(password_validation.CommonPasswordValidator):
    def get_error_message(self) -> str:
        return _("Dit wachtwoord wordt te vaak gebruikt. Kies een ander wachtwoord.")

    def get_help_text(self) -> str:
        return _("Kies geen wachtwoord dat veel mensen gebruiken.")


class NumericPasswordValidator(password_validation.NumericPasswordValidator):
    def get_error_message(self) -> str:
        return _("Dit wachtwoord bestaat alleen uit cijfers. Gebruik ook letters.")

    def get_help_text(self) -> str:
        return _("Gebruik niet alleen cijfers.")
