from common import rec
NAME = "h09-gbk-district-2023.txt"
ENCODING = "gbk"
TEXT = """天河区总工会2023年工作报告

2023年，天河区总工会在区委和广州市总工会的坚强领导下，坚持以职工为中心，围绕“抓党建、强组织、优服务、促和谐”工作思路，推动全区工会工作高质量发展。现将全年工作情况报告如下。

一、夯实组织基础，工会覆盖面持续扩大
全年全区新建工会组织226家（其中新就业形态企业工会38家），新发展会员１．８６万人，比2021年增长32%。截至12月底，全区工会会员总数达42.6万人，职工入会率９０．８％，同比提高1.5个百分点。楼宇、园区、商圈等区域性、行业性工会联合会达到146个，其中年内新建19个。全区有12家企业工会会员超过1000人。各街道总工会共配备专职工会干部64人，兼职工会干部1120人。

二、强化维权服务，劳动关系和谐稳定
全区推动1820家企业开展工资集体协商，签订集体合同1650份，覆盖职工21.3万人，集体合同覆盖率达86.2%。区职工法律服务中心接待职工咨询3280人次，参与调解劳动争议案件416宗，调解成功率88%，为职工追回欠薪及经济补偿金1260万元。

三、做实帮扶关爱，职工幸福感不断增强
“两节”期间投入送温暖资金680万元，慰问困难职工、一线职工2.1万人次，向每户困难职工家庭发放慰问金1500元。建成“工会驿站”126个，其中年内新建21个。全区参加职工医疗互助保障的职工达11.2万人次。开展“金秋助学”活动，资助困难职工子女96名，发放助学金38.4万元。

四、激发创新活力，建功立业成效显著
组织开展劳动和技能竞赛62场次，参赛职工2.4万人次；命名首届“天河工匠”20名；新增区级劳模和工匠人才创新工作室8家，全区累计达57家。开展职工技能培训1.5万人次，同比增长18.6%。全区职工提出合理化建议3260条，评选区级先进集体15个、先进个人60名。

五、2024年工作思路
2024年，区总工会将力争新建工会组织200家、发展会员2万人，新建“工会驿站”15个，推动集体合同覆盖率提高到88%。

天河区总工会办公室　咨询电话：020-38923351
"""
F = dict(fed="天河区总工会", reg="天河区")
Y = dict(F, year=2023)
RECORDS = [
    rec("unions.new", 226, "org", "新建工会组织226家", **Y),
    rec("unions.new", 38, "org", "其中新就业形态企业工会38家", **Y),
    rec("members.new", 18600, "person", "新发展会员1.86万人", **Y),
    rec("members.new", 32, "percent", "比2021年增长32%", k="change", **Y),
    rec("members.count", 426000, "person", "工会会员总数达42.6万人", **Y),
    rec("members.rate", 90.8, "percent", "职工入会率90.8%", **Y),
    rec("members.rate", 1.5, "pp", "同比提高1.5个百分点", k="change", **Y),
    rec("unions.count", 146, "org", "行业性工会联合会达到146个", **Y),
    rec("unions.new", 19, "org", "其中年内新建19个", **Y),
    rec("cadres.fulltime", 64, "person", "专职工会干部64人", **Y),
    rec("cadres.parttime", 1120, "person", "兼职工会干部1120人", **Y),
    rec("contracts.enterprises", 1820, "org", "推动1820家企业开展工资集体协商", **Y),
    rec("contracts.signed", 1650, "contract", "签订集体合同1650份", **Y),
    rec("contracts.workers", 213000, "person", "覆盖职工21.3万人", **Y),
    rec("contracts.rate", 86.2, "percent", "集体合同覆盖率达86.2%", **Y),
    rec("rights.consultations", 3280, "person_time", "接待职工咨询3280人次", **Y),
    rec("rights.cases", 416, "case", "参与调解劳动争议案件416宗", **Y),
    rec("rights.wages_recovered", 12600000, "yuan", "经济补偿金1260万元", **Y),
    rec("aid.funds", 6800000, "yuan", "投入送温暖资金680万元", **Y),
    rec("aid.persons", 21000, "person_time", "一线职工2.1万人次", **Y),
    rec("aid.centers", 126, "org", "建成“工会驿站”126个", **Y),
    rec("aid.centers", 21, "org", "其中年内新建21个", **Y),
    rec("aid.mutual_enrolment", 112000, "person_time", "参加职工医疗互助保障的职工达11.2万人次", **Y),
    rec("aid.persons", 96, "person", "资助困难职工子女96名", **Y),
    rec("aid.education_funds", 384000, "yuan", "发放助学金38.4万元", **Y),
    rec("competition.events", 62, "event", "劳动和技能竞赛62场次", **Y),
    rec("competition.participants", 24000, "person_time", "参赛职工2.4万人次", **Y),
    rec("honors.craftsmen", 20, "person", "命名首届“天河工匠”20名", **Y),
    rec("innovation.studios", 8, "org", "创新工作室8家", **Y),
    rec("innovation.studios", 57, "org", "全区累计达57家", **F),
    rec("training.persons", 15000, "person_time", "开展职工技能培训1.5万人次", **Y),
    rec("innovation.proposals", 3260, "item", "职工提出合理化建议3260条", **Y),
    rec("honors.collectives", 15, "org", "评选区级先进集体15个", **Y),
    rec("honors.model_workers", 60, "person", "先进个人60名", **Y),
    rec("training.persons", 18.6, "percent", "同比增长18.6%", k="change", **Y),
]
