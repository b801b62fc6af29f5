import Foundation
import Gonghui
import GonghuiTestSupport
import Testing

/// What normalisation does to text, case by case: input as a file would hold it, and the
/// exact normalised text.
struct NormalizerTests {
    static let cases: [(String, String, String)] = [
        // (what, input, normalised)
        ("full-width digits and punctuation", "全省工会会员１７７８万人，增长３．２％。", "全省工会会员1778万人,增长3.2%。"),
        ("ideographic space and indentation", "　　一、组织建设不断加强。", "一、组织建设不断加强。"),
        ("traditional to simplified", "全市工會會員達到21.3萬人。", "全市工会会员达到21.3万人。"),
        ("word overrides keep 显著 and write 随着", "隨著改革深化,成效顯著。", "随着改革深化,成效显著。"),
        ("与时俱进 is not 与时具进", "工會工作要與時俱進。", "工会工作要与时俱进。"),
        ("traditional quotation marks in traditional text", "開展「安康杯」競賽。", "开展“安康杯”竞赛。"),
        ("a simplified text keeps its 著 in 著名", "著名劳模张明。", "著名劳模张明。"),
        ("pinyin annotations go", "工會(huì)會(huì )員說(shuō)明", "工会会员说明"),
        ("a Taiwanese page's years are the common era's", "臺中市勞工局:112年受理勞資爭議1,532件,較111年增加84件;99年度起辦理。",
         "台中市劳工局:2023年受理劳资争议1,532件,较2022年增加84件;2010年度起办理。"),
        ("spans of time on a Taiwanese page stay", "高雄市產業總工會成立已有100年,90年代起,100年來會員3,105人。",
         "高雄市产业总工会成立已有100年,90年代起,100年来会员3,105人。"),
        ("a Taiwanese range of years is read whole", "臺南市勞工局105至107年、108、109年度統計", "台南市劳工局2016至2018年、2019、2020年度统计"),
        ("a mainland page on national defence keeps its numbers", "全民国防教育日,全总走过了95年光辉历程,98年抗洪。", "全民国防教育日,全总走过了95年光辉历程,98年抗洪。"),
        ("a page that names no Taiwanese place keeps its numbers", "庆祝建党100年,全市工会开展活动,105年工龄。",
         "庆祝建党100年,全市工会开展活动,105年工龄。"),
        ("toneless annotations after Han characters go too", "會(hui)員68.2萬( wan)人", "会员68.2万人"),
        ("a toned reading of a whole word goes", "市总工会联合校企(xiàoqǐ)工会打造(dǎzào)了10个阵地", "市总工会联合校企工会打造了10个阵地"),
        ("a site's keyword tags go", "困难女职工[ZhiGong]有149万人,帮扶女职工[ZhiGong]6.5万人次", "困难女职工有149万人,帮扶女职工6.5万人次"),
        ("square brackets that hold no reading stay", "见附件[PDF]和[1]", "见附件[PDF]和[1]"),
        ("a toneless word in brackets stays", "开展(kaizhan)活动,使用ICU(ICU)库", "开展(kaizhan)活动,使用ICU(ICU)库"),
        ("real parentheticals stay", "各镇(街道)、园区(开发区)工会", "各镇(街道)、园区(开发区)工会"),
        ("numbering in parentheses stays", "(一)组织建设", "(一)组织建设"),
        ("boilerplate lines go", "已阅读5页,还剩2页未读\n正文第一段。\n分享到: | 更多 |", "正文第一段。"),
        ("a site's link to the ACFTU's pages goes", "正文第一段。\n全总简介", "正文第一段。"),
        ("another page's teaser, cut short before its link, goes",
         "某某市总工会简介 某某市总工会是全市各级工会的领导机关。市总... 更多>\n正文第一段。", "正文第一段。"),
        ("a date line is recorded and dropped", "发布时间:2020-12-15 21:44:31\n正文。", "正文。"),
        ("a related-news link, a bulleted headline ending in its date, goes",
         "正文第一段。\n- 某省去年审结劳动争议案件3419件2025-01-10\n- 2021年全市新建工会100家", "正文第一段。\n- 2021年全市新建工会100家"),
        ("blank lines and trailing spaces go", "第一段。   \n\n\n第二段。", "第一段。\n第二段。"),
        ("runs of spaces become one", "项目   2022年", "项目 2022年"),
        ("a line wrapped after a comma is joined", "全市新建工会58家,\n发展会员4375人。", "全市新建工会58家,发展会员4375人。"),
        ("a heading is not joined to its paragraph", "一、组织建设\n全市新建工会58家。", "一、组织建设\n全市新建工会58家。"),
        ("CRLF line ends", "第一段。\r\n第二段。\r\n", "第一段。\n第二段。"),
        ("invisible characters go", "工会\u{200B}会员\u{FEFF}", "工会会员"),
        ("an ellipsis becomes three dots", "等等…", "等等..."),
        ("lines wrapped at a narrow width are one paragraph again",
         "全年新建工会组织26家,发展会员1350人,其中农\n民工会员480人。签订工资集体合同62份,覆盖\n职工8300人,较上年均有增长。慰问困难职工\n215户,发放慰问金31.6万元,做到应帮尽帮、\n应访尽访。\n二、存在问题\n宣传不够深入。",
         "全年新建工会组织26家,发展会员1350人,其中农民工会员480人。签订工资集体合同62份,覆盖职工8300人,较上年均有增长。慰问困难职工215户,发放慰问金31.6万元,做到应帮尽帮、应访尽访。\n二、存在问题\n宣传不够深入。"),
        ("a wrap before a comma, a 。 or inside a decimal joins; a number at a line's start is not an item",
         "全年新建工会组织26家,发展会员1350人,其\n中农民工会员480人。签订工资集体合同62份\n,覆盖职工8300人,较上年均有增长。慰问困\n难职工215户,发放慰问金和助学金共计31.\n6万元,做到应帮尽帮、应访尽访。开展培训\n2.4万人次,比上年增长3.5%,取得新成效\n。\n二、存在问题\n宣传不够深入。",
         "全年新建工会组织26家,发展会员1350人,其中农民工会员480人。签订工资集体合同62份,覆盖职工8300人,较上年均有增长。慰问困难职工215户,发放慰问金和助学金共计31.6万元,做到应帮尽帮、应访尽访。开展培训2.4万人次,比上年增长3.5%,取得新成效。\n二、存在问题\n宣传不够深入。"),
        ("a paragraph that lost its full stop is not joined to the next one, which opens with its date",
         "8月26日,会昌县总工会开展“金秋助学”活动,共为7名考上大学的困难职工子女发放助学金2.1万元,有效缓解了困难职工家庭的经济压力\n8月29日,信丰县总工会举行助学金发放仪式。",
         "8月26日,会昌县总工会开展“金秋助学”活动,共为7名考上大学的困难职工子女发放助学金2.1万元,有效缓解了困难职工家庭的经济压力\n8月29日,信丰县总工会举行助学金发放仪式。"),
        ("a numbered item after a finished line stays an item", "全年新建工会26家。\n2.发展会员1350人。", "全年新建工会26家。\n2.发展会员1350人。"),
        ("figures a page set apart one to a line join their sentence",
         "近日,县总工会于\n9\n月\n12\n日举办助学金发放仪式,为\n126\n名困难职工子女发放助学金\n38.5\n万元。\n2023\n年,全县共新建工会\n18\n家。\n基层工会数\n520",
         "近日,县总工会于9月12日举办助学金发放仪式,为126名困难职工子女发放助学金38.5万元。\n2023年,全县共新建工会18家。\n基层工会数\n520"),
        ("a number cut by a short line's break is one number again", "全局职工6120人,其中女职工2\n498人。\n3.发展会员1350人。", "全局职工6120人,其中女职工2498人。\n3.发展会员1350人。"),
        ("a word processor's spaces around numbers go in running text",
         "全区共有基层工会 512个,会员 4.3 万人,比 2022 年增加 1200 人。",
         "全区共有基层工会512个,会员4.3万人,比2022年增加1200人。"),
        ("a measure's space from its number goes in running text, however rarely the text spaces numbers",
         "全县共28 个单位的9000 多名职工参加了比赛。\n2024 年工作要点",
         "全县共28个单位的9000多名职工参加了比赛。\n2024 年工作要点"),
        ("a number whose thousands print groups keeps its decimal part", "累计投入帮扶资金1 236.5万元,惠及职工2 408人。",
         "累计投入帮扶资金1236.5万元,惠及职工2408人。"),
        ("thousands groups parted from the words around them by spaces join too", "累计投入资金 2 181.5 万元,新建工会 1 200 个。",
         "累计投入资金2181.5万元,新建工会1200个。"),
        ("a letter-spaced line is one of words again, its numbers whole",
         "全 年 新 建 基 层 工 会 4 2 家 , 发 展 会 员 3 1 2 6 人 。\n全 年 新 建 工 会 42 家 。",
         "全年新建基层工会42家,发展会员3126人。\n全年新建工会42家。"),
        ("a number spelt digit by digit before its measure is one number; a row's figures stay apart",
         "全县共有基层工会组织 4 8 0 个,会员 2 1 5 3 6 人。\n基层工会数 1 2 3\n工会会员数 4120 4380 4 5",
         "全县共有基层工会组织480个,会员21536人。\n基层工会数 1 2 3\n工会会员数 4120 4380 4 5"),
        ("one space before a year is a separator", "某某区总工会2023年工作总结 2023年,全区工会稳步发展。",
         "某某区总工会2023年工作总结 2023年,全区工会稳步发展。"),
        ("a document site's page footer inside a word goes", "慰问一线职工5200人次,表彰先进工第 1 页 共 3 页作者26名。",
         "慰问一线职工5200人次,表彰先进工作者26名。"),
        ("an ideographic stop typed for a decimal point before % is a point",
         "企业覆盖率达92。3%,受益职工4500余人。", "企业覆盖率达92.3%,受益职工4500余人。"),
        ("a full stop after a long number or a hundred stays", "全市开通职工服务热线12351。98%的诉求当天办结。入会率达到100。95%以上的企业建会。",
         "全市开通职工服务热线12351。98%的诉求当天办结。入会率达到100。95%以上的企业建会。"),
        ("a full stop between a figure and a sentence that opens with one stays",
         "全年建会1200家。3年来新增会员5万人。完成率98%。", "全年建会1200家。3年来新增会员5万人。完成率98%。"),
        ("a web table written a cell a line, parted by bars, is one row a line again",
         "指 标\n|\n2022年\n|\n2023年\n|\n基层工会数\n|\n520\n|\n536\n|\n工会会员数\n|\n41200\n|\n43800\n|\n注:数据由市总工会提供。",
         "指 标 2022年 2023年\n基层工会数 520 536\n工会会员数 41200 43800\n注:数据由市总工会提供。"),
        ("a web table exported a cell a line, each closed by its bar, is one row a line, an empty cell a dash",
         "某区工会基本情况 |\n指 标 |\n2022 |\n2023 |\n工会组织 |\n|||\n| 基层工会数(个) | 520 |\n536 |\n| 会员数(人) | 41200 |\n|\n说明:数据由区总工会提供。",
         "某区工会基本情况 指 标 2022 2023\n工会组织\n基层工会数(个) 520 536\n会员数(人) 41200 —\n说明:数据由区总工会提供。"),
        ("lines that end in a bar without a row a bar opens are no table", "全市新建工会58家 |\n发展会员4375人 |\n新建驿站12个 |\n培训职工3600人 |\n慰问职工800人 |\n资助学生52名 |",
         "全市新建工会58家 |\n发展会员4375人 |\n新建驿站12个 |\n培训职工3600人 |\n慰问职工800人 |\n资助学生52名 |"),
        ("a space that groups thousands as print does goes, not one between two figures of a row",
         "截至年底,全县工会会员23 516人,工会经费1 250 000元。\n基层工会数 520 536",
         "截至年底,全县工会会员23516人,工会经费1250000元。\n基层工会数 520 536"),
        ("a table row whose label holds 、 keeps its figures apart", "建立职代会、厂务公开制度的单位(个) 86 120 135 142",
         "建立职代会、厂务公开制度的单位(个) 86 120 135 142"),
        ("a bar or two between lines is no table", "全市新建工会58家。\n|\n发展会员4375人。\n|", "全市新建工会58家。\n|\n发展会员4375人。\n|"),
        ("a newspaper CMS's page properties go", "全市新建工会58家。\n2023-09-07 1 1 某某日报 content_38352.html 1 全市新建工会58家 /enpproperty-->", "全市新建工会58家。"),
        ("a hidden-text marker goes", "全年走访慰问困难职工家庭......此处隐藏1024个字......", "全年走访慰问困难职工家庭"),
        ("a converter's stray comma before another mark goes, not a number's", "其中,,86.2萬戶脫困,;3.1萬戶重病,、殘疾家庭納入幫扶,。共計12,500戶",
         "其中,86.2万户脱困;3.1万户重病、残疾家庭纳入帮扶。共计12,500户"),
    ]

