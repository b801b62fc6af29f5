#!/usr/bin/env python3
"""Gold records of blind3, written by hand, emitted as gold/NAME.gold.jsonl.

Each document has defaults (federation, region, year); a record is
  (metric, value, unit, qualifier, kind, surface[, overrides])
where overrides may set federation/region/year or remove one with None.
Run: python3 tools/gold_spec.py
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
GOLD = HERE.parent / "gold"

L, C = "level", "change"
E, O, U, A = "exact", "over", "under", "about"
NOYEAR = {"year": None}

DOCS = {}

# 1 ------------------------------------------------------------------------------------
DOCS["b3-01-heilongjiang-quanweihui"] = (
    dict(federation="黑龙江省总工会", region="黑龙江省", year=2023), [
        ("unions.new", 4126, "org", E, L, "新建基层工会4126家"),
        ("members.new", 317000, "person", E, L, "新发展会员31.7万人"),
        ("members.new", 124000, "person", E, L, "农民工会员12.4万人"),
        ("unions.count", 68200, "org", E, L, "基层工会组织达6.82万家"),
        ("members.count", 5860000, "person", E, L, "工会会员586万人"),
        ("unions.count", 2.3, "percent", E, C, "分别比上年增长2.3%"),
        ("members.count", 1.8, "percent", E, C, "1.8%"),
        ("cadres.fulltime", 2940, "person", E, L, "专职工会干部2940人"),
        ("cadres.parttime", 41000, "person", O, L, "兼职工会干部4.1万余人"),
        ("contracts.signed", 23600, "contract", E, L, "签订集体合同2.36万份"),
        ("contracts.enterprises", 51000, "org", E, L, "覆盖企业5.1万家"),
        ("contracts.workers", 3120000, "person", E, L, "职工312万人"),
        ("contracts.rate", 91.4, "percent", E, L, "集体合同覆盖率达到91.4%"),
        ("contracts.rate", 1.2, "pp", E, C, "比上年提高1.2个百分点"),
        ("contracts.signed", 11800, "contract", E, L, "签订工资专项集体合同1.18万份"),
        ("democracy.congress", 47000, "org", E, L, "4.7万家建立职代会制度"),
        ("democracy.openness", 45000, "org", E, L, "4.5万家实行厂务公开制度"),
        ("democracy.congress_rate", 93.5, "percent", E, L, "93.5%"),
        ("democracy.openness_rate", 90.2, "percent", E, L, "90.2%"),
        ("rights.cases", 1865, "case", E, L, "办理职工法律援助案件1865件"),
        ("rights.wages_recovered", 28700000, "yuan", E, L, "挽回经济损失2870万元"),
        ("aid.funds", 196000000, "yuan", E, L, "筹集送温暖资金1.96亿元"),
        ("aid.households", 38000, "household", E, L, "走访慰问困难职工3.8万户"),
        ("aid.persons", 460000, "person_time", E, L, "一线职工和农民工46万人次"),
        ("aid.education_funds", 21500000, "yuan", E, L, "发放助学金2150万元"),
        ("aid.persons", 4860, "person", E, L, "资助困难职工子女4860人"),
        ("aid.centers", 1240, "org", E, L, "职工服务站点1240个"),
        ("aid.households", 12000, "household", E, L, "累计帮助困难职工脱困解困1.2万户", NOYEAR),
        ("competition.events", 3200, "event", O, L, "劳动竞赛3200余场次"),
        ("competition.participants", 870000, "person_time", E, L, "参赛职工达87万人次"),
        ("innovation.proposals", 56000, "item", E, L, "合理化建议5.6万条"),
        ("innovation.studios", 1126, "org", E, L, "各级职工创新工作室累计达到1126家", NOYEAR),
        ("honors.craftsmen", 50, "person", E, L, "命名“龙江工匠”50名"),
        ("training.persons", 185000, "person_time", E, L, "职工技能培训18.5万人次"),
        ("finance.dues", 1430000000, "yuan", E, L, "工会经费收入14.3亿元"),
        ("finance.dues", 4.6, "percent", E, C, "同比增长4.6%"),
    ])

# 2 ------------------------------------------------------------------------------------
DOCS["b3-02-guiyang-banian"] = (
    dict(federation="贵阳市总工会", region="贵阳市", year=2024), [
        ("unions.new", 268, "org", E, L, "新建工会组织268家"),
        ("members.new", 14200, "person", E, L, "新发展会员1.42万人"),
        ("members.new", 6380, "person", E, L, "发展会员6380人"),
        ("unions.count", 11300, "org", E, L, "基层工会组织总数达1.13万家"),
        ("members.count", 976000, "person", E, L, "会员总数97.6万人"),
        ("members.count", 3.1, "percent", E, C, "比去年同期增长3.1%"),
        ("aid.funds", 48600000, "yuan", E, L, "筹集慰问资金4860万元"),
        ("aid.households", 2916, "household", E, L, "慰问困难职工2916户"),
        ("aid.persons", 53000, "person_time", E, L, "一线职工5.3万人次"),
        ("aid.mutual_enrolment", 187000, "person", E, L, "参保职工达18.7万人"),
        ("aid.persons", 1436, "person", E, L, "1436名患病职工"),
        ("aid.funds", 6120000, "yuan", E, L, "发放互助金612万元"),
        ("aid.centers", 47, "org", E, L, "新建“劳动者港湾”47个"),
        ("culture.venues", 15, "org", E, L, "新建职工书屋15家"),
        ("homes.model", 40, "org", E, L, "命名市级模范职工之家40家"),
        ("competition.events", 126, "event", E, L, "劳动竞赛126场次"),
        ("competition.participants", 24000, "person", E, L, "参与职工2.4万人"),
        ("training.persons", 8900, "person_time", O, L, "职工技能培训8900余人次"),
        ("honors.craftsmen", 30, "person", E, L, "评选“筑城工匠”30名"),
        ("contracts.signed", 1847, "contract", E, L, "新签和续签集体合同1847份"),
        ("contracts.workers", 216000, "person", E, L, "覆盖职工21.6万人"),
        ("rights.cases", 217, "case", E, L, "调处劳动争议案件217件"),
        ("rights.cases", 183, "case", E, L, "调解成功183件"),
        ("rights.wages_recovered", 19600000, "yuan", E, L, "追回欠薪1960万元"),
        ("rights.consultations", 3420, "person_time", E, L, "接听职工来电咨询3420人次"),
    ])

# 3 (docx) -----------------------------------------------------------------------------
Y22 = {"year": 2022}
DOCS["b3-03-helan-nianzhong"] = (
    dict(federation="贺兰县总工会", region="贺兰县", year=2023), [
        ("unions.new", 18, "org", E, L, "新建基层工会18个"),
        ("members.new", 2130, "person", E, L, "新发展会员2130人"),
        ("members.new", 486, "person", E, L, "新就业形态劳动者会员486人"),
        ("cadres.total", 1120, "person", E, L, "共有工会干部1120人"),
        ("cadres.fulltime", 36, "person", E, L, "专职工会干部36人"),
        ("contracts.signed", 298, "contract", E, L, "签订集体合同298份"),
        ("contracts.workers", 18600, "person", E, L, "覆盖职工1.86万人"),
        ("democracy.congress", 263, "org", E, L, "建立职代会制度的企事业单位263家"),
        ("democracy.congress_rate", 95.3, "percent", E, L, "职代会建制率95.3%"),
        ("rights.cases", 46, "case", E, L, "调处劳动争议案件46件"),
        ("rights.wages_recovered", 1360000, "yuan", E, L, "挽回经济损失136万元"),
        ("aid.households", 412, "household", E, L, "走访慰问困难职工412户"),
        ("aid.funds", 876000, "yuan", E, L, "发放慰问金87.6万元"),
        ("aid.persons", 58, "person", E, L, "资助困难职工子女58名"),
        ("aid.education_funds", 232000, "yuan", E, L, "发放助学金23.2万元"),
        ("aid.centers", 6, "org", E, L, "新建户外劳动者服务站点6个"),
        ("competition.events", 28, "event", E, L, "劳动竞赛28场"),
        ("honors.craftsmen", 12, "person", E, L, "命名县级“贺兰工匠”12名"),
        ("training.persons", 5630, "person_time", E, L, "职工技能培训5630人次"),
        # the table: one record per cell of a year column; the 增减 column compares columns
        ("unions.count", 356, "org", E, L, "356"),
        ("unions.count", 341, "org", E, L, "341", Y22),
        ("members.count", 28650, "person", E, L, "28650"),
        ("members.count", 27410, "person", E, L, "27410", Y22),
        ("members.new", 2130, "person", E, L, "2130"),
        ("members.new", 1980, "person", E, L, "1980", Y22),
        ("contracts.signed", 298, "contract", E, L, "298"),
        ("contracts.signed", 276, "contract", E, L, "276", Y22),
        ("aid.households", 412, "household", E, L, "412"),
        ("aid.households", 455, "household", E, L, "455", Y22),
        ("training.persons", 5630, "person_time", E, L, "5630"),
        ("training.persons", 4870, "person_time", E, L, "4870", Y22),
    ])

# 4 (news) -----------------------------------------------------------------------------
Y23 = {"year": 2023}
DOCS["b3-04-grrb-quanzong"] = (
    dict(federation="全国总工会", region="全国", year=2024), [
        ("members.new", 3860000, "person", E, L, "新发展工会会员386万人"),
        ("unions.new", 47000, "org", E, L, "新建工会组织4.7万家"),
        ("members.new", 3860000, "person", E, L, "新发展会员386万人"),
        ("members.new", 12.4, "percent", E, C, "同比增长12.4%"),
        ("members.new", 1520000, "person", E, L, "新就业形态劳动者新入会152万人"),
        ("aid.centers", 168000, "org", E, L, "累计建成工会户外劳动者服务站点16.8万个", NOYEAR),
        ("aid.centers", 11000, "org", E, L, "新建1.1万个"),
        ("culture.venues", 5200, "org", E, L, "新建职工书屋5200家"),
        ("contracts.signed", 1380000, "contract", E, L, "有效集体合同达138万份"),
        ("contracts.enterprises", 3760000, "org", E, L, "覆盖企业376万家"),
        ("contracts.workers", 163000000, "person", E, L, "职工1.63亿人"),
        ("rights.cases", 56000, "case", E, L, "办理职工法律援助案件5.6万件"),
        ("rights.wages_recovered", 980000000, "yuan", E, L, "挽回经济损失9.8亿元"),
        ("rights.wages_recovered", 2370000000, "yuan", E, L, "追讨欠薪23.7亿元"),
        ("rights.wages_recovered", -6.3, "percent", E, C, "比去年同期下降6.3%"),
        ("rights.consultations", 410000, "person_time", A, L, "接听职工来电约41万人次"),
        ("competition.events", 126000, "event", E, L, "劳动和技能竞赛12.6万场次"),
        ("competition.participants", 43000000, "person_time", O, L, "参与职工超过4300万人次"),
        ("innovation.proposals", 1900000, "item", U, L, "合理化建议近190万条"),
        ("aid.households", 682000, "household", E, L, "慰问困难职工68.2万户", Y23),
        ("aid.funds", 3150000000, "yuan", E, L, "筹集送温暖资金31.5亿元", Y23),
    ])

# 5 (GB18030, full-width digits) -------------------------------------------------------
DOCS["b3-05-qingxiu-zongjie.gb18030"] = (
    dict(federation="青秀区总工会", region="青秀区", year=2023), [
        ("unions.new", 43, "org", E, L, "新建基层工会组织43个"),
        ("members.new", 3276, "person", E, L, "新发展会员3276人"),
        ("members.new", 1128, "person", E, L, "新就业形态劳动者1128人"),
        ("unions.count", 856, "org", E, L, "共有基层工会组织856个"),
        ("unions.covered_units", 2410, "org", E, L, "覆盖单位2410家"),
        ("members.count", 87000, "person", E, L, "工会会员8.7万人"),
        ("members.rate", 93, "percent", E, L, "入会率达93%"),
        ("cadres.fulltime", 14, "person", E, L, "专职工会干部14人"),
        ("contracts.signed", 612, "contract", E, L, "签订集体合同612份"),
        ("contracts.signed", 305, "contract", E, L, "工资专项集体合同305份"),
        ("contracts.workers", 42000, "person", E, L, "覆盖职工4.2万人"),
        ("rights.organizations", 38, "org", E, L, "劳动争议调解组织38个"),
        ("rights.consultations", 860, "person_time", E, L, "职工法律咨询860人次"),
        ("rights.cases", 52, "case", E, L, "法律援助案件52件"),
        ("rights.wages_recovered", 3180000, "yuan", E, L, "追回欠薪318万元"),
        ("aid.persons", 1520, "person_time", E, L, "走访慰问困难职工、劳模等1520人次"),
        ("aid.funds", 1865000, "yuan", E, L, "慰问金和物资折款合计186.5万元"),
        ("aid.persons", 46, "person", E, L, "46名困难职工子女"),
        ("aid.education_funds", 138000, "yuan", E, L, "发放助学金13.8万元"),
        ("competition.events", 19, "event", E, L, "劳动竞赛19场"),
        ("competition.participants", 3100, "person", O, L, "参赛职工3100余人"),
        ("training.persons", 4600, "person_time", E, L, "技能培训4600人次"),
        ("training.persons", 15, "percent", E, C, "比上年增长15%"),
    ])

# 6 (Big5, traditional, doc-site noise, pinyin) ----------------------------------------
DOCS["b3-06-qujing-baogao.big5"] = (
    dict(federation="曲靖市总工会", region="曲靖市", year=2023), [
        ("unions.new", 512, "org", E, L, "新建基层工会组织512家"),
        ("members.new", 46000, "person", E, L, "新发展会员4.6万人"),
        ("members.new", 21000, "person", E, L, "农民工会员2.1万人"),
        ("unions.count", 12800, "org", E, L, "共有基层工会组织1.28万家"),
        ("members.count", 683000, "person", E, L, "工会会员68.3万人"),
        ("members.count", 27000, "person", E, C, "比上年增加2.7万人"),
        ("members.rate", 92.6, "percent", E, L, "职工入会率达到92.6%"),
        ("contracts.signed", 6240, "contract", E, L, "签订集体合同6240份"),
        ("contracts.workers", 415000, "person", E, L, "覆盖职工41.5万人"),
        ("contracts.rate", 88, "percent", E, L, "集体合同签订率达到88%"),
        ("democracy.congress", 5860, "org", E, L, "5860家企事业单位建立职代会制度"),
        ("democracy.openness", 5420, "org", E, L, "5420家推行厂务公开制度"),
        ("aid.funds", 39600000, "yuan", E, L, "筹集帮扶资金3960万元"),
        ("aid.households", 5380, "household", E, L, "走访慰问困难职工5380户"),
        ("aid.persons", 720, "person", E, L, "720名困难职工子女"),
        ("aid.education_funds", 2160000, "yuan", E, L, "发放助学金216万元"),
        ("aid.mutual_enrolment", 234000, "person_time", E, L, "参保职工达23.4万人次"),
        ("competition.events", 640, "event", O, L, "劳动竞赛640余场次"),
        ("competition.participants", 180000, "person_time", E, L, "参与职工18万人次"),
        ("training.persons", 32000, "person_time", E, L, "职工技能培训3.2万人次"),
        ("honors.craftsmen", 40, "person", E, L, "命名「曲靖工匠」40名"),
        ("innovation.studios", 18, "org", E, L, "新创建劳模创新工作室18家"),
        ("rights.cases", 386, "case", E, L, "调处劳动争议案件386件"),
        ("rights.wages_recovered", 12400000, "yuan", E, L, "挽回经济损失1240万元"),
    ])

# 7 (html) -----------------------------------------------------------------------------
DOCS["b3-07-changchun-kaifaqu"] = (
    dict(federation="长春经济技术开发区工会联合会", region="长春经济技术开发区", year=2023), [
        ("unions.new", 41, "org", E, L, "新建工会组织41家"),
        ("members.new", 5320, "person", E, L, "新发展会员5320人"),
        ("members.new", 1460, "person", E, L, "新就业形态劳动者会员1460人"),
        ("unions.count", 620, "org", E, L, "共有基层工会组织620家"),
        ("unions.covered_units", 1380, "org", E, L, "覆盖企业1380家"),
        ("members.count", 64000, "person", E, L, "工会会员6.4万人"),
        ("contracts.signed", 438, "contract", E, L, "签订集体合同438份"),
        ("contracts.enterprises", 1120, "org", E, L, "覆盖企业1120家"),
        ("contracts.workers", 52000, "person", E, L, "覆盖职工5.2万人"),
        ("democracy.congress", 396, "org", E, L, "建立职代会制度的企业396家"),
        ("aid.households", 386, "household", E, L, "慰问困难职工386户"),
        ("aid.persons", 12000, "person_time", E, L, "一线职工1.2万人次"),
        ("aid.funds", 2150000, "yuan", E, L, "慰问金品合计215万元"),
        ("competition.events", 32, "event", E, L, "劳动和技能竞赛32场"),
        ("competition.participants", 6800, "person_time", E, L, "参赛职工6800人次"),
        ("culture.venues", 9, "org", E, L, "新建职工书屋9家"),
        ("innovation.studios", 7, "org", E, L, "劳模和工匠人才创新工作室7家"),
        ("training.persons", 11000, "person_time", E, L, "职工技能培训1.1万人次"),
        ("homes.model", 15, "org", E, L, "获评“模范职工之家”的15家单位"),
    ])

# 8 (industry union) -------------------------------------------------------------------
DOCS["b3-08-liaoning-youzheng"] = (
    dict(federation="辽宁省邮政工会", region="辽宁省", year=2023), [
        ("unions.count", 186, "org", E, L, "基层工会组织186个"),
        ("members.count", 43800, "person", E, L, "会员4.38万人"),
        ("members.count", 22600, "person", E, L, "女职工会员2.26万人"),
        ("members.rate", 99.2, "percent", E, L, "会员入会率99.2%"),
        ("members.new", 1860, "person", E, L, "新发展会员1860人"),
        ("cadres.fulltime", 63, "person", E, L, "专职工会干部63人"),
        ("finance.dues", 18600000, "yuan", E, L, "拨缴工会经费1860万元"),
        ("contracts.signed", 2, "contract", E, L, "续签集体合同、工资专项集体合同2份"),
        ("contracts.signed", 28, "contract", E, L, "签订集体合同28份"),
        ("contracts.workers", 44000, "person", E, L, "覆盖职工4.4万人"),
        ("democracy.congress", 186, "org", E, L, "186个基层单位全部建立职代会制度"),
        ("aid.persons", 3420, "person_time", E, L, "走访慰问困难职工和一线投递员3420人次"),
        ("aid.funds", 2860000, "yuan", E, L, "慰问金品折合286万元"),
        ("aid.households", 158, "household", E, L, "帮扶困难职工家庭158户"),
        ("aid.funds", 740000, "yuan", E, L, "发放帮扶金74万元"),
        ("aid.education_funds", 315000, "yuan", E, L, "“金秋助学”金31.5万元"),
        ("aid.persons", 105, "person", E, L, "资助学生105名"),
        ("aid.centers", 318, "org", E, L, "建成“爱心驿站”318个"),
        ("aid.centers", 46, "org", E, L, "2023年新建46个"),
        ("homes.model", 12, "org", E, L, "模范职工之家12个"),
        ("homes.model", 35, "org", E, L, "模范职工小家35个"),
        ("competition.events", 46, "event", E, L, "竞赛活动46场次"),
        ("competition.participants", 12000, "person_time", E, L, "参赛职工1.2万人次"),
        ("innovation.proposals", 1130, "item", E, L, "合理化建议1130条"),
        ("innovation.proposals", 386, "item", E, L, "被采纳386条"),
        ("training.persons", 6400, "person_time", E, L, "培训职工6400人次"),
        ("honors.model_workers", 3, "person", E, L, "3名职工获评辽宁省五一劳动奖章"),
        ("honors.collectives", 2, "org", E, L, "2个班组获评全国邮政系统“工人先锋号”"),
    ])

# 9 (state-owned enterprise union) -----------------------------------------------------
DOCS["b3-09-jinbei-meiye-zhidaihui"] = (
    dict(federation="山西晋北煤业集团有限公司工会", year=2023), [
        ("contracts.signed", 42, "contract", E, L, "签订集体合同(含专项合同)42份"),
        ("contracts.workers", 21800, "person", E, L, "覆盖职工2.18万人"),
        ("competition.events", 58, "event", E, L, "劳动竞赛58场次"),
        ("competition.participants", 9600, "person_time", E, L, "参赛职工9600人次"),
        ("innovation.proposals", 216, "item", E, L, "职工技术创新成果216项"),
        ("innovation.proposals", 19, "item", E, L, "获省部级以上奖励的成果19项"),
        ("innovation.proposals", 3120, "item", E, L, "合理化建议3120条"),
        ("innovation.studios", 12, "org", E, L, "劳模创新工作室12个"),
        ("innovation.studios", 2, "org", E, L, "国家级2个"),
        ("honors.model_workers", 1, "person", E, L, "1人荣获全国五一劳动奖章"),
        ("honors.model_workers", 2, "person", E, L, "2人获评山西省劳动模范"),
        ("training.persons", 23000, "person_time", E, L, "职工培训2.3万人次"),
        ("aid.households", 212, "household", E, L, "慰问困难职工212户"),
        ("aid.funds", 636000, "yuan", E, L, "发放慰问金63.6万元"),
        ("aid.persons", 14000, "person_time", E, L, "走访慰问井下一线职工1.4万人次"),
        ("aid.funds", 1180000, "yuan", E, L, "发放慰问品折合118万元"),
        ("aid.mutual_enrolment", 20500, "person", E, L, "互助保障参保2.05万人"),
        ("aid.persons", 1280, "person_time", E, L, "1280人次患病职工"),
        ("aid.funds", 3920000, "yuan", E, L, "发放互助金392万元"),
        ("aid.persons", 86, "person", E, L, "资助职工子女86名"),
        ("aid.education_funds", 258000, "yuan", E, L, "发放助学金25.8万元"),
        ("members.count", 22400, "person", E, L, "会员2.24万人"),
        ("members.rate", 100, "percent", E, L, "入会率100%"),
        ("unions.count", 14, "org", E, L, "基层分工会14个"),
        ("cadres.fulltime", 38, "person", E, L, "专职工会干部38人"),
        ("finance.dues", 28600000, "yuan", E, L, "拨缴工会经费2860万元"),
    ])

# 10 (two short summaries on one page) -------------------------------------------------
NT = dict(federation="南滩街道总工会", region="南滩街道")
LS = dict(federation="鲁沙尔镇总工会", region="鲁沙尔镇")
DOCS["b3-10-xining-jiezhen"] = (
    dict(year=2023), [
        ("unions.new", 3, "org", E, L, "联合工会3个", NT),
        ("members.new", 412, "person", E, L, "新发展会员412人", NT),
        ("members.new", 156, "person", E, L, "新就业形态劳动者156人", NT),
        ("unions.count", 47, "org", E, L, "基层工会组织47个", NT),
        ("members.count", 3860, "person", E, L, "会员3860人", NT),
        ("employment.events", 4, "event", E, L, "举办招聘会4场", NT),
        ("employment.persons", 620, "item", E, L, "提供就业岗位620个", NT),
        ("employment.persons", 86, "person", E, L, "86名失业人员实现再就业", NT),
        ("aid.households", 32, "household", E, L, "慰问困难职工32户", NT),
        ("aid.funds", 64000, "yuan", E, L, "发放慰问金6.4万元", NT),
        ("aid.centers", 2, "org", E, L, "建成“职工驿站”2个", NT),
        ("unions.count", 28, "org", E, L, "建立基层工会组织28个", LS),
        ("unions.covered_units", 96, "org", E, L, "覆盖单位96家", LS),
        ("members.count", 2140, "person", E, L, "会员2140人", LS),
        ("members.count", 1320, "person", E, L, "农民工会员1320人", LS),
        ("contracts.signed", 2, "contract", E, L, "区域性集体合同2份", LS),
        ("contracts.signed", 1, "contract", E, L, "行业性集体合同1份", LS),
        ("contracts.enterprises", 63, "org", E, L, "覆盖企业63家", LS),
        ("contracts.workers", 1860, "person", E, L, "覆盖职工1860人", LS),
        ("aid.persons", 12, "person", E, L, "资助困难职工子女12名", LS),
        ("aid.education_funds", 36000, "yuan", E, L, "发放助学金3.6万元", LS),
        ("training.persons", 380, "person_time", E, L, "培训农民工380人次", LS),
        ("rights.cases", 9, "case", E, L, "调解劳动纠纷9起", LS),
        ("rights.wages_recovered", 113000, "yuan", E, L, "追回工资11.3万元", LS),
    ])

# 11 (survey report) -------------------------------------------------------------------
DOCS["b3-11-fuzhou-qishou-diaoyan"] = (
    dict(federation="福州市总工会", region="福州市", year=2024), [
        ("unions.new", 126, "org", E, L, "站点工会126家"),
        ("members.new", 23000, "person", E, L, "新发展新就业形态劳动者会员2.3万人"),
        ("members.count", 68000, "person", E, L, "新就业形态劳动者会员达6.8万人"),
        ("aid.centers", 860, "org", E, L, "建成户外劳动者服务站点860个"),
        ("contracts.enterprises", 23, "org", E, L, "23家平台企业及其加盟商签订集体合同"),
        ("contracts.workers", 19000, "person", E, L, "覆盖新就业形态劳动者1.9万人"),
        ("members.count", 531, "person", E, L, "已加入工会的有531人", NOYEAR),
        ("members.rate", 63.1, "percent", E, L, "占63.1%", NOYEAR),
        ("members.count", 237, "person", E, L, "已入会的有237人", NOYEAR),
        ("members.rate", 76.9, "percent", E, L, "入会率76.9%", NOYEAR),
        ("members.count", 56, "person", E, L, "已入会56人", NOYEAR),
        ("members.rate", 41.2, "percent", E, L, "入会率41.2%", NOYEAR),
        ("rights.consultations", 1460, "person_time", E, L, "法律咨询1460人次"),
        ("rights.cases", 37, "case", E, L, "办理劳动争议案件37件"),
        ("rights.wages_recovered", 860000, "yuan", E, L, "追回劳动报酬86万元"),
        ("aid.persons", 12000, "person_time", E, L, "慰问骑手、快递员1.2万人次"),
        ("employment.events", 6, "event", E, L, "专场招聘会6场"),
        ("training.persons", 3400, "person_time", E, L, "技能培训3400人次"),
    ])

# 12 (records among many non-records) --------------------------------------------------
DOCS["b3-12-rongshui-hunhe"] = (
    dict(federation="融水苗族自治县总工会", region="融水苗族自治县", year=2023), [
        ("unions.new", 37, "org", E, L, "新建基层工会37个"),
        ("members.new", 2860, "person", E, L, "新发展会员2860人"),
        ("unions.count", 412, "org", E, L, "基层工会总数达到412个"),
        ("members.count", 31500, "person", E, L, "会员3.15万人"),
        ("cadres.fulltime", 9, "person", E, L, "专职工会干部9人"),
        ("aid.funds", 1260000, "yuan", E, L, "筹集资金126万元"),
        ("aid.households", 820, "household", E, L, "慰问困难职工820户"),
        ("aid.households", 236, "household", E, L, "救助困难职工家庭236户"),
        ("rights.consultations", 1380, "person_time", E, L, "接待职工来访和热线咨询1380人次"),
        ("rights.cases", 64, "case", E, L, "受理劳动争议案件64件"),
        ("rights.cases", 61, "case", E, L, "结案61件"),
        ("rights.wages_recovered", 4370000, "yuan", E, L, "讨回欠薪437万元"),
        ("contracts.signed", 186, "contract", E, L, "签订集体合同186份"),
        ("contracts.signed", 92, "contract", E, L, "工资专项集体合同92份"),
        ("contracts.rate", 85, "percent", O, L, "集体合同签订率达85%以上"),
        ("competition.events", 15, "event", E, L, "劳动技能竞赛15场"),
        ("competition.participants", 1200, "person", O, L, "参赛职工1200余人"),
        ("honors.model_workers", 20, "person", E, L, "县级劳动模范20名"),
        ("honors.craftsmen", 8, "person", E, L, "“融水工匠”8名"),
        ("culture.venues", 46, "org", E, L, "建成各级职工书屋46家"),
        ("aid.centers", 12, "org", E, L, "建成户外劳动者服务站点12个"),
    ])

KEYS = ("metric", "value", "unit", "qualifier", "kind", "surface", "federation", "region", "year")


def records(name):
    defaults, rows = DOCS[name]
    out = []
    for row in rows:
        metric, value, unit, qual, kind, surface = row[:6]
        over = row[6] if len(row) > 6 else {}
        ctx = dict(defaults)
        ctx.update(over)
        rec = dict(metric=metric, value=value, unit=unit, qualifier=qual, kind=kind, surface=surface)
        for k in ("federation", "region", "year"):
            if ctx.get(k) is not None:
                rec[k] = ctx[k]
        out.append({k: rec[k] for k in KEYS if k in rec})
    return out


if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name in DOCS:
        recs = records(name)
        total += len(recs)
        with open(GOLD / f"{name}.gold.jsonl", "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"{name}: {len(recs)}")
    print("total", total)
