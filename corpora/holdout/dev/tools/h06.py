from common import rec
NAME = "h06-industry-union-2022.txt"
TEXT = """四川省教育工会2022年工作总结

2022年，四川省教育工会在省委教育工委和省总工会的坚强领导下，深入学习贯彻党的二十大精神，紧扣立德树人根本任务，团结动员全省广大教职工为加快建设教育强省贡献智慧和力量。现将全年主要工作总结如下。

一、加强组织建设，教育工会组织体系更加健全
截至2022年底，全省教育系统共有基层工会1.36万个，会员98.2万人，会员人数比上年增长2.1%；教职工入会率达到96.4%，比上年提高0.8个百分点。全年新建民办学校工会组织186个，发展民办学校教职工会员1.05万人。全省21个市（州）均召开了教育工会工作会议。

二、推进民主管理，教职工主人翁地位更加彰显
全省1.12万所学校建立教代会制度，教代会建制率达99.2%，校务公开建制率达98.7%。其中，高校、中职学校和中小学的教代会建制率分别为100%、98.5%和99.1%。在民办学校中推动开展集体协商，签订集体合同620份，覆盖教职工4.8万人。

三、搭建成长平台，教职工队伍素质持续提升
以“师德标兵”“教学名师”评选为载体，举办全省高校青年教师教学竞赛、中职教师技能大赛等赛事18场，参赛教师3200余人；全省教育系统开展教职工培训12.6万人次。全年推荐评选全国教育系统先进集体12个、先进个人45名，12名教职工获四川省五一劳动奖章；创建“教育工匠”创新工作室38个。

四、关心关爱教职工，服务保障更加有力
全年筹集帮扶资金2350万元，走访慰问困难教职工、乡村教师1.18万人次，帮扶困难教职工家庭2460户，每名受助教职工补助1000元至5000元不等。命名省级模范教职工之家56个、模范教职工小家120个，建成教职工书屋1240个。在第38个教师节前夕，省教育工会联合省教育厅开展“教师节送温暖”活动。全省教职工参加职工互助保障计划32.6万人。

五、依法维护权益，和谐校园建设扎实推进
各级教育工会接待教职工来信来访860人次，协调处理涉及教职工权益的案件73件，推动解决了一批教职工关心的职称评聘、绩效工资等问题。

2023年，省教育工会将推动教代会建制率保持在99%以上，力争培训教职工13万人次，新建民办学校工会200个，为教职工办好“十件实事”。
"""
F = dict(fed="四川省教育工会", reg="四川省")
Y = dict(F, year=2022)
RECORDS = [
    rec("unions.count", 13600, "org", "基层工会1.36万个", **Y),
    rec("members.count", 982000, "person", "会员98.2万人", **Y),
    rec("members.count", 2.1, "percent", "会员人数比上年增长2.1%", k="change", **Y),
    rec("members.rate", 96.4, "percent", "教职工入会率达到96.4%", **Y),
    rec("members.rate", 0.8, "pp", "比上年提高0.8个百分点", k="change", **Y),
    rec("unions.new", 186, "org", "新建民办学校工会组织186个", **Y),
    rec("members.new", 10500, "person", "发展民办学校教职工会员1.05万人", **Y),
    rec("democracy.congress", 11200, "org", "1.12万所学校建立教代会制度", **Y),
    rec("democracy.congress_rate", 99.2, "percent", "教代会建制率达99.2%", **Y),
    rec("democracy.openness_rate", 98.7, "percent", "校务公开建制率达98.7%", **Y),
    rec("democracy.congress_rate", 100, "percent", "100%", **Y),
    rec("democracy.congress_rate", 98.5, "percent", "98.5%", **Y),
    rec("democracy.congress_rate", 99.1, "percent", "99.1%", **Y),
    rec("contracts.signed", 620, "contract", "签订集体合同620份", **Y),
    rec("contracts.workers", 48000, "person", "覆盖教职工4.8万人", **Y),
    rec("competition.events", 18, "event", "赛事18场", **Y),
    rec("competition.participants", 3200, "person", "参赛教师3200余人", q="over", **Y),
    rec("training.persons", 126000, "person_time", "开展教职工培训12.6万人次", **Y),
    rec("honors.collectives", 12, "org", "全国教育系统先进集体12个", **Y),
    rec("honors.model_workers", 45, "person", "先进个人45名", **Y),
    rec("honors.model_workers", 12, "person", "12名教职工获四川省五一劳动奖章", **Y),
    rec("innovation.studios", 38, "org", "“教育工匠”创新工作室38个", **Y),
    rec("aid.funds", 23500000, "yuan", "筹集帮扶资金2350万元", **Y),
    rec("aid.persons", 11800, "person_time", "乡村教师1.18万人次", **Y),
    rec("aid.households", 2460, "household", "帮扶困难教职工家庭2460户", **Y),
    rec("homes.model", 56, "org", "省级模范教职工之家56个", **Y),
    rec("homes.model", 120, "org", "模范教职工小家120个", **Y),
    rec("culture.venues", 1240, "org", "建成教职工书屋1240个", **Y),
    rec("aid.mutual_enrolment", 326000, "person", "参加职工互助保障计划32.6万人", **Y),
    rec("rights.consultations", 860, "person_time", "接待教职工来信来访860人次", **Y),
    rec("rights.cases", 73, "case", "涉及教职工权益的案件73件", **Y),
]
