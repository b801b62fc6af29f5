from common import rec
NAME = "h02-city-news-2022.html"
TEXT = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>上半年我市工会服务职工交出亮眼“成绩单”_工会要闻_洛阳市总工会</title>
<meta name="keywords" content="洛阳市总工会,工会要闻,服务职工">
<meta name="description" content="今年上半年，全市各级工会在组建入会、帮扶救助、维权服务、建功立业等方面持续发力。">
<link rel="stylesheet" href="/static/css/main.css?v=20220301">
<style>
body{font-family:"Microsoft YaHei",sans-serif;margin:0}
.nav li{float:left;width:120px}
.content p{text-indent:2em;line-height:32px;font-size:16px}
</style>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.example.com/hm.js?8d2f0c1a9e5b4f37";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</head>
<body>
<div class="topbar">
  <span>欢迎访问洛阳市总工会网站</span>
  <span id="today">2022年8月16日 星期二</span>
  <a href="/login">登录</a> | <a href="/reg">注册</a> | <a href="/m/">手机版</a>
</div>
<div class="header"><img src="/static/img/logo.png" alt="洛阳市总工会"><form class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></form></div>
<ul class="nav">
  <li><a href="/">首页</a></li>
  <li><a href="/news/">工会要闻</a></li>
  <li><a href="/jcdt/">基层动态</a></li>
  <li><a href="/wqfw/">维权服务</a></li>
  <li><a href="/lmfc/">劳模风采</a></li>
  <li><a href="/zgsw/">职工书屋</a></li>
  <li><a href="/wsgh/">网上工会</a></li>
  <li><a href="/zwgk/">信息公开</a></li>
</ul>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/news/">工会要闻</a> &gt; 正文</div>
<div class="main">
<div class="article">
  <h1>上半年我市工会服务职工交出亮眼“成绩单”</h1>
  <div class="info">来源：洛阳市总工会&nbsp;&nbsp;作者：宣教部&nbsp;&nbsp;发布时间：2022-08-16 09:30&nbsp;&nbsp;浏览次数：1268</div>
  <div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qz">QQ空间</a>&nbsp;&nbsp;字号：<a>大</a> <a>中</a> <a>小</a>&nbsp;&nbsp;<a href="javascript:window.print()">打印</a></div>
  <div class="content">
    <p>8月15日，记者从洛阳市总工会获悉，今年上半年，全市各级工会紧紧围绕“当好主力军、建功‘十四五’、奋进新征程”主题，在组建入会、帮扶救助、维权服务、建功立业等方面持续发力，各项工作取得明显成效。</p>
    <p><strong>组建入会扩面提速。</strong>今年上半年，全市新建基层工会组织186家，新发展会员1.32万人，新发展会员人数比去年同期增长18.5%。其中，货车司机、快递员、外卖送餐员等新就业形态劳动者入会4860人。“以前总觉得工会离我们很远，现在遇到难事就能找到‘娘家人’。”外卖骑手王师傅说。</p>
    <p><strong>帮扶救助温暖人心。</strong>今年元旦春节期间，市县两级工会共筹集送温暖资金2180万元，走访慰问困难职工、劳动模范和一线职工1.6万人次，为1200多户困难职工家庭送去慰问金和米面油。去年，全市工会开展“金秋助学”活动，共资助困难职工子女1265名，发放助学金386.5万元。今年的助学活动已于8月10日启动，计划资助困难学生不少于1300名，对考入本科院校的每人资助5000元。</p>
    <p><strong>维权服务精准有力。</strong>今年上半年，全市工会法律援助中心共接待职工来访咨询2360人次，代理劳动争议案件148件，为职工挽回经济损失约960万元，同比分别增长21%、13%和8.6%。职工遇到劳动权益问题，可拨打12351职工服务热线求助。</p>
    <p><strong>建功立业成效明显。</strong>今年以来，全市各级工会围绕重点项目建设，组织开展重点工程劳动竞赛63场，参赛职工4.2万人，开展岗位练兵和技能比武96场次。6月，市总工会命名第二批“河洛工匠”50名，其中一线职工占比达72%。</p>
    <p><strong>服务阵地不断完善。</strong>截至今年6月底，全市已建成各级职工书屋412家，其中全国职工书屋示范点6家、省级示范点38家；建成“劳动者港湾”等户外劳动者服务站点326个，有5个县（市、区）站点数量超过30个。</p>
    <p>下一步，市总工会将持续深化“我为职工办实事”实践活动，力争全年新建工会300家、发展会员2.5万人，让广大职工感受到工会组织的温暖。</p>
    <p class="editor">（责任编辑：刘洋）</p>
  </div>
  <div class="prevnext">
    <p>上一篇：<a href="/news/2022/0812/4415.html">市总工会开展“送清凉”活动</a></p>
    <p>下一篇：<a href="/news/2022/0817/4421.html">全市工会系统举办第3期基层工会主席培训班</a></p>
  </div>
