from common import rec
NAME = "h03-county-summary-2021.txt"
TEXT = """桐庐县总工会2021年工作总结和明年工作打算
（2021年12月28日）

2021年，在县委和杭州市总工会的坚强领导下，县总工会以庆祝中国共产党成立100周年为主线，团结带领全县广大职工积极投身“奋进新时代、建功桐庐城”主题实践活动，较好地完成了全年各项目标任务。现将有关情况报告如下：

一、2021年工作完成情况

（一）聚焦建会入会，组织基础不断夯实
全年新建基层工会42家，新发展会员3126人，其中农民工会员1870人。截至12月底，全县共有基层工会组织658个，覆盖单位1932家，工会会员6.12万人，职工入会率达91.3%。全县有专职工会干部46人，兼职工会干部2180人。14个乡镇（街道）全部建立“小三级”工会组织体系。

（二）聚焦维权维稳，劳动关系和谐稳定
全县签订集体合同486份，其中工资专项集体合同312份，覆盖企业1420家、职工4.86万人，集体合同覆盖率达88.5%。在全县218家规模以上企业中，建立职代会制度的有203家，占93.1%；实行厂务公开的有196家。县职工法律服务中心全年接待职工来信来访326人次，受理劳动争议案件57件，调解成功57件，为职工追回欠薪186.4万元。

（三）聚焦帮扶救助，服务职工更加精准
全年筹集帮扶资金312万元，走访慰问困难职工家庭860户、劳模和一线职工2150人次。开展“金秋助学”活动，资助困难职工子女136名，发放助学金54.4万元，其中考取本科的按每人4000元标准资助。全县参加职工医疗互助保障的职工达2.36万人。县总工会职工服务热线：0571-64612351。

（四）聚焦建功立业，主力军作用充分发挥
开展劳动竞赛38场次、技能比武21场次，参赛职工6800余人次；开展职工技能培训4520人次。评选县级劳动模范30名，命名第三届“桐庐工匠”15名；新建县级劳模创新工作室5家，全年收集职工合理化建议1260条。

（五）主要指标完成情况
表1　2021年主要工作指标完成情况
指标\t2021年\t2020年\t同比增减
新建基层工会（家）\t42\t37\t+13.5%
新发展会员（人）\t3126\t2874\t+8.8%
职工技能培训（人次）\t4520\t3980\t+13.6%
帮扶困难职工家庭（户）\t860\t912\t-5.7%

二、存在的不足
一是新就业形态劳动者入会还不够充分，“八大群体”入会集中行动需持续推进；二是部分非公企业工会作用发挥不明显；三是工会干部队伍专业化水平有待提高。

三、明年工作打算
2022年，县总工会将坚持以职工为中心，重点做好以下工作：一是新建基层工会40家以上，新发展会员3000人；二是全年培训职工5000人次，开展劳动竞赛40场次；三是推动集体合同覆盖率达到90%；四是筹集帮扶资金不少于300万元，确保困难职工应帮尽帮。
"""
F = dict(fed="桐庐县总工会", reg="桐庐县")
Y = dict(F, year=2021)
P = dict(F, year=2020)
RECORDS = [
    rec("unions.new", 42, "org", "新建基层工会42家", **Y),
    rec("members.new", 3126, "person", "新发展会员3126人", **Y),
    rec("members.new", 1870, "person", "其中农民工会员1870人", **Y),
    rec("unions.count", 658, "org", "基层工会组织658个", **Y),
    rec("unions.covered_units", 1932, "org", "覆盖单位1932家", **Y),
    rec("members.count", 61200, "person", "工会会员6.12万人", **Y),
    rec("members.rate", 91.3, "percent", "职工入会率达91.3%", **Y),
    rec("cadres.fulltime", 46, "person", "专职工会干部46人", **Y),
    rec("cadres.parttime", 2180, "person", "兼职工会干部2180人", **Y),
    rec("contracts.signed", 486, "contract", "签订集体合同486份", **Y),
    rec("contracts.signed", 312, "contract", "其中工资专项集体合同312份", **Y),
    rec("contracts.enterprises", 1420, "org", "覆盖企业1420家", **Y),
    rec("contracts.workers", 48600, "person", "职工4.86万人", **Y),
    rec("contracts.rate", 88.5, "percent", "集体合同覆盖率达88.5%", **Y),
    rec("democracy.congress", 203, "org", "建立职代会制度的有203家", **Y),
    rec("democracy.congress_rate", 93.1, "percent", "占93.1%", **Y),
    rec("democracy.openness", 196, "org", "实行厂务公开的有196家", **Y),
    rec("rights.consultations", 326, "person_time", "接待职工来信来访326人次", **Y),
    rec("rights.cases", 57, "case", "受理劳动争议案件57件", **Y),
    rec("rights.cases", 57, "case", "调解成功57件", **Y),
    rec("rights.wages_recovered", 1864000, "yuan", "追回欠薪186.4万元", **Y),
    rec("aid.funds", 3120000, "yuan", "筹集帮扶资金312万元", **Y),
    rec("aid.households", 860, "household", "走访慰问困难职工家庭860户", **Y),
    rec("aid.persons", 2150, "person_time", "劳模和一线职工2150人次", **Y),
    rec("aid.persons", 136, "person", "资助困难职工子女136名", **Y),
    rec("aid.education_funds", 544000, "yuan", "发放助学金54.4万元", **Y),
    rec("aid.mutual_enrolment", 23600, "person", "参加职工医疗互助保障的职工达2.36万人", **Y),
    rec("competition.events", 38, "event", "开展劳动竞赛38场次", **Y),
    rec("competition.events", 21, "event", "技能比武21场次", **Y),
    rec("competition.participants", 6800, "person_time", "参赛职工6800余人次", q="over", **Y),
    rec("training.persons", 4520, "person_time", "开展职工技能培训4520人次", **Y),
    rec("honors.model_workers", 30, "person", "评选县级劳动模范30名", **Y),
    rec("honors.craftsmen", 15, "person", "命名第三届“桐庐工匠”15名", **Y),
    rec("innovation.studios", 5, "org", "新建县级劳模创新工作室5家", **Y),
    rec("innovation.proposals", 1260, "item", "收集职工合理化建议1260条", **Y),
    # table: 2021 and 2020 columns; 同比增减 column compares two columns -> not records
    rec("unions.new", 42, "org", "42", **Y),
    rec("unions.new", 37, "org", "37", **P),
    rec("members.new", 3126, "person", "3126", **Y),
    rec("members.new", 2874, "person", "2874", **P),
    rec("training.persons", 4520, "person_time", "4520", **Y),
    rec("training.persons", 3980, "person_time", "3980", **P),
    rec("aid.households", 860, "household", "860", **Y),
    rec("aid.households", 912, "household", "912", **P),
]
