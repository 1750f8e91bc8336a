"""The sales context's conflicts (409), each with a stable ``code`` and its messages."""

from __future__ import annotations

from salescrm.core import i18n
from salescrm.core.errors import Conflict


class OpportunityClosed(Conflict):
    code = detail_key = "opportunity_closed"


class OpportunityOpen(Conflict):
    code = detail_key = "opportunity_open"


class AmountFromLineItems(Conflict):
    code = detail_key = "amount_from_line_items"


class OpportunityHasContracts(Conflict):
    code = detail_key = "opportunity_has_contracts"


class OpportunityNotWon(Conflict):
    code = detail_key = "opportunity_not_won"


class StageInUse(Conflict):
    code = detail_key = "stage_in_use"


class PipelineInUse(Conflict):
    code = detail_key = "pipeline_in_use"


class PipelineIsDefault(Conflict):
    code = detail_key = "pipeline_is_default"


class Overpayment(Conflict):
    code = detail_key = "overpayment"


class ContractTerminated(Conflict):
    code = detail_key = "contract_terminated"


class ContractHasPayments(Conflict):
    code = detail_key = "contract_has_payments"


i18n.register_titles(
    {
        "opportunity_closed": ("Deal closed", "商机已关闭"),
        "opportunity_open": ("Deal open", "商机未关闭"),
        "amount_from_line_items": ("Amount follows the line items", "金额由产品明细决定"),
        "opportunity_has_contracts": ("Deal has contracts", "商机已有合同"),
        "opportunity_not_won": ("Deal not won", "商机未赢单"),
        "stage_in_use": ("Stage in use", "阶段正在使用"),
        "pipeline_in_use": ("Pipeline in use", "销售流程正在使用"),
        "pipeline_is_default": ("Default pipeline", "默认销售流程"),
        "overpayment": ("Overpayment", "超额回款"),
        "contract_terminated": ("Contract terminated", "合同已终止"),
        "contract_has_payments": ("Contract has payments", "合同已有回款"),
    }
)
i18n.register_details(
    {
        "opportunity_closed": (
            "The deal is {status}; reopen it before changing it.",
            "该商机已{status_zh},请先重新打开再修改。",
        ),
        "opportunity_open": ("The deal is open already.", "该商机尚未关闭。"),
        "amount_from_line_items": (
            "The deal's amount and currency follow its {count} line item(s); change those.",
            "该商机的金额与币种由其 {count} 个产品明细决定,请修改明细。",
        ),
        "opportunity_has_contracts": (
            "The deal has {count} contract(s).",
            "该商机已有 {count} 份合同。",
        ),
        "opportunity_not_won": (
            "Contracts are made from won deals; this one is {status}.",
            "只能为赢单的商机创建合同,该商机状态为 {status}。",
        ),
        "stage_in_use": (
            "{count} deal(s) are in the stage(s) being removed or changed; move them first.",
            "有 {count} 个商机处于要删除或变更的阶段,请先调整这些商机。",
        ),
        "pipeline_in_use": (
            "{count} deal(s) use this pipeline.",
            "有 {count} 个商机使用该销售流程。",
        ),
        "pipeline_is_default": (
            "This is the default pipeline; make another one the default first.",
            "这是默认销售流程,请先将其他流程设为默认。",
        ),
        "overpayment": (
            "The payment takes the received total to {total} of {amount}; send "
            "overpayment=true to accept it anyway.",
            "该笔回款将使已回款累计达到 {total}(合同金额 {amount}),"
            "如确认超额回款请设置 overpayment=true。",
        ),
        "contract_terminated": (
            "The contract is terminated; no more payments are recorded against it.",
            "该合同已终止,不能再登记回款。",
        ),
        "contract_has_payments": (
            "The contract has {count} payment(s); delete them first.",
            "该合同已有 {count} 笔回款,请先删除回款。",
        ),
    }
)
