from common import rec
import zipfile, io
from xml.sax.saxutils import escape
NAME = "h12-docx-town-2022.docx"
BLOCKS = [
    "泗泾镇总工会2022年工作总结",
    "2022年，泗泾镇总工会在镇党委和松江区总工会的领导下，围绕镇域经济发展大局，团结带领全镇职工克服疫情影响，较好地完成了全年各项工作任务。现总结如下：",
    "一、组织建设。全年新建基层工会15家，新发展会员2740人。截至年底，全镇共有基层工会组织386个，工会会员52860人，其中外来务工人员会员3.1万人。",
    "二、维权服务。全镇签订集体合同312份，覆盖企业920家、职工4.1万人。镇职工法律援助站接待职工咨询410人次，调处劳动争议案件36件，为职工追回工资款85.6万元。",
    "三、帮扶关爱。全年帮扶困难职工家庭146户，发放帮扶资金58.4万元；夏季高温期间慰问一线职工3200人次，每人发放价值100元的防暑降温用品。全镇参加职工医疗互助保障的职工达1.26万人。疫情期间，镇总工会为坚守一线的社区工作者、志愿者送去慰问品，工会干部下沉社区参与防疫。",
    "四、建功立业。围绕镇重点产业项目，组织开展劳动竞赛和技能比武12场次，参赛职工1860人次；推荐评选区级以上劳动模范3名，新建镇级职工创新工作室2家，收集职工合理化建议186条。开展“技能提升”系列培训，全年培训职工2100人次，其中线上培训900人次。",
    "五、主要指标完成情况（见下表）。",
    ("table", [
        ["指标", "2022年", "2021年", "2023年目标"],
        ["基层工会组织（个）", "386", "371", "400"],
        ["工会会员（人）", "52860", "50120", "55000"],
        ["签订集体合同（份）", "312", "298", "320"],
        ["帮扶困难职工家庭（户）", "146", "158", "150"],
    ]),
    "六、2023年工作打算。新建基层工会20家，发展会员3000人，推动集体合同签订率保持在90%以上，做好“四季送”服务。",
    "岳阳街道总工会2022年工作小结",
    "2022年，岳阳街道总工会坚持服务职工、服务社区、服务发展，各项工作稳步推进。街道现有基层工会组织128个，会员1.86万人，全年新发展会员960人；建成“爱心接力站”等户外职工服务站点12个、职工书屋9家。组织开展劳动竞赛和技能比武8场次，参与职工1500余人次；开展职工技能培训1300人次，组织职工参加街道“乐活岳阳”文体活动。“两节”期间走访慰问困难职工85户，发放慰问金21.3万元。",
    "街道总工会联系电话：021-57823351　地址：松江区岳阳街道人民北路1号",
]
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
def para(t, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
def table(rows):
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>']
    out.append("<w:tblGrid>" + "".join('<w:gridCol w:w="2200"/>' for _ in rows[0]) + "</w:tblGrid>")
    for r in rows:
        out.append("<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="2200" w:type="dxa"/></w:tcPr>{para(c)}</w:tc>' for c in r) + "</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)
def document_xml():
    body = []
    for b in BLOCKS:
        if isinstance(b, tuple):
            body.append(table(b[1]))
        else:
            body.append(para(b, bold=b.endswith("总结") or b.endswith("小结")))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document {W}><w:body>' + "".join(body) +
            '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
            '</w:body></w:document>')
CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
def make_bytes():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", CT), ("_rels/.rels", RELS), ("word/document.xml", document_xml())):
            zi = zipfile.ZipInfo(name, date_time=(2023, 1, 9, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()
S = dict(fed="泗泾镇总工会", reg="泗泾镇")
SY = dict(S, year=2022)
SP = dict(S, year=2021)
Yy = dict(fed="岳阳街道总工会", reg="岳阳街道", year=2022)
RECORDS = [
    rec("unions.new", 15, "org", "新建基层工会15家", **SY),
    rec("members.new", 2740, "person", "新发展会员2740人", **SY),
    rec("unions.count", 386, "org", "基层工会组织386个", **SY),
    rec("members.count", 52860, "person", "工会会员52860人", **SY),
    rec("members.count", 31000, "person", "其中外来务工人员会员3.1万人", **SY),
    rec("contracts.signed", 312, "contract", "签订集体合同312份", **SY),
    rec("contracts.enterprises", 920, "org", "覆盖企业920家", **SY),
    rec("contracts.workers", 41000, "person", "职工4.1万人", **SY),
    rec("rights.consultations", 410, "person_time", "接待职工咨询410人次", **SY),
    rec("rights.cases", 36, "case", "调处劳动争议案件36件", **SY),
    rec("rights.wages_recovered", 856000, "yuan", "追回工资款85.6万元", **SY),
    rec("aid.households", 146, "household", "帮扶困难职工家庭146户", **SY),
    rec("aid.funds", 584000, "yuan", "发放帮扶资金58.4万元", **SY),
    rec("aid.persons", 3200, "person_time", "慰问一线职工3200人次", **SY),
    rec("aid.mutual_enrolment", 12600, "person", "参加职工医疗互助保障的职工达1.26万人", **SY),
    rec("competition.events", 12, "event", "劳动竞赛和技能比武12场次", **SY),
    rec("competition.participants", 1860, "person_time", "参赛职工1860人次", **SY),
    rec("honors.model_workers", 3, "person", "区级以上劳动模范3名", **SY),
    rec("innovation.studios", 2, "org", "新建镇级职工创新工作室2家", **SY),
    rec("innovation.proposals", 186, "item", "收集职工合理化建议186条", **SY),
    rec("training.persons", 2100, "person_time", "全年培训职工2100人次", **SY),
    rec("training.persons", 900, "person_time", "其中线上培训900人次", **SY),
    # table cells (2022, 2021 columns; 2023年目标 column is a plan)
    rec("unions.count", 386, "org", "386", **SY),
    rec("unions.count", 371, "org", "371", **SP),
    rec("members.count", 52860, "person", "52860", **SY),
    rec("members.count", 50120, "person", "50120", **SP),
    rec("contracts.signed", 312, "contract", "312", **SY),
    rec("contracts.signed", 298, "contract", "298", **SP),
    rec("aid.households", 146, "household", "146", **SY),
    rec("aid.households", 158, "household", "158", **SP),
    # 岳阳街道
    rec("unions.count", 128, "org", "基层工会组织128个", **Yy),
    rec("members.count", 18600, "person", "会员1.86万人", **Yy),
    rec("members.new", 960, "person", "新发展会员960人", **Yy),
    rec("aid.centers", 12, "org", "户外职工服务站点12个", **Yy),
    rec("culture.venues", 9, "org", "职工书屋9家", **Yy),
    rec("competition.events", 8, "event", "劳动竞赛和技能比武8场次", **Yy),
    rec("competition.participants", 1500, "person_time", "参与职工1500余人次", q="over", **Yy),
    rec("training.persons", 1300, "person_time", "开展职工技能培训1300人次", **Yy),
    rec("aid.households", 85, "household", "走访慰问困难职工85户", **Yy),
    rec("aid.funds", 213000, "yuan", "发放慰问金21.3万元", **Yy),
]
