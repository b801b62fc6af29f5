from common import rec
import opencc
NAME = "h10-big5-city-2021.txt"
ENCODING = "big5"
BODY = """佛山市总工会2021年工作报告

2021年是中国共产党成立100周年，也是“十四五”开局之年。一年来，佛山市总工会在市委和省总工会的坚强领导下，团结动员全市广大职工奋力推进制造业高质量发展，各项工作取得新成效。

一、组织覆盖持续扩大
截至2021年底，全市共有基层工会组织1.42万个，覆盖单位4.86万家，工会会员168.5万人。全年新建工会1260家，新发展会员10.8万人，其中快递员、网约车司机等新就业形态劳动者3.6万人。全市5个区工会会员均超过20万人。

二、劳动关系和谐稳定
全市签订工资专项集体合同4260份，覆盖企业1.86万家、职工96.3万人。全市职代会建制率、厂务公开建制率分别为92.4%、90.1%，分别比2019年提高2.3和1.8个百分点。全市建立厂务公开制度的企事业单位达到1.21万家。全市工会劳动法律监督组织达到3260个，各级工会法律援助机构接待职工来访咨询1.36万人次，受理劳动争议案件620件，为职工挽回经济损失4380万元。在南海区、顺德区深入开展和谐劳动关系创建活动，覆盖企业860家。

三、建功立业热潮涌动
举办市级职业技能竞赛26场，参赛职工1.2万人；命名“佛山工匠”100名，创建市级劳模和工匠人才创新工作室15家。全年开展职工技能培训8.6万人次。

四、服务职工用心用情
“两节”期间，全市工会慰问一线职工16.8万人次，发放慰问资金和物资2860万元。筹集金秋助学资金210万元，资助困难职工子女700名。全年帮扶困难职工家庭1860户，其中帮助216户实现解困脱困。全市职工医疗互助保障参保职工42.8万人，比上年增长6.5%。新增省级模范职工之家12家、市级模范职工之家45家。全市建成户外劳动者服务站436个、职工书屋580家，每个站点配备饮水机、微波炉、急救药箱等设施，让环卫工人、快递小哥、外卖骑手“累了能歇脚、渴了能喝水、热了能纳凉”。

2022年，市总工会将以迎接党的二十大胜利召开为主线，计划新建工会1000家，培训职工10万人次，推动职代会建制率达到95%。
"""
FIX = {"爲": "為", "着": "著", "裏": "裡", "綫": "線", "衆": "眾", "啓": "啟", "峯": "峰", "僞": "偽", "說": "說", "溫": "溫", "衛": "衛"}
def make():
    t = opencc.OpenCC("s2t").convert(BODY)
    for a, b in FIX.items():
        t = t.replace(a, b)
    return t
F = dict(fed="佛山市总工会", reg="佛山市")
Y = dict(F, year=2021)
RECORDS = [
    rec("unions.count", 14200, "org", "基层工会组织1.42万个", **Y),
    rec("unions.covered_units", 48600, "org", "覆盖单位4.86万家", **Y),
    rec("members.count", 1685000, "person", "工会会员168.5万人", **Y),
    rec("unions.new", 1260, "org", "新建工会1260家", **Y),
    rec("members.new", 108000, "person", "新发展会员10.8万人", **Y),
    rec("members.new", 36000, "person", "新就业形态劳动者3.6万人", **Y),
    rec("contracts.signed", 4260, "contract", "签订工资专项集体合同4260份", **Y),
    rec("contracts.enterprises", 18600, "org", "覆盖企业1.86万家", **Y),
    rec("contracts.workers", 963000, "person", "职工96.3万人", **Y),
    rec("democracy.congress_rate", 92.4, "percent", "92.4%", **Y),
    rec("democracy.openness_rate", 90.1, "percent", "90.1%", **Y),
    rec("democracy.congress_rate", 2.3, "pp", "提高2.3", k="change", **Y),
    rec("democracy.openness_rate", 1.8, "pp", "1.8个百分点", k="change", **Y),
    rec("democracy.openness", 12100, "org", "建立厂务公开制度的企事业单位达到1.21万家", **Y),
    rec("rights.organizations", 3260, "org", "劳动法律监督组织达到3260个", **Y),
    rec("rights.consultations", 13600, "person_time", "接待职工来访咨询1.36万人次", **Y),
    rec("rights.cases", 620, "case", "受理劳动争议案件620件", **Y),
    rec("rights.wages_recovered", 43800000, "yuan", "挽回经济损失4380万元", **Y),
    rec("competition.events", 26, "event", "市级职业技能竞赛26场", **Y),
    rec("competition.participants", 12000, "person", "参赛职工1.2万人", **Y),
    rec("honors.craftsmen", 100, "person", "命名“佛山工匠”100名", **Y),
    rec("innovation.studios", 15, "org", "创新工作室15家", **Y),
    rec("training.persons", 86000, "person_time", "开展职工技能培训8.6万人次", **Y),
    rec("aid.persons", 168000, "person_time", "慰问一线职工16.8万人次", **Y),
    rec("aid.funds", 28600000, "yuan", "发放慰问资金和物资2860万元", **Y),
    rec("aid.education_funds", 2100000, "yuan", "筹集金秋助学资金210万元", **Y),
    rec("aid.persons", 700, "person", "资助困难职工子女700名", **Y),
    rec("aid.households", 1860, "household", "帮扶困难职工家庭1860户", **Y),
    rec("aid.households", 216, "household", "其中帮助216户实现解困脱困", **Y),
    rec("aid.mutual_enrolment", 428000, "person", "医疗互助保障参保职工42.8万人", **Y),
    rec("aid.mutual_enrolment", 6.5, "percent", "比上年增长6.5%", k="change", **Y),
    rec("homes.model", 12, "org", "新增省级模范职工之家12家", **Y),
    rec("homes.model", 45, "org", "市级模范职工之家45家", **Y),
    rec("aid.centers", 436, "org", "户外劳动者服务站436个", **Y),
    rec("culture.venues", 580, "org", "职工书屋580家", **Y),
]
