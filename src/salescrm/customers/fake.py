"""Realistic, repeatable zh-CN customers and contacts for demos, tests and benchmarks.

``CustomerFaker(seed)`` draws from its own ``random.Random``, so the same seed gives the same
customers in the same order. Nothing here needs a third-party package:

* companies are named the way Chinese companies are registered -- city + brand (two characters)
  + business word + legal form, e.g. ``苏州恒瑞精密机械有限公司`` -- with a short name, an
  industry, a size, a unified social credit code whose check characters are right (GB 32100 for
  the whole code, GB 11714 for the organisation code inside it) and whose region part is a real
  prefecture's, a switchboard number with the city's area code, an e-mail and a website on the
  company's domain, an address in a real district and coordinates near the city;
* individuals (个人客户) have a person's name, a mobile number and a personal e-mail;
* tiers (A-D), life-cycle stages, statuses, sources, channels and tags follow skewed, realistic
  distributions (few A customers, many C and D);
* contacts have common surnames and given names, a title with its department and buying role,
  a mobile (13x/15x/18x...), sometimes a direct line, an e-mail and a WeChat id.

Phone numbers come out in E.164 (``+8613812345678``, ``+8651265529988``), which is what the
API stores; every value passes ``CustomerCreate`` / ``ContactCreate``. Money is a decimal
string and a birthday an ISO date, so a dict can be sent as JSON as it is.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate
from typing import Any, Generic, TypeVar

from salescrm.customers.rules import credit_code_check_char

T = TypeVar("T")


class Weighted(Generic[T]):
    """Values with relative weights, drawn with one ``random()`` and a bisection."""

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        self.values = [value for value, _ in pairs]
        self.cumulative = list(accumulate(weight for _, weight in pairs))
        self.total = self.cumulative[-1]

    def draw(self, rng: random.Random) -> T:
        return self.values[bisect(self.cumulative, rng.random() * self.total)]


# ----- geography -----------------------------------------------------------------------------
@dataclass(frozen=True)
class City:
    province: str
    name: str  # as written in an address: 苏州市
    region: str  # 华东, 华南, 华北, 华中, 西南, 西北, 东北
    area_code: str  # without the trunk 0: 512
    local_digits: int  # length of a landline number after the area code
    admin_code: str  # the prefecture's 6-digit administrative division code
    districts: tuple[str, ...]
    latitude: float
    longitude: float
    weight: float  # how many businesses, roughly

    @property
    def short(self) -> str:
        """苏州市 → 苏州 (the form company names use)."""
        return self.name.removesuffix("市")


def _city(
    province: str,
    name: str,
    region: str,
    area: str,
    digits: int,
    code: str,
    lat: float,
    lon: float,
    weight: float,
) -> City:
    districts = tuple(_DISTRICTS[name].split())
    return City(province, name, region, area, digits, code, districts, lat, lon, weight)


#: Districts (and county-level cities) of each city, space-separated.
_DISTRICTS = {
    "上海市": "浦东新区 黄浦区 徐汇区 静安区 长宁区 闵行区 嘉定区 松江区",
    "南京市": "玄武区 秦淮区 鼓楼区 建邺区 江宁区 栖霞区",
    "苏州市": "姑苏区 虎丘区 吴中区 相城区 吴江区 昆山市 常熟市",
    "无锡市": "梁溪区 滨湖区 新吴区 锡山区 惠山区 江阴市",
    "常州市": "天宁区 钟楼区 新北区 武进区",
    "杭州市": "上城区 拱墅区 西湖区 滨江区 余杭区 萧山区",
    "宁波市": "海曙区 江北区 鄞州区 北仑区 镇海区",
    "温州市": "鹿城区 龙湾区 瓯海区 乐清市 瑞安市",
    "合肥市": "蜀山区 包河区 庐阳区 瑶海区",
    "济南市": "历下区 市中区 槐荫区 天桥区 历城区",
    "青岛市": "市南区 市北区 黄岛区 崂山区 城阳区",
    "福州市": "鼓楼区 台江区 仓山区 晋安区",
    "厦门市": "思明区 湖里区 集美区 海沧区",
    "南昌市": "东湖区 西湖区 青山湖区 红谷滩区",
    "广州市": "天河区 越秀区 海珠区 白云区 番禺区 黄埔区",
    "深圳市": "南山区 福田区 罗湖区 宝安区 龙岗区 龙华区",
    "东莞市": "南城街道 东城街道 长安镇 虎门镇 松山湖",
    "佛山市": "禅城区 南海区 顺德区 三水区 高明区",
    "珠海市": "香洲区 斗门区 金湾区",
    "南宁市": "青秀区 兴宁区 西乡塘区 良庆区",
    "海口市": "龙华区 美兰区 秀英区 琼山区",
    "北京市": "朝阳区 海淀区 东城区 西城区 丰台区 大兴区 顺义区",
    "天津市": "和平区 河西区 南开区 河东区 滨海新区 西青区",
    "石家庄市": "长安区 桥西区 新华区 裕华区",
    "唐山市": "路北区 路南区 丰润区 曹妃甸区",
    "太原市": "小店区 迎泽区 杏花岭区 万柏林区",
    "呼和浩特市": "新城区 回民区 赛罕区 玉泉区",
    "武汉市": "江汉区 武昌区 洪山区 江岸区 汉阳区 东西湖区",
    "宜昌市": "西陵区 伍家岗区 夷陵区",
    "长沙市": "岳麓区 芙蓉区 天心区 开福区 雨花区",
    "郑州市": "金水区 中原区 二七区 管城回族区 郑东新区",
    "洛阳市": "西工区 涧西区 老城区 洛龙区",
    "成都市": "锦江区 青羊区 武侯区 成华区 金牛区 双流区",
    "重庆市": "渝中区 江北区 南岸区 九龙坡区 渝北区 沙坪坝区",
    "昆明市": "五华区 盘龙区 官渡区 西山区",
    "贵阳市": "南明区 云岩区 观山湖区 花溪区",
    "西安市": "雁塔区 碑林区 新城区 莲湖区 未央区 长安区",
    "兰州市": "城关区 七里河区 安宁区 西固区",
    "银川市": "兴庆区 金凤区 西夏区",
    "乌鲁木齐市": "天山区 沙依巴克区 新市区 水磨沟区",
    "沈阳市": "和平区 沈河区 皇姑区 铁西区 浑南区",
    "大连市": "中山区 西岗区 沙河口区 甘井子区",
    "长春市": "朝阳区 南关区 宽城区 绿园区",
    "哈尔滨市": "南岗区 道里区 香坊区 松北区",
}
CITIES: tuple[City, ...] = (
    # 华东
    _city("上海市", "上海市", "华东", "21", 8, "310000", 31.2304, 121.4737, 10),
    _city("江苏省", "南京市", "华东", "25", 8, "320100", 32.0603, 118.7969, 4),
    _city("江苏省", "苏州市", "华东", "512", 8, "320500", 31.2989, 120.5853, 6),
    _city("江苏省", "无锡市", "华东", "510", 8, "320200", 31.4912, 120.3119, 3),
    _city("江苏省", "常州市", "华东", "519", 8, "320400", 31.8107, 119.9741, 2),
    _city("浙江省", "杭州市", "华东", "571", 8, "330100", 30.2741, 120.1551, 6),
    _city("浙江省", "宁波市", "华东", "574", 8, "330200", 29.8683, 121.5440, 3),
    _city("浙江省", "温州市", "华东", "577", 8, "330300", 28.0006, 120.6994, 2),
    _city("安徽省", "合肥市", "华东", "551", 8, "340100", 31.8206, 117.2272, 2.5),
    _city("山东省", "济南市", "华东", "531", 8, "370100", 36.6512, 117.1201, 2.5),
    _city("山东省", "青岛市", "华东", "532", 8, "370200", 36.0671, 120.3826, 3),
    _city("福建省", "福州市", "华东", "591", 8, "350100", 26.0745, 119.2965, 2),
    _city("福建省", "厦门市", "华东", "592", 7, "350200", 24.4798, 118.0894, 2),
    _city("江西省", "南昌市", "华东", "791", 8, "360100", 28.6820, 115.8579, 1.5),
    # 华南
    _city("广东省", "广州市", "华南", "20", 8, "440100", 23.1291, 113.2644, 8),
    _city("广东省", "深圳市", "华南", "755", 8, "440300", 22.5431, 114.0579, 9),
    _city("广东省", "东莞市", "华南", "769", 8, "441900", 23.0207, 113.7518, 4),
    _city("广东省", "佛山市", "华南", "757", 8, "440600", 23.0215, 113.1214, 4),
    _city("广东省", "珠海市", "华南", "756", 7, "440400", 22.2710, 113.5767, 1.5),
    _city("广西壮族自治区", "南宁市", "华南", "771", 7, "450100", 22.8170, 108.3665, 1.5),
    _city("海南省", "海口市", "华南", "898", 8, "460100", 20.0440, 110.1999, 1),
    # 华北
    _city("北京市", "北京市", "华北", "10", 8, "110000", 39.9042, 116.4074, 10),
    _city("天津市", "天津市", "华北", "22", 8, "120000", 39.3434, 117.3616, 3),
    _city("河北省", "石家庄市", "华北", "311", 8, "130100", 38.0428, 114.5149, 2),
    _city("河北省", "唐山市", "华北", "315", 7, "130200", 39.6305, 118.1802, 1),
    _city("山西省", "太原市", "华北", "351", 7, "140100", 37.8706, 112.5489, 1.5),
    _city("内蒙古自治区", "呼和浩特市", "华北", "471", 7, "150100", 40.8424, 111.7490, 1),
    # 华中
    _city("湖北省", "武汉市", "华中", "27", 8, "420100", 30.5928, 114.3055, 5),
    _city("湖北省", "宜昌市", "华中", "717", 7, "420500", 30.6919, 111.2865, 1),
    _city("湖南省", "长沙市", "华中", "731", 8, "430100", 28.2282, 112.9388, 4),
    _city("河南省", "郑州市", "华中", "371", 8, "410100", 34.7466, 113.6254, 4),
    _city("河南省", "洛阳市", "华中", "379", 8, "410300", 34.6197, 112.4540, 1),
    # 西南
    _city("四川省", "成都市", "西南", "28", 8, "510100", 30.5728, 104.0668, 6),
    _city("重庆市", "重庆市", "西南", "23", 8, "500000", 29.5630, 106.5516, 5),
    _city("云南省", "昆明市", "西南", "871", 8, "530100", 24.8801, 102.8329, 2),
    _city("贵州省", "贵阳市", "西南", "851", 8, "520100", 26.6470, 106.6302, 1.5),
    # 西北
    _city("陕西省", "西安市", "西北", "29", 8, "610100", 34.3416, 108.9398, 4),
    _city("甘肃省", "兰州市", "西北", "931", 7, "620100", 36.0611, 103.8343, 1),
    _city("宁夏回族自治区", "银川市", "西北", "951", 7, "640100", 38.4872, 106.2309, 0.5),
    _city("新疆维吾尔自治区", "乌鲁木齐市", "西北", "991", 7, "650100", 43.8256, 87.6168, 1),
    # 东北
    _city("辽宁省", "沈阳市", "东北", "24", 8, "210100", 41.8057, 123.4315, 2.5),
    _city("辽宁省", "大连市", "东北", "411", 8, "210200", 38.9140, 121.6147, 2.5),
    _city("吉林省", "长春市", "东北", "431", 8, "220100", 43.8171, 125.3235, 1.5),
    _city("黑龙江省", "哈尔滨市", "东北", "451", 8, "230100", 45.8038, 126.5350, 2),
)
REGIONS = ("华东", "华南", "华北", "华中", "西南", "西北", "东北")
_CITY_BY_NAME = {c.name: c for c in CITIES}
_ROADS = (
    "人民路", "中山路", "解放路", "建设路", "和平路", "新华路", "文化路", "长江路", "黄河路",
    "科技路", "创新大道", "高新路", "学府路", "工业园路", "金融街", "世纪大道", "滨江大道",
    "东方路", "南京路", "淮海路", "青年路", "光明路", "振兴路", "迎宾大道", "发展大道",
    "湖滨路", "银河路", "春华路", "园区路",
)  # fmt: skip

# ----- companies -----------------------------------------------------------------------------
#: Characters companies choose for their brand (字号), with their reading (for domains).
_BRAND_CHARS = (
    "恒heng", "瑞rui", "华hua", "信xin", "达da", "盛sheng", "鑫xin", "源yuan", "泰tai",
    "宏hong", "远yuan", "博bo", "创chuang", "海hai", "天tian", "德de", "安an", "康kang",
    "永yong", "佳jia", "美mei", "新xin", "中zhong", "金jin", "正zheng", "通tong", "联lian",
    "汇hui", "聚ju", "润run", "丰feng", "益yi", "隆long", "嘉jia", "明ming", "辉hui", "腾teng",
    "飞fei", "航hang", "宇yu", "科ke", "智zhi", "诚cheng", "卓zhuo", "越yue", "光guang",
    "昌chang", "兴xing", "旺wang", "福fu", "顺shun", "诺nuo", "凯kai", "铭ming", "锦jin",
    "瀚han", "云yun", "星xing", "辰chen", "峰feng", "伟wei", "鼎ding", "元yuan", "祥xiang",
    "立li", "威wei", "力li", "格ge", "思si", "奥ao", "宝bao", "朗lang", "东dong", "方fang",
    "南nan", "北bei", "浩hao", "弘hong", "富fu", "万wan", "亿yi", "豪hao",
)  # fmt: skip
BRAND_CHARS: tuple[tuple[str, str], ...] = tuple((c[0], c[1:]) for c in _BRAND_CHARS)


@dataclass(frozen=True)
class Business:
    word: str  # as it appears in the name: 精密机械
    industry: str  # the industry field
    code: str  # a short Latin tag for domains: jm
    weight: float
    short: str = ""  # in a short name (default: the word's first two characters)


BUSINESSES: tuple[Business, ...] = (
    Business("精密机械", "机械制造", "jm", 4),
    Business("机械设备", "机械制造", "jx", 4),
    Business("自动化设备", "智能制造", "auto", 3, "自动化"),
    Business("智能装备", "智能制造", "zn", 2),
    Business("电子科技", "电子", "tech", 6),
    Business("电子", "电子", "dz", 3),
    Business("光电科技", "光电", "gd", 2),
    Business("半导体", "半导体", "semi", 1),
    Business("电气设备", "电气", "dq", 2),
    Business("新能源科技", "新能源", "ne", 2, "新能源"),
    Business("信息技术", "软件和信息技术服务", "it", 5),
    Business("软件", "软件和信息技术服务", "soft", 3),
    Business("网络科技", "互联网", "net", 4),
    Business("数据科技", "软件和信息技术服务", "data", 2),
    Business("通信技术", "通信", "tx", 2),
    Business("生物医药", "医药", "bio", 2, "医药"),
    Business("医疗器械", "医疗器械", "med", 2, "医疗"),
    Business("化工", "化工", "chem", 2),
    Business("新材料", "新材料", "cl", 2, "新材料"),
    Business("塑胶制品", "塑料制品", "sj", 2),
    Business("五金制品", "五金", "wj", 2),
    Business("包装材料", "包装", "pack", 1.5),
    Business("汽车零部件", "汽车", "auto", 2, "汽配"),
    Business("贸易", "批发和零售", "trade", 6),
    Business("商贸", "批发和零售", "sm", 5),
    Business("进出口", "批发和零售", "ie", 2, "进出口"),
    Business("供应链管理", "物流", "scm", 2, "供应链"),
    Business("物流", "物流", "wl", 3),
    Business("建设工程", "建筑", "js", 3),
    Business("建筑装饰", "建筑", "zs", 2, "装饰"),
    Business("环保科技", "环保", "hb", 2),
    Business("食品", "食品饮料", "food", 2),
    Business("餐饮管理", "餐饮", "cy", 1.5),
    Business("酒店管理", "住宿", "hotel", 1),
    Business("教育科技", "教育", "edu", 1.5),
    Business("文化传媒", "文化传媒", "media", 2, "传媒"),
    Business("广告", "广告营销", "ad", 1.5),
    Business("纺织", "纺织服装", "fz", 1.5),
    Business("服饰", "纺织服装", "fs", 1.5),
    Business("家具", "家居", "jj", 1.5),
    Business("企业管理咨询", "商务服务", "consult", 2, "咨询"),
    Business("人力资源", "商务服务", "hr", 1, "人力"),
    Business("房地产开发", "房地产", "re", 1, "地产"),
    Business("物业管理", "房地产", "wy", 1.5),
    Business("农业科技", "农业", "agri", 1),
    Business("印刷", "印刷", "print", 1),
    Business("实业", "综合", "sy", 2),
)
_BUSINESS = Weighted([(b, b.weight) for b in BUSINESSES])
#: (legal form, weight); a branch (分公司) hangs off one of the others.
_LEGAL_FORMS = Weighted(
    [("有限公司", 70), ("有限责任公司", 12), ("股份有限公司", 10), ("集团有限公司", 3)]
)
_SIZES = Weighted([("micro", 24), ("small", 40), ("medium", 22), ("large", 10), ("enterprise", 4)])
#: Yearly revenue range (CNY) by size.
_REVENUE = {
    "micro": (300_000, 5_000_000),
    "small": (3_000_000, 50_000_000),
    "medium": (30_000_000, 400_000_000),
    "large": (200_000_000, 3_000_000_000),
    "enterprise": (1_000_000_000, 50_000_000_000),
}
#: Tier by size: bigger companies are worth more (A is the best, D the least).
_TIERS = {
    "micro": Weighted([("A", 0.5), ("B", 6), ("C", 38), ("D", 55.5)]),
    "small": Weighted([("A", 2), ("B", 13), ("C", 48), ("D", 37)]),
    "medium": Weighted([("A", 8), ("B", 27), ("C", 45), ("D", 20)]),
    "large": Weighted([("A", 22), ("B", 38), ("C", 32), ("D", 8)]),
    "enterprise": Weighted([("A", 45), ("B", 35), ("C", 17), ("D", 3)]),
    "individual": Weighted([("A", 0.5), ("B", 5), ("C", 40), ("D", 54.5)]),
}
STAGES = Weighted(
    [
        ("prospect", 32),
        ("new", 14),
        ("active", 30),
        ("loyal", 10),
        ("at_risk", 8),
        ("churned", 6),
    ]
)
_SOURCES = Weighted(
    [
        ("website", 20),
        ("referral", 18),
        ("cold_call", 15),
        ("exhibition", 12),
        ("partner", 10),
        ("social_media", 9),
        ("advertising", 8),
        ("event", 5),
        ("other", 3),
    ]
)
_CHANNELS = {
    "website": ("官网表单", "在线客服", "400 热线"),
    "partner": ("华东渠道伙伴", "华南代理商", "系统集成商推荐", "行业协会"),
    "advertising": ("百度推广", "微信广告", "抖音广告", "行业媒体"),
    "social_media": ("微信公众号", "视频号", "小红书", "知乎"),
    "exhibition": ("中国国际工业博览会", "广交会", "高交会", "行业峰会展位"),
}
TAGS = (
    "重点跟进",
    "老客户",
    "价格敏感",
    "决策周期长",
    "需要演示",
    "有预算",
    "竞品在用",
    "政府采购",
    "上市公司",
    "高新技术企业",
    "专精特新",
    "外资企业",
    "国有企业",
    "民营企业",
    "续约客户",
    "招投标",
)
_TAG_COUNT = Weighted([(0, 45), (1, 30), (2, 17), (3, 8)])
_REMARKS = (
    "年底有采购预算,预计下季度立项。",
    "对方更关注实施周期和售后响应时间。",
    "已发送产品资料和报价单,等待内部评审。",
    "老板亲自决策,需要安排高层拜访。",
    "目前使用竞品系统,合同明年到期。",
    "有多个分支机构,存在集团统一采购的机会。",
    "曾在展会上留资,意向一般。",
    "需要提供同行业成功案例。",
)

# ----- people --------------------------------------------------------------------------------
#: Common surnames with their reading as a surname, weighted roughly by frequency.
SURNAMES: tuple[tuple[str, str, float], ...] = (
    ("王", "wang", 7.1), ("李", "li", 7.0), ("张", "zhang", 6.7), ("刘", "liu", 5.4),
    ("陈", "chen", 4.5), ("杨", "yang", 3.1), ("黄", "huang", 2.3), ("赵", "zhao", 2.2),
    ("吴", "wu", 2.0), ("周", "zhou", 1.9), ("徐", "xu", 1.7), ("孙", "sun", 1.5),
    ("马", "ma", 1.5), ("朱", "zhu", 1.3), ("胡", "hu", 1.3), ("郭", "guo", 1.2),
    ("何", "he", 1.2), ("高", "gao", 1.1), ("林", "lin", 1.1), ("罗", "luo", 1.0),
    ("郑", "zheng", 1.0), ("梁", "liang", 0.9), ("谢", "xie", 0.8), ("宋", "song", 0.8),
    ("唐", "tang", 0.8), ("许", "xu", 0.7), ("韩", "han", 0.7), ("冯", "feng", 0.7),
    ("邓", "deng", 0.7), ("曹", "cao", 0.7), ("彭", "peng", 0.6), ("曾", "zeng", 0.6),
    ("肖", "xiao", 0.6), ("田", "tian", 0.6), ("董", "dong", 0.5), ("袁", "yuan", 0.5),
    ("潘", "pan", 0.5), ("于", "yu", 0.5), ("蒋", "jiang", 0.5), ("蔡", "cai", 0.5),
    ("余", "yu", 0.5), ("杜", "du", 0.5), ("叶", "ye", 0.4), ("程", "cheng", 0.4),
    ("苏", "su", 0.4), ("魏", "wei", 0.4), ("吕", "lv", 0.4), ("丁", "ding", 0.4),
    ("任", "ren", 0.4), ("沈", "shen", 0.4), ("姚", "yao", 0.3), ("卢", "lu", 0.3),
    ("姜", "jiang", 0.3), ("崔", "cui", 0.3), ("钟", "zhong", 0.3), ("谭", "tan", 0.3),
    ("陆", "lu", 0.3), ("汪", "wang", 0.3), ("范", "fan", 0.3), ("金", "jin", 0.3),
    ("石", "shi", 0.3), ("廖", "liao", 0.3), ("贾", "jia", 0.2), ("夏", "xia", 0.2),
    ("韦", "wei", 0.2), ("方", "fang", 0.2), ("欧阳", "ouyang", 0.05), ("司马", "sima", 0.01),
)  # fmt: skip
_SURNAME = Weighted([((s, p), w) for s, p, w in SURNAMES])
_GIVEN_MALE = (
    "伟wei", "强qiang", "磊lei", "军jun", "勇yong", "杰jie", "涛tao", "超chao", "明ming",
    "刚gang", "平ping", "辉hui", "鹏peng", "华hua", "飞fei", "鑫xin", "波bo", "斌bin", "宇yu",
    "浩hao", "凯kai", "健jian", "俊jun", "帆fan", "帅shuai", "旭xu", "宁ning", "龙long",
    "林lin", "欢huan", "阳yang", "建华jianhua", "建国jianguo", "志强zhiqiang", "志明zhiming",
    "国强guoqiang", "海涛haitao", "晓东xiaodong", "文博wenbo", "俊杰junjie", "浩然haoran",
    "子轩zixuan", "宇航yuhang", "鹏飞pengfei", "家豪jiahao", "天宇tianyu", "振华zhenhua",
    "永强yongqiang", "一鸣yiming", "思远siyuan", "泽宇zeyu", "明辉minghui", "文杰wenjie",
    "俊峰junfeng", "子豪zihao", "立新lixin", "海波haibo", "德华dehua", "建军jianjun",
    "志刚zhigang",
)  # fmt: skip
_GIVEN_FEMALE = (
    "芳fang", "娜na", "敏min", "静jing", "丽li", "艳yan", "娟juan", "霞xia", "燕yan", "玲ling",
    "婷ting", "雪xue", "琳lin", "颖ying", "倩qian", "洁jie", "慧hui", "莉li", "萍ping",
    "红hong", "婷婷tingting", "雪梅xuemei", "丽娟lijuan", "秀英xiuying", "晓燕xiaoyan",
    "欣怡xinyi", "雨涵yuhan", "梓涵zihan", "诗琪shiqi", "佳怡jiayi", "思雨siyu", "雅琴yaqin",
    "慧敏huimin", "丽华lihua", "玉兰yulan", "春梅chunmei", "婉清wanqing", "梦瑶mengyao",
    "晓雯xiaowen", "海燕haiyan", "佳琪jiaqi", "静怡jingyi", "美玲meiling", "秀兰xiulan",
    "桂芳guifang", "丹丹dandan", "文静wenjing", "晓丽xiaoli",
)  # fmt: skip


def _split(entry: str) -> tuple[str, str]:
    """``建华jianhua`` → ``("建华", "jianhua")``."""
    cut = next(i for i, c in enumerate(entry) if c.isascii())
    return entry[:cut], entry[cut:]


GIVEN_MALE: tuple[tuple[str, str], ...] = tuple(_split(g) for g in _GIVEN_MALE)
GIVEN_FEMALE: tuple[tuple[str, str], ...] = tuple(_split(g) for g in _GIVEN_FEMALE)


@dataclass(frozen=True)
class Role:
    title: str
    department: str
    buying_roles: tuple[str, ...]
    weight: float


ROLES: tuple[Role, ...] = (
    Role("董事长", "董事会", ("decision_maker",), 1),
    Role("总经理", "总经办", ("decision_maker",), 4),
    Role("副总经理", "总经办", ("decision_maker", "influencer"), 3),
    Role("总经理助理", "总经办", ("gatekeeper",), 2),
    Role("采购总监", "采购部", ("decision_maker", "influencer"), 2),
    Role("采购经理", "采购部", ("influencer", "decision_maker"), 6),
    Role("采购专员", "采购部", ("gatekeeper", "user"), 5),
    Role("技术总监", "技术部", ("influencer",), 3),
    Role("研发经理", "研发中心", ("influencer", "user"), 2),
    Role("工程师", "技术部", ("user",), 4),
    Role("IT经理", "信息部", ("influencer", "user"), 3),
    Role("财务总监", "财务部", ("decision_maker", "influencer"), 2),
    Role("财务经理", "财务部", ("influencer",), 3),
    Role("会计", "财务部", ("user",), 2),
    Role("行政主管", "行政部", ("gatekeeper", "user"), 3),
    Role("人事经理", "人力资源部", ("user", "influencer"), 2),
    Role("销售总监", "销售部", ("user", "influencer"), 2),
    Role("市场经理", "市场部", ("user",), 2),
    Role("生产经理", "生产部", ("user",), 2),
    Role("项目经理", "项目部", ("user", "influencer"), 3),
    Role("运营经理", "运营部", ("user",), 2),
)
_ROLE = Weighted([(r, r.weight) for r in ROLES])
#: A primary contact is usually someone who decides or buys.
_PRIMARY_ROLE = Weighted([(r, r.weight * (3 if r.buying_roles[0] != "user" else 1)) for r in ROLES])
_CONTACT_COUNT = Weighted([(1, 30), (2, 35), (3, 35)])
_CONTACT_NOTES = (
    "喜欢微信沟通,工作日上午方便接电话。",
    "负责本次选型,关注价格和交付周期。",
    "技术背景,需要详细的接口文档。",
    "最终签字人,决策前需要高层拜访。",
    "对接日常订单和对账。",
)
#: Mobile prefixes of the three carriers (13x, 15x without 154, 18x, a few 17x/19x).
MOBILE_PREFIXES = Weighted(
    [(str(p), 3.0) for p in range(130, 140)]
    + [(str(p), 2.0) for p in range(150, 160) if p != 154]
    + [(str(p), 2.0) for p in range(180, 190)]
    + [("177", 1.0), ("173", 0.5), ("199", 1.0), ("198", 0.5)]
)
_PERSONAL_MAIL = Weighted(
    [
        ("qq.com", 40),
        ("163.com", 25),
        ("126.com", 10),
        ("sina.com", 5),
        ("139.com", 5),
        ("foxmail.com", 5),
        ("outlook.com", 5),
        ("gmail.com", 5),
    ]
)
PERSONAL_DOMAINS = frozenset(_PERSONAL_MAIL.values)
_COMPANY_MAILBOXES = Weighted(
    [("info", 30), ("sales", 20), ("contact", 15), ("service", 15), ("office", 10), ("hr", 5)]
)
_TLDS = Weighted([("com", 55), ("com.cn", 30), ("cn", 15)])

# ----- codes ---------------------------------------------------------------------------------
#: The characters a unified social credit code may use (GB 32100: no I, O, S, V, Z).
CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def org_code_check_char(body8: str) -> str:
    """GB 11714: the check character of an 8-character organisation code body."""
    total = sum(int(c, 36) * w for c, w in zip(body8, _ORG_WEIGHTS, strict=True))
    check = 11 - total % 11
    return "X" if check == 10 else "0" if check == 11 else str(check)


@dataclass(frozen=True)
class Person:
    name: str
    gender: str  # male | female
    surname_pinyin: str
    given_pinyin: str

    @property
    def pinyin(self) -> str:
        return self.surname_pinyin + self.given_pinyin


def _email_domain(email: str | None) -> str | None:
    if not email or "@" not in email:
        return None
    domain = email.rsplit("@", 1)[1]
    return None if domain in PERSONAL_DOMAINS else domain


class CustomerFaker:
    """Deterministic generator: the same seed yields the same sequence of customers."""

    def __init__(self, seed: int | str | None = None, *, rng: random.Random | None = None) -> None:
        self.rng = rng if rng is not None else random.Random(seed)  # noqa: S311 - test data
        self._cities = Weighted([(c, c.weight) for c in CITIES])
        self._cities_in: dict[frozenset[str], Weighted[City]] = {}

    # ----- building blocks -------------------------------------------------------------------
    def city(self, provinces: Sequence[str] | None = None) -> City:
        if not provinces:
            return self._cities.draw(self.rng)
        key = frozenset(provinces)
        pool = self._cities_in.get(key)
        if pool is None:
            pairs = [(c, c.weight) for c in CITIES if c.province in key]
            if not pairs:
                raise ValueError(f"no city in {sorted(key)}")
            pool = self._cities_in[key] = Weighted(pairs)
        return pool.draw(self.rng)

    def person(self, gender: str | None = None) -> Person:
        rng = self.rng
        if gender is None:
            gender = "male" if rng.random() < 0.56 else "female"
        surname, surname_pinyin = _SURNAME.draw(rng)
        given, given_pinyin = rng.choice(GIVEN_MALE if gender == "male" else GIVEN_FEMALE)
        return Person(surname + given, gender, surname_pinyin, given_pinyin)

    def mobile(self) -> str:
        """E.164, e.g. ``+8613812345678``."""
        return f"+86{MOBILE_PREFIXES.draw(self.rng)}{self.rng.randrange(10**8):08d}"

    def landline(self, city: City) -> str:
        """E.164 with the city's area code; local numbers start with 2-8 (1 and 9 are
        service numbers), e.g. ``+8651265529988``."""
        rest = self.rng.randrange(10 ** (city.local_digits - 1))
        return f"+86{city.area_code}{self.rng.randint(2, 8)}{rest:0{city.local_digits - 1}d}"

    def credit_code(self, city: City) -> str:
        """统一社会信用代码: 9 (registered with market regulation) 1 (enterprise), the
        prefecture's code, a 9-character organisation code (pre-2015 numeric, or the ``MA``
        series issued since), and the GB 32100 check character."""
        rng = self.rng
        if rng.random() < 0.55:  # registered since the 2015 reform: MA + 6
            body = "MA" + "".join(rng.choice(CODE_CHARS) for _ in range(6))
        else:
            body = str(rng.randint(5, 7)) + f"{rng.randrange(10**7):07d}"
        first17 = "91" + city.admin_code + body + org_code_check_char(body)
        return first17 + credit_code_check_char(first17)

    def address(self, city: City, district: str) -> str:
        rng = self.rng
        street = f"{rng.choice(_ROADS)}{rng.randint(1, 2999)}号"
        roll = rng.random()
        if roll < 0.35:
            street += f"{rng.randint(1, 30)}栋{rng.randint(1, 28)}{rng.randint(1, 20):02d}室"
        elif roll < 0.55:
            street += f"{rng.randint(1, 12)}号楼{rng.randint(1, 9)}层"
        return f"{city.name}{district}{street}"

    def tags(self, count: int) -> list[str]:
        return self.rng.sample(TAGS, count) if count else []

    # ----- customers ------------------------------------------------------------------------
    def customer(
        self, *, kind: str | None = None, provinces: Sequence[str] | None = None
    ) -> dict[str, Any]:
        """A ``CustomerCreate`` body (keys of unknown values are left out). ``provinces``
        limits where the customer sits (a sales territory); ``kind`` forces company or
        individual (about 8% are individuals otherwise)."""
        rng = self.rng
        if kind is None:
            kind = "individual" if rng.random() < 0.08 else "company"
        city = self.city(provinces)
        district = rng.choice(city.districts)
        data: dict[str, Any] = (
            self._company(city, district) if kind == "company" else self._individual(city)
        )
        data["region"] = city.region
        data["province"] = city.province
        data["city"] = city.name
        data["district"] = district
        if rng.random() < 0.8:
            data["address"] = self.address(city, district)
        if rng.random() < 0.6:
            data["latitude"] = round(city.latitude + rng.uniform(-0.15, 0.15), 6)
            data["longitude"] = round(city.longitude + rng.uniform(-0.15, 0.15), 6)
        source = _SOURCES.draw(rng)
        data["source"] = source
        channels = _CHANNELS.get(source)
        if channels and rng.random() < 0.7:
            data["channel"] = rng.choice(channels)
        stage = STAGES.draw(rng)
        data["stage"] = stage
        roll = rng.random()
        if stage == "churned":
            data["status"] = "inactive" if roll < 0.6 else "active"
        else:
            data["status"] = (
                "blacklisted" if roll < 0.005 else "inactive" if roll < 0.03 else "active"
            )
        data["tags"] = self.tags(_TAG_COUNT.draw(rng))
        if rng.random() < 0.12:
            data["remarks"] = rng.choice(_REMARKS)
        return data

    def _company(self, city: City, district: str) -> dict[str, Any]:
        rng = self.rng
        (first, first_py), (second, second_py) = rng.sample(BRAND_CHARS, 2)
        brand, brand_pinyin = first + second, first_py + second_py
        business = _BUSINESS.draw(rng)
        form = _LEGAL_FORMS.draw(rng)
        size = _SIZES.draw(rng)
        if form == "集团有限公司" and size in ("micro", "small"):
            size = "large"
        roll = rng.random()
        prefix = city.short if roll < 0.75 else city.name if roll < 0.9 else ""
        name = f"{prefix}{brand}{business.word}{form}"
        if rng.random() < 0.04 and form != "集团有限公司":  # a branch office of a company
            branch = rng.choice([c for c in CITIES if c is not city])
            name = f"{brand}{business.word}{form}{branch.short}分公司"
        domain = f"{brand_pinyin}{business.code}.{_TLDS.draw(rng)}"
        low, high = _REVENUE[size]
        revenue = rng.randint(low // 10_000, high // 10_000) * 10_000
        tier = _TIERS[size].draw(rng)
        strategic = (tier == "A" and rng.random() < 0.25) or (tier == "B" and rng.random() < 0.02)
        data: dict[str, Any] = {
            "kind": "company",
            "name": name,
            "short_name": brand + (business.short or business.word[:2]),
            "industry": business.industry,
            "size": size,
            "tier": tier,
            "strategic": strategic,
            "phones": [self.landline(city)],
        }
        if rng.random() < 0.93:
            data["credit_code"] = self.credit_code(city)
        if rng.random() < 0.25:
            data["phones"].append(self.mobile())
        if rng.random() < 0.75:
            data["email"] = f"{_COMPANY_MAILBOXES.draw(rng)}@{domain}"
        if rng.random() < 0.5:
            data["website"] = f"https://www.{domain}"
        if rng.random() < 0.55:
            data["annual_revenue"] = f"{revenue}.00"
        return data

    def _individual(self, city: City) -> dict[str, Any]:
        rng = self.rng
        person = self.person()
        data: dict[str, Any] = {
            "kind": "individual",
            "name": person.name,
            "tier": _TIERS["individual"].draw(rng),
            "strategic": False,
            "phones": [self.mobile()],
        }
        if rng.random() < 0.6:
            data["email"] = self.personal_email(person)
        return data

    def personal_email(self, person: Person) -> str:
        rng = self.rng
        domain = _PERSONAL_MAIL.draw(rng)
        if domain == "qq.com" and rng.random() < 0.6:
            return f"{rng.randint(10_000_000, 3_999_999_999)}@qq.com"
        return f"{person.pinyin}{rng.randint(1965, 2005) if rng.random() < 0.6 else ''}@{domain}"

    # ----- contacts -------------------------------------------------------------------------
    def contact_count(self) -> int:
        """1-3 contacts for a company (2.05 on average)."""
        return _CONTACT_COUNT.draw(self.rng)

    def contact(
        self,
        customer: Mapping[str, Any],
        customer_id: Any,
        *,
        primary: bool = False,
    ) -> dict[str, Any]:
        """A ``ContactCreate`` body for someone at ``customer`` (a dict from ``customer()``):
        a direct line in the customer's city, an e-mail on its domain when it has one."""
        rng = self.rng
        city = _CITY_BY_NAME.get(str(customer.get("city") or "")) or self.city()
        domain = _email_domain(customer.get("email"))
        if customer.get("kind") == "individual":  # the person themself
            data: dict[str, Any] = {
                "customer_id": customer_id,
                "name": customer["name"],
                "mobile": customer["phones"][0],
                "buying_role": "decision_maker",
                "is_primary": True,
            }
            if customer.get("email"):
                data["email"] = customer["email"]
            return data
        person = self.person()
        role = (_PRIMARY_ROLE if primary else _ROLE).draw(rng)
        data = {
            "customer_id": customer_id,
            "name": person.name,
            "title": role.title,
            "department": role.department,
            "buying_role": rng.choice(role.buying_roles),
            "is_primary": primary,
        }
        if rng.random() < 0.92:
            data["mobile"] = self.mobile()
        if rng.random() < 0.4:
            data["phone"] = self.landline(city)
        if domain and rng.random() < 0.8:
            style = rng.random()
            local = (
                person.pinyin
                if style < 0.5
                else f"{person.given_pinyin}.{person.surname_pinyin}"
                if style < 0.8
                else f"{person.surname_pinyin}{person.given_pinyin[:1]}{rng.randint(1, 99)}"
            )
            data["email"] = f"{local}@{domain}"
        elif rng.random() < 0.3:
            data["email"] = self.personal_email(person)
        if rng.random() < 0.5:
            data["wechat"] = (
                f"wxid_{''.join(rng.choices('abcdefghijklmnopqrstuvwxyz0123456789', k=14))}"
                if rng.random() < 0.5
                else f"{person.pinyin}{rng.randint(1, 9999)}"
            )
        if rng.random() < 0.35:
            born = date(1965, 1, 1) + timedelta(days=rng.randrange(365 * 36))
            data["birthday"] = born.isoformat()
        if rng.random() < 0.1:
            data["notes"] = rng.choice(_CONTACT_NOTES)
        return data

    def contacts(
        self, customer: Mapping[str, Any], customer_id: Any, count: int | None = None
    ) -> list[dict[str, Any]]:
        """``count`` contacts (default: ``contact_count()``), the first one primary; an
        individual customer has one, themself."""
        if customer.get("kind") == "individual":
            return [self.contact(customer, customer_id, primary=True)]
        count = self.contact_count() if count is None else count
        return [self.contact(customer, customer_id, primary=i == 0) for i in range(count)]