    @Test("normalisation cases", arguments: cases)
    func normalizes(_ c: (String, String, String)) {
        #expect(TestSupport.normalized(c.1).text.string == c.2, "\(c.0)")
    }

    @Test("the page's date is kept as the document's date")
    func pageDate() {
        let d = TestSupport.normalized("发布时间:2020-12-15 21:44:31\n正文。")
        #expect(d.metadata.date == ReportDate(year: 2020, month: 12, day: 15))
    }

    @Test("a forum post's 发表于 line is the document's date, and goes")
    func forumPostDate() {
        let d = TestSupport.normalized("某论坛用户 发表于 2023-6-2 15:49:05\n全市新建工会58家。")
        #expect(d.metadata.date == ReportDate(year: 2023, month: 6, day: 2))
        #expect(d.text.string == "全市新建工会58家。")
    }

    @Test("a date under the signature is the document's date")
    func signatureDate() {
        let d = TestSupport.normalized("某某工作总结\n全市新建工会58家。\n某某市总工会\n2024年1月12日")
        #expect(d.metadata.date == ReportDate(year: 2024, month: 1, day: 12))
        #expect(d.metadata.title == "某某工作总结")
    }

    @Test("an e-paper's dateline under its masthead and its list of the page's articles is the document's date")
    func mastheadDate() {
        let masthead = (1...9).map { "· 某某新闻标题第\($0)条" }.joined(separator: "\n")
        let d = TestSupport.normalized("某报数字版\n上一版 下一版 查看PDF版\n本版其他文章\n\(masthead)\n第18962期:第03版 2022-08-02\n我市工会会员超过50万人\n截至目前,全市共有工会会员50.2万人,比上年增加1.1万人。")
        #expect(d.metadata.date == ReportDate(year: 2022, month: 8, day: 2))
        // A dateline below the first paragraph is the body's, not the page's.
        let late = TestSupport.normalized("某报数字版\n上一版 下一版\n\(masthead)\n截至目前,全市共有工会会员50.2万人,比上年增加1.1万人。\n第03版 2022-08-02")
        #expect(late.metadata.date == nil)
    }

