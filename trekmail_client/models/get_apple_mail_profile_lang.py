from typing import Literal

GetAppleMailProfileLang = Literal[
    "ar", "de", "en", "es", "fr", "he", "it", "ja", "ko", "nl", "pt", "ru", "zh"
]

GET_APPLE_MAIL_PROFILE_LANG_VALUES: set[GetAppleMailProfileLang] = {
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


def check_get_apple_mail_profile_lang(value: str) -> GetAppleMailProfileLang:
    if value in GET_APPLE_MAIL_PROFILE_LANG_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_APPLE_MAIL_PROFILE_LANG_VALUES!r}"
    )
