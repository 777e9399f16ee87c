"""Category ids of ``spec/taxonomy.md`` (a fixed contract: extend, never rename)."""

MESSAGE_CATEGORIES: dict[str, str] = {
    "cold_reply": "生硬短回复",
    "uncivil": "不文明用语",
    "abuse": "辱骂/嘲讽/恐吓",
    "shirking": "推诿拒绝",
    "questioning": "责问质疑命令",
    "impolite": "不礼貌/态度生硬",
    "diversion": "引流",
    "privacy_leak": "欺骗及泄密",
    "arbitrary_promise": "随意承诺",
    "false_advertising": "虚假宣传/极限词",
    "disparage_peer": "诋毁同行",
    "disparage_platform": "诋毁平台",
    "forbidden_address": "禁用称呼",
    "induce_review": "诱导好评",
}

CONVERSATION_CATEGORIES: dict[str, str] = {
    "slow_first_response": "首响超时",
    "slow_response": "回复超时",
    "unanswered": "漏回复",
    "missing_greeting": "缺少开头语",
    "greeting_mismatch": "问候不当",
    "missing_closing": "缺少结束语",
    "repeated_reply": "重复发送",
    "thanks_unacknowledged": "致谢未回应",
    "apology_unacknowledged": "致歉未回应",
    "suggestion_unacknowledged": "建议未致谢",
    "complaint_no_apology": "投诉未致歉",
    "aftersales_flow": "售后流程不当",
    "forced_end": "强制结束对话",
    "direct_name": "直呼姓名",
    "long_message": "回复过长",
    "missing_emoji": "缺少表情",
    "followup_missed": "查询后未回复",
    "slow_no_apology": "超时未致歉",
    "asked_to_repeat": "顾客被迫重复",
}

CATEGORIES: dict[str, str] = {**MESSAGE_CATEGORIES, **CONVERSATION_CATEGORIES}

SEVERITIES: dict[str, str] = {"critical": "平台高危", "major": "服务高危", "minor": "服务规范"}
SEVERITY_RANK: dict[str, int] = {"minor": 1, "major": 2, "critical": 3}