</div>
<div class="sidebar">
  <h3>热点新闻</h3>
  <ul>
    <li><a href="#">市总工会召开十三届五次全委（扩大）会议</a><span>07-28</span></li>
    <li><a href="#">我市3名职工荣获全国五一劳动奖章</a><span>04-29</span></li>
    <li><a href="#">“河洛工匠”评选结果公示</a><span>06-15</span></li>
    <li><a href="#">市总工会2022年“金秋助学”活动启动</a><span>08-10</span></li>
    <li><a href="#">全市1200名快递小哥集中入会</a><span>05-20</span></li>
  </ul>
  <h3>专题专栏</h3>
  <ul>
    <li><a href="#">学习贯彻党的二十大精神</a></li>
    <li><a href="#">“我为职工办实事”</a></li>
    <li><a href="#">劳模工匠风采</a></li>
  </ul>
  <div class="qrcode"><img src="/static/img/qr.png" alt="微信公众号"><p>扫码关注“洛阳工会”公众号</p></div>
</div>
</div>
<div class="comments">
  <h3>网友评论（3）</h3>
  <div class="c"><b>洛阳职工小李</b> <span>2022-08-16 12:05</span><p>点赞！去年我家孩子拿到了3000元助学金，感谢工会！</p></div>
  <div class="c"><b>骑手老张</b> <span>2022-08-16 14:38</span><p>入会以后有了“娘家”，希望驿站再多建几个。</p></div>
  <div class="c"><b>游客6281</b> <span>2022-08-17 08:02</span><p>工会办实事，赞一个。</p></div>
  <form><textarea placeholder="文明上网，理性发言"></textarea><span>0/300</span><button>发表评论</button></form>
</div>
<div class="footer">
  <p><a href="#">关于我们</a> | <a href="#">网站地图</a> | <a href="#">联系我们</a></p>
  <p>版权所有：洛阳市总工会　地址：洛阳市洛龙区开元大道218号　邮编：471000　电话：0379-63218530</p>
  <p>豫ICP备05012345号-1　豫公网安备41030302000123号　技术支持：洛阳某网络科技有限公司</p>
</div>
</body>
</html>
"""
F = dict(fed="洛阳市总工会", reg="洛阳市")
Y = dict(F, year=2022)
L = dict(F, year=2021)
RECORDS = [
    rec("unions.new", 186, "org", "新建基层工会组织186家", **Y),
    rec("members.new", 13200, "person", "新发展会员1.32万人", **Y),
    rec("members.new", 18.5, "percent", "比去年同期增长18.5%", k="change", **Y),
    rec("members.new", 4860, "person", "新就业形态劳动者入会4860人", **Y),
    rec("aid.funds", 21800000, "yuan", "筹集送温暖资金2180万元", **Y),
    rec("aid.persons", 16000, "person_time", "一线职工1.6万人次", **Y),
    rec("aid.households", 1200, "household", "1200多户困难职工家庭", q="over", **Y),
    rec("aid.persons", 1265, "person", "资助困难职工子女1265名", **L),
    rec("aid.education_funds", 3865000, "yuan", "发放助学金386.5万元", **L),
    rec("rights.consultations", 2360, "person_time", "接待职工来访咨询2360人次", **Y),
    rec("rights.cases", 148, "case", "代理劳动争议案件148件", **Y),
    rec("rights.wages_recovered", 9600000, "yuan", "挽回经济损失约960万元", q="about", **Y),
    rec("rights.consultations", 21, "percent", "21%", k="change", **Y),
    rec("rights.cases", 13, "percent", "13%", k="change", **Y),
    rec("rights.wages_recovered", 8.6, "percent", "8.6%", k="change", **Y),
    rec("competition.events", 63, "event", "重点工程劳动竞赛63场", **Y),
    rec("competition.participants", 42000, "person", "参赛职工4.2万人", **Y),
    rec("competition.events", 96, "event", "技能比武96场次", **Y),
    rec("honors.craftsmen", 50, "person", "命名第二批“河洛工匠”50名", **Y),
    rec("culture.venues", 412, "org", "各级职工书屋412家", **Y),
    rec("culture.venues", 6, "org", "全国职工书屋示范点6家", **Y),
    rec("culture.venues", 38, "org", "省级示范点38家", **Y),
    rec("aid.centers", 326, "org", "户外劳动者服务站点326个", **Y),
]
