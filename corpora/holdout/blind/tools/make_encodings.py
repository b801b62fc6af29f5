#!/usr/bin/env python3
"""Generate the two non-UTF-8 hold-out documents (stdlib only).

  sources/holdout-08-hengyang-wenku.simp.txt  -> docs/holdout-08-hengyang-wenku.big5.txt
      simplified -> traditional with the explicit character map below (every
      character of the source is either in S2T or listed in SAME), inline toneless
      pinyin after some characters (Big5 has no tone-marked letters), wrapped in
      document-sharing-site noise, encoded cp950.
  sources/holdout-09-shunde-district.utf8.txt -> docs/holdout-09-shunde-district.gb18030.txt
      encoded GB18030 (the text has a CJK Ext-A character and an emoji, which
      only GB18030's four-byte sequences can carry).

The mapping is checked: converting the traditional body back with the inverse map
must give the simplified source exactly.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, '..', 'docs')
SRC = os.path.join(HERE, 'sources')

# simplified -> traditional, only for the characters that the doc-08 body uses.
S2T = {
    '万': '萬', '业': '業', '两': '兩', '个': '個', '为': '為', '书': '書', '争': '爭',
    '会': '會', '体': '體', '余': '餘', '农': '農', '创': '創', '办': '辦', '务': '務',
    '动': '動', '劳': '勞', '医': '醫', '发': '發', '台': '臺', '员': '員', '团': '團',
    '场': '場', '坚': '堅', '层': '層', '帮': '幫', '开': '開', '强': '強', '总': '總',
    '实': '實', '对': '對', '导': '導', '将': '將', '扎': '紮', '护': '護', '损': '損',
    '数': '數', '断': '斷', '显': '顯', '权': '權', '来': '來', '标': '標', '济': '濟',
    '现': '現', '疗': '療', '盖': '蓋', '竞': '競', '签': '簽', '类': '類', '级': '級',
    '组': '組', '织': '織', '经': '經', '结': '結', '维': '維', '职': '職', '节': '節',
    '范': '範', '补': '補', '订': '訂', '训': '訓', '设': '設', '访': '訪', '询': '詢',
    '质': '質', '资': '資', '赛': '賽', '达': '達', '进': '進', '问': '問', '间': '間',
    '阳': '陽', '阶': '階', '难': '難', '项': '項', '领': '領', '参': '參', '学': '學',
    '户': '戶', '准': '準',
}
# characters written the same in both scripts (reviewed by hand)
SAME = set('、。一三上下不中主二互五人件份企作保元先全其再到力功加助十升取各合同名命和咨四回困在培基'
           '失女如委子室家年底建彰待心慰成截打扶技挽接推提援放效新日明更月有服期案模次武每比民法活照'
           '理的益省秋素者能至衡表要覆走金障集算屋展工市律得按，；“”')

PINYIN = {'會': 'hui', '員': 'yuan', '職': 'zhi', '勞': 'lao', '萬': 'wan', '訂': 'ding',
          '總': 'zong', '結': 'jie', '幫': 'bang', '資': 'zi', '競': 'jing', '簽': 'qian'}

HEAD = ('\n\n已閱讀3頁，還剩1頁未讀，繼續免費閱讀\n'
        '版權說明：本文檔由用戶上傳分享，僅供學習交流使用，如有侵權請聯繫刪除\n'
        '文檔簡介\n'
        '頁數：4　　大小：36KB　　上傳時間：2022-03-15　　下載次數：127\n\n')
TAIL = ('\n\n下載文檔到電腦，查找使用更方便\n'
        '3 積分\n'
        '【下載】　【收藏】　【分享】\n'
        '點擊閱讀全文\n'
        '下載說明\n'
        '- 1. 本站所有資源如無特殊說明，都需要本地電腦安裝OFFICE2007和PDF閱讀器。\n'
        '- 2. 用戶上傳的文檔僅供參考，下載後請自行核對內容。\n'
        '相關文檔\n'
        '- 2021年工會工作總結範文（通用5篇）\n'
        '- 2022年社區工會工作計劃\n'
        '- 企業職工代表大會主持詞\n'
        '評論\n0/200\n提交評論\n')


def to_trad(s):
    out = []
    for c in s:
        if c in S2T:
            out.append(S2T[c])
        elif c in SAME or ord(c) < 0x80:
            out.append(c)
        else:
            sys.exit('unmapped character %r' % c)
    return ''.join(out)


def add_pinyin(t):
    """Toneless pinyin after some occurrences, a few with stray spaces."""
    out, seen = [], {}
    for c in t:
        out.append(c)
        if c in PINYIN:
            n = seen.get(c, 0)
            seen[c] = n + 1
            if n % 2 == 0:
                p = PINYIN[c]
                if n % 4 == 2:
                    p = p + ' '
                elif n % 6 == 4:
                    p = ' ' + p
                out.append('(' + p + ')')
    return ''.join(out)


def main():
    simp = open(os.path.join(SRC, 'holdout-08-hengyang-wenku.simp.txt'), encoding='utf-8').read()
    trad = to_trad(simp)
    inv = {v: k for k, v in S2T.items()}
    assert ''.join(inv.get(c, c) for c in trad) == simp, 'round trip failed'
    body = add_pinyin(trad)
    assert re.sub(r'\(\s*[a-z]+\s*\)', '', body) == trad
    doc = HEAD + body + TAIL
    with open(os.path.join(DOCS, 'holdout-08-hengyang-wenku.big5.txt'), 'wb') as f:
        f.write(doc.encode('cp950'))

    text = open(os.path.join(SRC, 'holdout-09-shunde-district.utf8.txt'), encoding='utf-8').read()
    with open(os.path.join(DOCS, 'holdout-09-shunde-district.gb18030.txt'), 'wb') as f:
        f.write(text.encode('gb18030'))
    assert text.encode('gb18030').decode('gb18030') == text
    try:
        text.encode('gbk')
    except UnicodeEncodeError:
        pass
    else:
        sys.exit('doc 09 should need GB18030 four-byte sequences')
    print('ok')


if __name__ == '__main__':
    main()
