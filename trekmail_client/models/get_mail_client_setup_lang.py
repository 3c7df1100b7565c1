from enum import StrEnum


class GetMailClientSetupLang(StrEnum):
    AR = "ar"
    DE = "de"
    EN = "en"
    ES = "es"
    FR = "fr"
    HE = "he"
    IT = "it"
    JA = "ja"
    KO = "ko"
    NL = "nl"
    PT = "pt"
    RU = "ru"
    ZH = "zh"

    def __str__(self) -> str:
        return str(self.value)
