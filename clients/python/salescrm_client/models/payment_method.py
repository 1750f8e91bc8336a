from enum import StrEnum


class PaymentMethod(StrEnum):
    ACCEPTANCE_BILL = "acceptance_bill"
    ALIPAY = "alipay"
    BANK_TRANSFER = "bank_transfer"
    CASH = "cash"
    CHECK = "check"
    OTHER = "other"
    WECHAT_PAY = "wechat_pay"

    def __str__(self) -> str:
        return str(self.value)