    @Test("every range of the normalised text maps back to the original it came from")
    func offsetMap() {
        let original = "　　全市工會會員達到２１．３萬人，比上年增長２．１％。"
        let d = TestSupport.normalized(original)
        let text = d.text.string
        for figure in ["21.3万人", "2.1%", "工会会员"] {
            let r = text.range(of: figure)!
            let start = text.utf16.distance(from: text.utf16.startIndex, to: r.lowerBound.samePosition(in: text.utf16)!)
            let back = d.original[d.originalRange(of: start..<(start + figure.utf16.count))]
            #expect(TestSupport.normalized(back).text.string == figure, "\(figure) ← \(back)")
        }
    }

    @Test("the document-site copy in corpora normalises with no pinyin, boilerplate or traditional characters left")
    func docSiteCopy() throws {
        let d = try TestSupport.pipeline().document(at: TestSupport.path("corpora/reports/wenku-copy-2020.big5.txt"))
        let text = d.text.string
        #expect(!text.contains("(hui") && !text.contains("(shuo"))
        for noise in ["已阅读", "版权说明", "文档简介", "最新文档", "提交评论", "0/150"] { #expect(!text.contains(noise), "\(noise)") }
        let converter = ChineseConverter(overrides: [])
        #expect(converter.traditionalShare(d.text.units) == 0)
    }
}
