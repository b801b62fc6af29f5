from common import rec
import opencc, re
NAME = "h04-doc-site-copy-2019.txt"
BODY = """湖州市总工会2019年工作总结 2019年，湖州市总工会在市委和省总工会的坚强领导下，以习近平新时代中国特色社会主义思想为指导，深入贯彻党的十九大和中国工会十七大精神，团结动员全市广大职工为建设“在建设美丽浙江中走在前列的湖州”建功立业，现将全年工作总结如下。 一、建会入会扎实推进 全年新建基层工会312家，新发展会员2.18万人，其中新就业形态劳动者6800余人。截至年底，全市共有基层工会5846个，工会会员58.3万人，比2018年增加1.9万人。各县区全部建立货车司机工会联合会。 二、集体协商提质扩面 全市签订集体合同3960份，覆盖企业1.12万家、职工42.6万人，其中工资专项集体合同2870份。已建工会企业集体合同签订率达91.2%，比上年提高1.6个百分点，全市5个区县中有4个签订率超过90%。 三、建功立业广泛开展 组织开展“当好主人翁、建功新时代”劳动竞赛226场次，参赛职工15.6万人次。全市各级工会共征集合理化建议8900余条，其中被采纳3120条。新创建市级劳模创新工作室12家，命名首届“湖州工匠”50名。 四、帮扶服务精准有效 “两节”期间，全市工会筹集送温暖资金1860万元，慰问困难职工4120户、一线职工2.3万人次。开展“金秋助学”活动，资助困难职工子女586人，发放助学金263.7万元。全市累计建成职工书屋168家、“爱心驿站”等户外劳动者服务站点203个。 五、维权维稳有力有效 各级工会法律援助机构全年接待职工法律咨询5230人次，受理法律援助案件310件，为职工挽回经济损失2680万元。 六、2020年工作思路 2020年，市总工会将重点抓好以下工作：新建工会300家，发展会员2万人，新建户外劳动者服务站点50个，确保集体合同签订率稳定在90%以上。"""
HEAD = """




已閱讀3頁，還剩2頁未讀，繼續免費閱讀
版權說明：本文檔由用戶提供並上傳，收益歸屬內容提供方，若內容存在侵權，請進行舉報或認領
文檔簡介
"""
TAIL = """
下載提示
- 1. 本站所有資源如無特殊說明，都需要本地電腦安裝OFFICE2007和PDF閱讀器。
- 2. 本站不保證該用戶上傳的文檔完整性，不預覽、不比對內容而直接下載產生的反悔問題本站不予受理。
- 3. 文件的所有權益歸上傳用戶所有，未經權益所有人同意不得將文件中的內容挪作商業或盈利用途。
- 4. 下載文件中如有侵權或不適當內容，請與我們聯繫，我們立即糾正。
相關文檔
- 2019年工會工作總結範文（5篇）
- 鄉鎮工會2020年工作計劃
- 企業工會主席述職報告3篇
- 2019年度職工之家建設情況彙報
- 湖州市職工代表大會條例實施細則
- 2020年三八婦女節活動方案
評論
0/150
提交評論
"""
PINYIN = {"會": "huì", "頁": "yè", "權": "quán", "說": "shuō", "簡": "jiǎn", "萬": "wàn", "協": "xié", "職": "zhí", "閱": "yuè", "讀": "dú", "資": "zī", "這": "zhè"}
def annotate(s, every=1):
    out = []
    for ch in s:
        out.append(ch)
        if ch in PINYIN:
            out.append("(" + PINYIN[ch] + ")")
    return "".join(out)
def make():
    t = opencc.OpenCC("s2t").convert(BODY)
    # pinyin on the noise head and on the body, as doc-sharing sites show it
    return annotate(HEAD) + annotate(t) + "\n" + annotate(TAIL)
F = dict(fed="湖州市总工会", reg="湖州市")
Y = dict(F, year=2019)
RECORDS = [
    rec("unions.new", 312, "org", "新建基层工会312家", **Y),
    rec("members.new", 21800, "person", "新发展会员2.18万人", **Y),
    rec("members.new", 6800, "person", "其中新就业形态劳动者6800余人", q="over", **Y),
    rec("unions.count", 5846, "org", "基层工会5846个", **Y),
    rec("members.count", 583000, "person", "工会会员58.3万人", **Y),
    rec("members.count", 19000, "person", "比2018年增加1.9万人", k="change", **Y),
    rec("contracts.signed", 3960, "contract", "签订集体合同3960份", **Y),
    rec("contracts.enterprises", 11200, "org", "覆盖企业1.12万家", **Y),
    rec("contracts.workers", 426000, "person", "职工42.6万人", **Y),
    rec("contracts.signed", 2870, "contract", "其中工资专项集体合同2870份", **Y),
    rec("contracts.rate", 91.2, "percent", "集体合同签订率达91.2%", **Y),
    rec("contracts.rate", 1.6, "pp", "比上年提高1.6个百分点", k="change", **Y),
    rec("competition.events", 226, "event", "劳动竞赛226场次", **Y),
    rec("competition.participants", 156000, "person_time", "参赛职工15.6万人次", **Y),
    rec("innovation.proposals", 8900, "item", "征集合理化建议8900余条", q="over", **Y),
    rec("innovation.proposals", 3120, "item", "其中被采纳3120条", **Y),
    rec("innovation.studios", 12, "org", "新创建市级劳模创新工作室12家", **Y),
    rec("honors.craftsmen", 50, "person", "命名首届“湖州工匠”50名", **Y),
    rec("aid.funds", 18600000, "yuan", "筹集送温暖资金1860万元", **Y),
    rec("aid.households", 4120, "household", "慰问困难职工4120户", **Y),
    rec("aid.persons", 23000, "person_time", "一线职工2.3万人次", **Y),
    rec("aid.persons", 586, "person", "资助困难职工子女586人", **Y),
    rec("aid.education_funds", 2637000, "yuan", "发放助学金263.7万元", **Y),
    rec("culture.venues", 168, "org", "累计建成职工书屋168家", **F),
    rec("aid.centers", 203, "org", "户外劳动者服务站点203个", **F),
    rec("rights.consultations", 5230, "person_time", "接待职工法律咨询5230人次", **Y),
    rec("rights.cases", 310, "case", "受理法律援助案件310件", **Y),
    rec("rights.wages_recovered", 26800000, "yuan", "挽回经济损失2680万元", **Y),
]
