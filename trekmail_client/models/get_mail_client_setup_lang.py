from typing import Literal

GetMailClientSetupLang = Literal[
    "ar", "de", "en", "es", "fr", "he", "it", "ja", "ko", "nl", "pt", "ru", "zh"
]

GET_MAIL_CLIENT_SETUP_LANG_VALUES: set[GetMailClientSetupLang] = {
    "ar",
    "de",
    "en",
    "es",
    "fr",
    "he",
    "it",
    "ja",
    "ko",
    "nl",
    "pt",
    "ru",
    "zh",
}


def check_get_mail_client_setup_lang(value: str) -> GetMailClientSetupLang:
    if value in GET_MAIL_CLIENT_SETUP_LANG_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MAIL_CLIENT_SETUP_LANG_VALUES!r}"
    )
