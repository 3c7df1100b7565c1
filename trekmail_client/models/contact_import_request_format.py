from enum import StrEnum


class ContactImportRequestFormat(StrEnum):
    CSV = "csv"
    VCF = "vcf"

    def __str__(self) -> str:
        return str(self.value)
