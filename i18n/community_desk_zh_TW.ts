<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/member_form.py" line="+60"/>
        <source>18位公民身份号码，15位旧号自动升级</source>
        <translation type="unfinished">18位公民身份號碼，15位舊號自動升級</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>务工、经商、就学、投亲…</source>
        <translation type="unfinished">務工、經商、就學、投親…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>姓名*</source>
        <translation type="unfinished">姓名*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>曾用名</source>
        <translation type="unfinished">曾用名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证件类型</source>
        <translation type="unfinished">證件型別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证件号码</source>
        <translation type="unfinished">證件號碼</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>性别</source>
        <translation type="unfinished">性別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出生日期</source>
        <translation type="unfinished">出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>民族</source>
        <translation type="unfinished">民族</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation type="unfinished">聯絡電話</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>政治面貌</source>
        <translation type="unfinished">政治面貌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文化程度</source>
        <translation type="unfinished">文化程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>婚姻状况</source>
        <translation type="unfinished">婚姻狀況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>宗教信仰</source>
        <translation type="unfinished">宗教信仰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作单位/职业</source>
        <translation type="unfinished">工作單位/職業</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>兵役状况</source>
        <translation type="unfinished">兵役狀況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人员类别</source>
        <translation type="unfinished">人員類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来本地日期</source>
        <translation type="unfinished">來本地日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暂住事由</source>
        <translation type="unfinished">暫住事由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>户籍地址</source>
        <translation type="unfinished">戶籍地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation type="unfinished">備註</translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_dialogs.py" line="+70"/>
        <source>如：经社区两委会议研究，列入协商议题</source>
        <translation type="unfinished">如：經社區兩委會議研究，列入協商議題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确定日期</source>
        <translation type="unfinished">確定日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation type="unfinished">說明</translation>
    </message>
</context>
<context>
    <name>AddressFields</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/address_fields.py" line="+36"/>
        <source>（请先新建网格）</source>
        <translation type="unfinished">（請先新建網格）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新建网格…</source>
        <translation type="unfinished">新建網格…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（请选择或新建楼栋）</source>
        <translation type="unfinished">（請選擇或新建樓棟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新建楼栋…</source>
        <translation type="unfinished">新建樓棟…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>如 2，院落可留空</source>
        <translation type="unfinished">如 2，院落可留空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>如 501</source>
        <translation type="unfinished">如 501</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>网格</source>
        <translation type="unfinished">網格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>楼栋（院）</source>
        <translation type="unfinished">樓棟（院）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单元</source>
        <translation type="unfinished">單元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>房号</source>
        <translation type="unfinished">房號</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>新建网格</source>
        <translation type="unfinished">新建網格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>网格名称：</source>
        <translation type="unfinished">網格名稱：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>未能新建网格</source>
        <translation type="unfinished">未能新建網格</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>新建楼栋</source>
        <translation type="unfinished">新建樓棟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>请先选择或新建网格。</source>
        <translation type="unfinished">請先選擇或新建網格。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} 新的楼栋（院）名称，如“3号楼”“幸福院”：</source>
        <translation type="unfinished">{0} 新的樓棟（院）名稱，如“3號樓”“幸福院”：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新建楼栋（院）</source>
        <translation type="unfinished">新建樓棟（院）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>未能新建楼栋</source>
        <translation type="unfinished">未能新建樓棟</translation>
    </message>
</context>
<context>
    <name>AddressTreeModel</name>
    <message>
        <location filename="../community_desk/ui/models/address_tree.py" line="+24"/>
        <source>地址</source>
        <translation type="unfinished">地址</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>全部网格</source>
        <translation type="unfinished">全部網格</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0}（{1}人）</source>
        <translation type="unfinished">{0}（{1}人）</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/tab.py" line="+61"/>
        <source> … &lt;a href=&apos;filter:{0}&apos;&gt;全部 {1} 件&lt;/a&gt;</source>
        <translation type="unfinished"> … &lt;a href=&apos;filter:{0}&apos;&gt;全部 {1} 件&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b style=&apos;color:{0}&apos;&gt;{1} {2} 件&lt;/b&gt;：</source>
        <translation type="unfinished">&lt;b style=&apos;color:{0}&apos;&gt;{1} {2} 件&lt;/b&gt;：</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/swap_dialog.py" line="+173"/>
        <source>安排人员 — {0}</source>
        <translation type="unfinished">安排人員 — {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>人员</source>
        <translation type="unfinished">人員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>岗位</source>
        <translation type="unfinished">崗位</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>没有可安排的在岗人员</source>
        <translation type="unfinished">沒有可安排的在崗人員</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/calendar/dialogs.py" line="+198"/>
        <source>签到 — {0} {1}</source>
        <translation type="unfinished">簽到 — {0} {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>姓名</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>身份</source>
        <translation type="unfinished">身份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>签到时间</source>
        <translation type="unfinished">簽到時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>服务记录</source>
        <translation type="unfinished">服務記錄</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>居民姓名</source>
        <translation type="unfinished">居民姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（选择志愿者）</source>
        <translation type="unfinished">（選擇志願者）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>居民签到</source>
        <translation type="unfinished">居民簽到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿者签到</source>
        <translation type="unfinished">志願者簽到</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>关闭</source>
        <translation type="unfinished">關閉</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>请选择志愿者</source>
        <translation type="unfinished">請選擇志願者</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../community_desk/ui/audit_dialog.py" line="+82"/>
        <source>审计日志</source>
        <translation type="unfinished">審計日誌</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location line="-46"/>
        <source>时间</source>
        <translation type="unfinished">時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作人</source>
        <translation type="unfinished">操作人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作</source>
        <translation type="unfinished">操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>摘要</source>
        <translation type="unfinished">摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改前</source>
        <translation type="unfinished">修改前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改后</source>
        <translation type="unfinished">修改後</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>新增</source>
        <translation type="unfinished">新增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改</source>
        <translation type="unfinished">修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation type="unfinished">刪除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转户</source>
        <translation type="unfinished">轉戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注销</source>
        <translation type="unfinished">註銷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>迁出</source>
        <translation type="unfinished">遷出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>死亡</source>
        <translation type="unfinished">死亡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>演示数据</source>
        <translation type="unfinished">演示資料</translation>
    </message>
</context>
<context>
    <name>BodiesPage</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_bodies.py" line="+67"/>
        <location line="+37"/>
        <source>议事机构</source>
        <translation type="unfinished">議事機構</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>类别</source>
        <translation type="unfinished">類別</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>在任成员</source>
        <translation type="unfinished">在任成員</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>议事周期</source>
        <translation type="unfinished">議事週期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>姓名</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>职务</source>
        <translation type="unfinished">職務</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>任职日期</source>
        <translation type="unfinished">任職日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>离任日期</source>
        <translation type="unfinished">離任日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>来源</source>
        <translation type="unfinished">來源</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>新建机构…</source>
        <translation type="unfinished">新建機構…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>添加成员…</source>
        <translation type="unfinished">新增成員…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>离任…</source>
        <translation type="unfinished">離任…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation type="unfinished">刪除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>全年</source>
        <translation type="unfinished">全年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}月</source>
        <translation type="unfinished">{0}月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记会议…</source>
        <translation type="unfinished">登記會議…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>成员（在任在前，离任的保留为历史）</source>
        <translation type="unfinished">成員（在任在前，離任的保留為歷史）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>会议日历</source>
        <translation type="unfinished">會議日曆</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{0}年</source>
        <translation type="unfinished">{0}年</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>居民库</source>
        <translation type="unfinished">居民庫</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>手写</source>
        <translation type="unfinished">手寫</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>已新建议事机构</source>
        <translation type="unfinished">已新建議事機構</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已添加成员</source>
        <translation type="unfinished">已新增成員</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已登记离任</source>
        <translation type="unfinished">已登記離任</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>删除成员</source>
        <translation type="unfinished">刪除成員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确定删除“{0}”的任职记录吗？删除后不留历史；成员离任请用“离任…”。</source>
        <translation type="unfinished">確定刪除“{0}”的任職記錄嗎？刪除後不留歷史；成員離任請用“離任…”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>未能删除</source>
        <translation type="unfinished">未能刪除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已登记会议</source>
        <translation type="unfinished">已登記會議</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_forms.py" line="+118"/>
        <source>新建议事机构</source>
        <translation type="unfinished">新建議事機構</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>如：示范社区居民议事会</source>
        <translation type="unfinished">如：示範社區居民議事會</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>如：每月一次</source>
        <translation type="unfinished">如：每月一次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>名称</source>
        <translation type="unfinished">名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation type="unfinished">類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>议事周期/说明</source>
        <translation type="unfinished">議事週期/說明</translation>
    </message>
</context>
<context>
    <name>BodyMemberDialog</name>
    <message>
        <location line="+20"/>
        <source>添加成员 — {0}</source>
        <translation type="unfinished">新增成員 — {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>成员</source>
        <translation type="unfinished">成員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职务</source>
        <translation type="unfinished">職務</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>任职日期</source>
        <translation type="unfinished">任職日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>离任日期</source>
        <translation type="unfinished">離任日期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>请查找并添加居民，或输入姓名后点“按输入的姓名添加”</source>
        <translation type="unfinished">請查詢並新增居民，或輸入姓名後點“按輸入的姓名新增”</translation>
    </message>
</context>
<context>
    <name>CalendarMeetingDialog</name>
    <message>
        <location line="+39"/>
        <source>登记议事会议</source>
        <translation type="unfinished">登記議事會議</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>会议日期</source>
        <translation type="unfinished">會議日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>议事机构</source>
        <translation type="unfinished">議事機構</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会议地点</source>
        <translation type="unfinished">會議地點</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主持人</source>
        <translation type="unfinished">主持人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出席人数</source>
        <translation type="unfinished">出席人數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>议题（进行中）</source>
        <translation type="unfinished">議題（進行中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation type="unfinished">備註</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../community_desk/ui/tabs/calendar/tab.py" line="+50"/>
        <source>◀ 上月</source>
        <translation type="unfinished">◀ 上月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>今天</source>
        <translation type="unfinished">今天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下月 ▶</source>
        <translation type="unfinished">下月 ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新增活动</source>
        <translation type="unfinished">新增活動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签到</source>
        <translation type="unfinished">簽到</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{0}年{1}月</source>
        <translation type="unfinished">{0}年{1}月</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>本月 {0} 场活动</source>
        <translation type="unfinished">本月 {0} 場活動</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>签到…</source>
        <translation type="unfinished">簽到…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改活动…</source>
        <translation type="unfinished">修改活動…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>改期本场…</source>
        <translation type="unfinished">改期本場…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取消本场</source>
        <translation type="unfinished">取消本場</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>恢复本场</source>
        <translation type="unfinished">恢復本場</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>活动</source>
        <translation type="unfinished">活動</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>请先选择一场活动</source>
        <translation type="unfinished">請先選擇一場活動</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/case_dialog.py" line="+90"/>
        <source>保存基本信息</source>
        <translation type="unfinished">儲存基本資訊</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>在“结果与协议”中用“移交上级调处…”改变层级</source>
        <translation type="unfinished">在“結果與協議”中用“移交上級調處…”改變層級</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存当事人</source>
        <translation type="unfinished">儲存當事人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存调解员</source>
        <translation type="unfinished">儲存調解員</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <location line="+17"/>
        <source>时间</source>
        <translation type="unfinished">時間</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+7"/>
        <source>地点</source>
        <translation type="unfinished">地點</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>调查人</source>
        <translation type="unfinished">調查人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>被调查人</source>
        <translation type="unfinished">被調查人</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+23"/>
        <source>内容</source>
        <translation type="unfinished">內容</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>添加调查记录…</source>
        <translation type="unfinished">新增調查記錄…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>参加人</source>
        <translation type="unfinished">參加人</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>调解员</source>
        <translation type="unfinished">調解員</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>当事人陈述</source>
        <translation type="unfinished">當事人陳述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解过程</source>
        <translation type="unfinished">調解過程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结果</source>
        <translation type="unfinished">結果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>添加调解记录…</source>
        <translation type="unfinished">新增調解記錄…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>回访日期</source>
        <translation type="unfinished">回訪日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>回访人</source>
        <translation type="unfinished">回訪人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>履行情况</source>
        <translation type="unfinished">履行情況</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>当事人意见</source>
        <translation type="unfinished">當事人意見</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>添加回访记录…</source>
        <translation type="unfinished">添加回訪記錄…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>日期</source>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>事项</source>
        <translation type="unfinished">事項</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>基本信息</source>
        <translation type="unfinished">基本資訊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人</source>
        <translation type="unfinished">當事人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>调查记录</source>
        <translation type="unfinished">調查記錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解记录</source>
        <translation type="unfinished">調解記錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结果与协议</source>
        <translation type="unfinished">結果與協議</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访</source>
        <translation type="unfinished">回訪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时间线</source>
        <translation type="unfinished">時間線</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>关闭</source>
        <translation type="unfinished">關閉</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印卷宗…</source>
        <translation type="unfinished">列印卷宗…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>封面、卷内目录和全部文书，保存为 Word 或 PDF</source>
        <translation type="unfinished">封面、卷內目錄和全部文書，儲存為 Word 或 PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+187"/>
        <source>生成文书</source>
        <translation type="unfinished">生成文書</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>调解案件</source>
        <translation type="unfinished">調解案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>该案件已不存在（可能已被删除）</source>
        <translation type="unfinished">該案件已不存在（可能已被刪除）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>调解案件 {0}</source>
        <translation type="unfinished">調解案件 {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，已用 {0} 天（期限 {1}）{2}</source>
        <translation type="unfinished">，已用 {0} 天（期限 {1}）{2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;&#x3000;状态：{1}{2}</source>
        <translation type="unfinished">&lt;b&gt;{0}&lt;/b&gt;&#x3000;狀態：{1}{2}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>应回访日期：{0} {1}</source>
        <translation type="unfinished">應回訪日期：{0} {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>达成协议后30天内回访。</source>
        <translation type="unfinished">達成協議後30天內回訪。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>未能保存</source>
        <translation type="unfinished">未能儲存</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>已生成：{0}</source>
        <translation type="unfinished">已生成：{0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>打印卷宗</source>
        <translation type="unfinished">列印卷宗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word 文档 (*.docx);;PDF 文件 (*.pdf)</source>
        <translation type="unfinished">Word 文件 (*.docx);;PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>正在生成卷宗…</source>
        <translation type="unfinished">正在生成卷宗…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Word 文档 (*.docx)</source>
        <translation type="unfinished">Word 文件 (*.docx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在生成文书…</source>
        <translation type="unfinished">正在生成文書…</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/case_forms.py" line="+55"/>
        <source>元，可保留两位小数</source>
        <translation type="unfinished">元，可保留兩位小數</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>防止群体性上访</source>
        <translation type="unfinished">防止群體性上訪</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>件</source>
        <translation type="unfinished">件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>人</source>
        <translation type="unfinished">人</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>受理日期</source>
        <translation type="unfinished">受理日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件来源</source>
        <translation type="unfinished">案件來源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>纠纷类型</source>
        <translation type="unfinished">糾紛型別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>细类</source>
        <translation type="unfinished">細類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>纠纷简要情况</source>
        <translation type="unfinished">糾紛簡要情況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉及金额（元）</source>
        <translation type="unfinished">涉及金額（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>防止民间纠纷激化</source>
        <translation type="unfinished">防止民間糾紛激化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调处层级</source>
        <translation type="unfinished">調處層級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联席会议</source>
        <translation type="unfinished">聯席會議</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保管期限</source>
        <translation type="unfinished">保管期限</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/lists.py" line="+44"/>
        <source>搜索卷号、当事人、简要情况</source>
        <translation type="unfinished">搜尋卷號、當事人、簡要情況</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>全部状态</source>
        <translation type="unfinished">全部狀態</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>受理新案件…</source>
        <translation type="unfinished">受理新案件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开案件…</source>
        <translation type="unfinished">開啟案件…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>状态</source>
        <translation type="unfinished">狀態</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>调解案件：列表中 {0} 件</source>
        <translation type="unfinished">調解案件：列表中 {0} 件</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/models.py" line="+146"/>
        <source>卷号</source>
        <translation type="unfinished">卷號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理日期</source>
        <translation type="unfinished">受理日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型</source>
        <translation type="unfinished">型別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人</source>
        <translation type="unfinished">當事人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解员</source>
        <translation type="unfinished">調解員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation type="unfinished">狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已用天数</source>
        <translation type="unfinished">已用天數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结果</source>
        <translation type="unfinished">結果</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>（延期）</source>
        <translation type="unfinished">（延期）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>期限：{0} {1}</source>
        <translation type="unfinished">期限：{0} {1}</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/volunteers/dialogs.py" line="+184"/>
        <source>志愿服务记录证明 — {0}</source>
        <translation type="unfinished">志願服務記錄證明 — {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>浏览…</source>
        <translation type="unfinished">瀏覽…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>服务起始日期（空=全部）</source>
        <translation type="unfinished">服務起始日期（空=全部）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务截止日期（空=全部）</source>
        <translation type="unfinished">服務截止日期（空=全部）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>负责人</source>
        <translation type="unfinished">負責人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>经办人</source>
        <translation type="unfinished">經辦人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存为（.docx 或 .pdf）</source>
        <translation type="unfinished">儲存為（.docx 或 .pdf）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>同一志愿者同一时间段再次出具时沿用原证明编号（补打）。</source>
        <translation type="unfinished">同一志願者同一時間段再次出具時沿用原證明編號（補打）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出具</source>
        <translation type="unfinished">出具</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>保存证明</source>
        <translation type="unfinished">儲存證明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word 文档 (*.docx);;PDF (*.pdf)</source>
        <translation type="unfinished">Word 文件 (*.docx);;PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DeliberationPanel</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_panel.py" line="+80"/>
        <source>全部步骤</source>
        <translation type="unfinished">全部步驟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>全部类别</source>
        <translation type="unfinished">全部類別</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>按议题名称或编号查找</source>
        <translation type="unfinished">按議題名稱或編號查詢</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新建议题…</source>
        <translation type="unfinished">新建議題…</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+133"/>
        <source>下一步…</source>
        <translation type="unfinished">下一步…</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>记录落实进展…</source>
        <translation type="unfinished">記錄落實進展…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改议题…</source>
        <translation type="unfinished">修改議題…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印/导出…</source>
        <translation type="unfinished">列印/匯出…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印协商议事记录…</source>
        <translation type="unfinished">列印協商議事記錄…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印决议公示…</source>
        <translation type="unfinished">列印決議公示…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出群议厅台账…</source>
        <translation type="unfinished">匯出群議廳臺賬…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>步骤</source>
        <translation type="unfinished">步驟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>类别</source>
        <translation type="unfinished">類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年份</source>
        <translation type="unfinished">年份</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>议题</source>
        <translation type="unfinished">議題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>议事机构与会议</source>
        <translation type="unfinished">議事機構與會議</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>全部年份</source>
        <translation type="unfinished">全部年份</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}年</source>
        <translation type="unfinished">{0}年</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>群议厅：{0} 个议题</source>
        <translation type="unfinished">群議廳：{0} 個議題</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>请选择议题</source>
        <translation type="unfinished">請選擇議題</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已办结</source>
        <translation type="unfinished">已辦結</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已结束</source>
        <translation type="unfinished">已結束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>下一步：{0}…</source>
        <translation type="unfinished">下一步：{0}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>下一步（表决未通过）</source>
        <translation type="unfinished">下一步（表決未通過）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新协商…</source>
        <translation type="unfinished">重新協商…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结束为未通过…</source>
        <translation type="unfinished">結束為未通過…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>（未填）</source>
        <translation type="unfinished">（未填）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类别：{0}</source>
        <translation type="unfinished">類別：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来源：{0}</source>
        <translation type="unfinished">來源：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提议人：{0}</source>
        <translation type="unfinished">提議人：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>通过比例：{0}</source>
        <translation type="unfinished">通過比例：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态：{0}</source>
        <translation type="unfinished">狀態：{0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>待办：{0}</source>
        <translation type="unfinished">待辦：{0}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>议题{0}：已记录“{1}”</source>
        <translation type="unfinished">議題{0}：已記錄“{1}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已新建议题</source>
        <translation type="unfinished">已新建議題</translation>
    </message>
</context>
<context>
    <name>DutyLogDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/log_dialog.py" line="+73"/>
        <location line="+112"/>
        <source>该班次已不存在，请刷新值班表</source>
        <translation type="unfinished">該班次已不存在，請重新整理值班表</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>值班记录 — {0}月{1}日 {2}</source>
        <translation type="unfinished">值班記錄 — {0}月{1}日 {2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>班次</source>
        <translation type="unfinished">班次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>来电来访人</source>
        <translation type="unfinished">來電來訪人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉及人员</source>
        <translation type="unfinished">涉及人員</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>巡查情况</source>
        <translation type="unfinished">巡查情況</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>备注</source>
        <translation type="unfinished">備註</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>交班人</source>
        <translation type="unfinished">交班人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>接班人</source>
        <translation type="unfinished">接班人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>保存</source>
        <translation type="unfinished">儲存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出 Word…</source>
        <translation type="unfinished">匯出 Word…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭</source>
        <translation type="unfinished">關閉</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>门前三包</source>
        <translation type="unfinished">門前三包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>四防（防火 防盗 防破坏 防治安灾害事故）</source>
        <translation type="unfinished">四防（防火 防盜 防破壞 防治安災害事故）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>状态</source>
        <translation type="unfinished">狀態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>提出班次</source>
        <translation type="unfinished">提出班次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>事项</source>
        <translation type="unfinished">事項</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办结情况</source>
        <translation type="unfinished">辦結情況</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>新增事项…</source>
        <translation type="unfinished">新增事項…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结…</source>
        <translation type="unfinished">辦結…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>未办结的事项会一直转到以后的班次，直到某一班办结。</source>
        <translation type="unfinished">未辦結的事項會一直轉到以後的班次，直到某一班辦結。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>（调班）</source>
        <translation type="unfinished">（調班）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未排</source>
        <translation type="unfinished">未排</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>日期：{0} {1}&#x3000;&#x3000;班次：{2} {3}
带班领导：{4}
值班人员：{5}</source>
        <translation type="unfinished">日期：{0} {1}&#x3000;&#x3000;班次：{2} {3}
帶班領導：{4}
值班人員：{5}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>来电来访（{0}）</source>
        <translation type="unfinished">來電來訪（{0}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>突发事件（{0}）</source>
        <translation type="unfinished">突發事件（{0}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>上班遗留</source>
        <translation type="unfinished">上班遺留</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>未办结</source>
        <translation type="unfinished">未辦結</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>已办结 {0}</source>
        <translation type="unfinished">已辦結 {0}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>本班新增</source>
        <translation type="unfinished">本班新增</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>本班办结</source>
        <translation type="unfinished">本班辦結</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>交接班事项（{0} 项未办结）</source>
        <translation type="unfinished">交接班事項（{0} 項未辦結）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>已保存{0}记录</source>
        <translation type="unfinished">已儲存{0}記錄</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>删除这条{0}记录吗？
{1} {2} {3}</source>
        <translation type="unfinished">刪除這條{0}記錄嗎？
{1} {2} {3}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请确认</source>
        <translation type="unfinished">請確認</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已删除{0}记录</source>
        <translation type="unfinished">已刪除{0}記錄</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已新增交接事项，以后的班次会看到它直到办结</source>
        <translation type="unfinished">已新增交接事項，以後的班次會看到它直到辦結</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>请先选中一项未办结的交接事项</source>
        <translation type="unfinished">請先選中一項未辦結的交接事項</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>交接事项已在本班办结</source>
        <translation type="unfinished">交接事項已在本班辦結</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>已保存 {0:%H:%M}</source>
        <translation type="unfinished">已儲存 {0:%H:%M}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>尚未保存</source>
        <translation type="unfinished">尚未儲存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>值班记录有未保存的修改，保存吗？</source>
        <translation type="unfinished">值班記錄有未儲存的修改，儲存嗎？</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>导出值班记录</source>
        <translation type="unfinished">匯出值班記錄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word 文档 (*.docx)</source>
        <translation type="unfinished">Word 文件 (*.docx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>正在导出…</source>
        <translation type="unfinished">正在匯出…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已导出到 {0}</source>
        <translation type="unfinished">已匯出到 {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>未导出：{0}</source>
        <translation type="unfinished">未匯出：{0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>正在导出值班记录…</source>
        <translation type="unfinished">正在匯出值班記錄…</translation>
    </message>
</context>
<context>
    <name>EditHouseholdDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/dialogs.py" line="+143"/>
        <source>修改户信息</source>
        <translation type="unfinished">修改戶資訊</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>留空保持原户号</source>
        <translation type="unfinished">留空保持原戶號</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>住址改动时，记入“地址变更”的日期</source>
        <translation type="unfinished">住址改動時，記入“地址變更”的日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>户号</source>
        <translation type="unfinished">戶號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>居住性质</source>
        <translation type="unfinished">居住性質</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>变更日期</source>
        <translation type="unfinished">變更日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation type="unfinished">備註</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>住址</source>
        <translation type="unfinished">住址</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>该户已不存在（可能已被他人删除）</source>
        <translation type="unfinished">該戶已不存在（可能已被他人刪除）</translation>
    </message>
</context>
<context>
    <name>EndMemberDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_forms.py" line="-47"/>
        <source>成员离任</source>
        <translation type="unfinished">成員離任</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>成员</source>
        <translation type="unfinished">成員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>离任日期</source>
        <translation type="unfinished">離任日期</translation>
    </message>
</context>
<context>
    <name>EndTagDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/tag_dialog.py" line="+107"/>
        <source>结束特殊人群标记</source>
        <translation type="unfinished">結束特殊人群標記</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>标记</source>
        <translation type="unfinished">標記</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0}（{1}起）</source>
        <translation type="unfinished">{0}（{1}起）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结束日期</source>
        <translation type="unfinished">結束日期</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/log_entries.py" line="+62"/>
        <source>修改记录</source>
        <translation type="unfinished">修改記錄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新增记录</source>
        <translation type="unfinished">新增記錄</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>类别</source>
        <translation type="unfinished">類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时间</source>
        <translation type="unfinished">時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>电话</source>
        <translation type="unfinished">電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事由</source>
        <translation type="unfinished">事由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处理情况</source>
        <translation type="unfinished">處理情況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人次</source>
        <translation type="unfinished">人次</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>涉及人员</source>
        <translation type="unfinished">涉及人員</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>来电来访人</source>
        <translation type="unfinished">來電來訪人</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/event_dialog.py" line="+36"/>
        <source>迁出登记</source>
        <translation type="unfinished">遷出登記</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>死亡登记</source>
        <translation type="unfinished">死亡登記</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>户内变更（与户主关系）</source>
        <translation type="unfinished">戶內變更（與戶主關係）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转户（移到本社区其他户）</source>
        <translation type="unfinished">轉戶（移到本社區其他戶）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>迁出日期</source>
        <translation type="unfinished">遷出日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如：迁往XX市XX区</source>
        <translation type="unfinished">如：遷往XX市XX區</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>迁往何处</source>
        <translation type="unfinished">遷往何處</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>死亡日期</source>
        <translation type="unfinished">死亡日期</translation>
    </message>
    <message>
        <location filename="../community_desk/ui/tabs/calendar/dialogs.py" line="-193"/>
        <source>修改活动</source>
        <translation type="unfinished">修改活動</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新增活动</source>
        <translation type="unfinished">新增活動</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>不限</source>
        <translation type="unfinished">不限</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>名称</source>
        <translation type="unfinished">名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation type="unfinished">類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地点</source>
        <translation type="unfinished">地點</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期</source>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时间</source>
        <translation type="unfinished">時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每周重复</source>
        <translation type="unfinished">每週重複</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重复至</source>
        <translation type="unfinished">重複至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>组织者</source>
        <translation type="unfinished">組織者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>对象</source>
        <translation type="unfinished">物件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名额</source>
        <translation type="unfinished">名額</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../community_desk/ui/tabs/residents/event_dialog.py" line="+1"/>
        <source>备注</source>
        <translation type="unfinished">備註</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新闻稿</source>
        <translation type="unfinished">新聞稿</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>该活动已不存在（可能已被删除）</source>
        <translation type="unfinished">該活動已不存在（可能已被刪除）</translation>
    </message>
    <message>
        <location filename="../community_desk/ui/tabs/residents/event_dialog.py" line="+3"/>
        <source>新的与户主关系</source>
        <translation type="unfinished">新的與戶主關係</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>变更日期</source>
        <translation type="unfinished">變更日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>输入户号、住址或户主姓名查找</source>
        <translation type="unfinished">輸入戶號、住址或戶主姓名查詢</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>转入户</source>
        <translation type="unfinished">轉入戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在新户中与户主关系</source>
        <translation type="unfinished">在新戶中與戶主關係</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转户日期</source>
        <translation type="unfinished">轉戶日期</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>该居民已不存在（可能已被他人删除）</source>
        <translation type="unfinished">該居民已不存在（可能已被他人刪除）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} 目前不在任何户中（已迁出或已故）</source>
        <translation type="unfinished">{0} 目前不在任何戶中（已遷出或已故）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}&#x3000;现户：{1} {2}（{3}）</source>
        <translation type="unfinished">{0}&#x3000;現戶：{1} {2}（{3}）</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>请先查找并选中要转入的户</source>
        <translation type="unfinished">請先查詢並選中要轉入的戶</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/export_dialog.py" line="+48"/>
        <source>导出居民名册（Excel）</source>
        <translation type="unfinished">匯出居民名冊（Excel）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>全部网格</source>
        <translation type="unfinished">全部網格</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>截至日期</source>
        <translation type="unfinished">截至日期</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>导出完整的证件号码和电话（仅限上报需要，将记入导出日志）</source>
        <translation type="unfinished">匯出完整的證件號碼和電話（僅限上報需要，將記入匯出日誌）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>名册</source>
        <translation type="unfinished">名冊</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网格</source>
        <translation type="unfinished">網格</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>时间</source>
        <translation type="unfinished">時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出…</source>
        <translation type="unfinished">匯出…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>预览（前{0}行，与文件中一致）</source>
        <translation type="unfinished">預覽（前{0}行，與檔案中一致）</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>共 {0} 行</source>
        <translation type="unfinished">共 {0} 行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>保存名册</source>
        <translation type="unfinished">儲存名冊</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished">Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>已隐藏证件号和电话中间几位</source>
        <translation type="unfinished">已隱藏證件號和電話中間幾位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>含完整证件号和电话，已记入导出日志</source>
        <translation type="unfinished">含完整證件號和電話，已記入匯出日誌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已导出 {0} 行到 {1}（{2}）</source>
        <translation type="unfinished">已匯出 {0} 行到 {1}（{2}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>未导出：{0}</source>
        <translation type="unfinished">未匯出：{0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>正在导出名册…</source>
        <translation type="unfinished">正在匯出名冊…</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_dialogs.py" line="+240"/>
        <source>如：在公示栏和居民微信群公布落实结果，网格员入户回访</source>
        <translation type="unfinished">如：在公示欄和居民微信群公佈落實結果，網格員入戶回訪</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>反馈日期</source>
        <translation type="unfinished">反饋日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>反馈情况</source>
        <translation type="unfinished">反饋情況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>满意</source>
        <translation type="unfinished">滿意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>基本满意</source>
        <translation type="unfinished">基本滿意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不满意</source>
        <translation type="unfinished">不滿意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>满意率</source>
        <translation type="unfinished">滿意率</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>（未统计）</source>
        <translation type="unfinished">（未統計）</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/filters.py" line="+25"/>
        <source>搜索：姓名、拼音首字母、证件号、电话、地址（Ctrl+F）</source>
        <translation type="unfinished">搜尋：姓名、拼音首字母、證件號、電話、地址（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>全部人群</source>
        <translation type="unfinished">全部人群</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>高龄 {0}岁以上</source>
        <translation type="unfinished">高齡 {0}歲以上</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>全部类别</source>
        <translation type="unfinished">全部類別</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>截至</source>
        <translation type="unfinished">截至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查看过去某一天的居民登记情况</source>
        <translation type="unfinished">檢視過去某一天的居民登記情況</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>网格</source>
        <translation type="unfinished">網格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>人群</source>
        <translation type="unfinished">人群</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类别</source>
        <translation type="unfinished">類別</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>全部网格</source>
        <translation type="unfinished">全部網格</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/form_dialog.py" line="+63"/>
        <source>保存</source>
        <translation type="unfinished">儲存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取消</source>
        <translation type="unfinished">取消</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/log_entries.py" line="+36"/>
        <source>办结交接事项</source>
        <translation type="unfinished">辦結交接事項</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新增交接事项</source>
        <translation type="unfinished">新增交接事項</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}（{1} 提出）</source>
        <translation type="unfinished">{0}（{1} 提出）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>事项</source>
        <translation type="unfinished">事項</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>办结情况</source>
        <translation type="unfinished">辦結情況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结</source>
        <translation type="unfinished">辦結</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/swap_dialog.py" line="+36"/>
        <source>值班历史 — {0}</source>
        <translation type="unfinished">值班歷史 — {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>姓名</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>岗位</source>
        <translation type="unfinished">崗位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>来源</source>
        <translation type="unfinished">來源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>当前</source>
        <translation type="unfinished">當前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>时间</source>
        <translation type="unfinished">時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>调班说明</source>
        <translation type="unfinished">調班說明</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>是</source>
        <translation type="unfinished">是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已撤下</source>
        <translation type="unfinished">已撤下</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>关闭</source>
        <translation type="unfinished">關閉</translation>
    </message>
</context>
<context>
    <name>HolidaySection</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/settings.py" line="+232"/>
        <source>日期</source>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>日别</source>
        <translation type="unfinished">日別</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>名称</source>
        <translation type="unfinished">名稱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>来源</source>
        <translation type="unfinished">來源</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> 年</source>
        <translation type="unfinished"> 年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新增…</source>
        <translation type="unfinished">新增…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按日期段录入…</source>
        <translation type="unfinished">按日期段錄入…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改…</source>
        <translation type="unfinished">修改…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation type="unfinished">刪除</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>来源：库 = chinese-calendar 收录的放假安排；手工 = 在此录入（优先于库），删除只撤销手工录入</source>
        <translation type="unfinished">來源：庫 = chinese-calendar 收錄的放假安排；手工 = 在此錄入（優先於庫），刪除只撤銷手工錄入</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>chinese-calendar 尚无 {0} 年的放假安排，请按国务院办公厅通知逐日录入</source>
        <translation type="unfinished">chinese-calendar 尚無 {0} 年的放假安排，請按國務院辦公廳通知逐日錄入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（已手工录入 {0} 天，请核对是否齐全）</source>
        <translation type="unfinished">（已手工錄入 {0} 天，請核對是否齊全）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>库</source>
        <translation type="unfinished">庫</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>手工</source>
        <translation type="unfinished">手工</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>周末推算</source>
        <translation type="unfinished">週末推算</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+18"/>
        <source>已设置 {0} 为{1}</source>
        <translation type="unfinished">已設定 {0} 為{1}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>已录入 {0} 至 {1} 共 {2} 天</source>
        <translation type="unfinished">已錄入 {0} 至 {1} 共 {2} 天</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} 来自 chinese-calendar，不能删除；如需更正请「修改…」</source>
        <translation type="unfinished">{0} 來自 chinese-calendar，不能刪除；如需更正請「修改…」</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>撤销 {0} 的手工设置（{1} {2}）吗？</source>
        <translation type="unfinished">撤銷 {0} 的手工設定（{1} {2}）嗎？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已撤销 {0} 的手工设置</source>
        <translation type="unfinished">已撤銷 {0} 的手工設定</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/dialogs.py" line="-109"/>
        <source>请选择楼栋（院）；没有的话点“新建楼栋…”</source>
        <translation type="unfinished">請選擇樓棟（院）；沒有的話點“新建樓棟…”</translation>
    </message>
</context>
<context>
    <name>HouseholdPanel</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/household_panel.py" line="+27"/>
        <location line="+40"/>
        <source>未选择户</source>
        <translation type="unfinished">未選擇戶</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>姓名</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>与户主关系</source>
        <translation type="unfinished">與戶主關係</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>性别</source>
        <translation type="unfinished">性別</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>出生日期</source>
        <translation type="unfinished">出生日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>入户日期</source>
        <translation type="unfinished">入戶日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>日期</source>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>事项</source>
        <translation type="unfinished">事項</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>居民</source>
        <translation type="unfinished">居民</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation type="unfinished">說明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>户内成员</source>
        <translation type="unfinished">戶內成員</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>变动记录</source>
        <translation type="unfinished">變動記錄</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>户号 {0}&#x3000;{1}</source>
        <translation type="unfinished">戶號 {0}&#x3000;{1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&#x3000;已注销于 {0}</source>
        <translation type="unfinished">&#x3000;已註銷於 {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网格：{0}&#x3000;建户：{1}&#x3000;居住性质：{2}{3}</source>
        <translation type="unfinished">網格：{0}&#x3000;建戶：{1}&#x3000;居住性質：{2}{3}</translation>
    </message>
</context>
<context>
    <name>ImplementationDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_dialogs.py" line="-69"/>
        <source>如：物业公司、社区居委会</source>
        <translation type="unfinished">如：物業公司、社區居委會</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>落实措施</source>
        <translation type="unfinished">落實措施</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>开始落实</source>
        <translation type="unfinished">開始落實</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>责任方</source>
        <translation type="unfinished">責任方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成期限</source>
        <translation type="unfinished">完成期限</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>公示期至{0}，期满后（{1}起）方可组织落实</source>
        <translation type="unfinished">公示期至{0}，期滿後（{1}起）方可組織落實</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/import_dialog.py" line="+50"/>
        <source>导入居民台账 — {0}</source>
        <translation type="unfinished">匯入居民臺賬 — {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>工作表“{0}”，表头在第{1}行，共{2}行数据。请核对每一列对应的字段，不需要的列选“（不导入）”。</source>
        <translation type="unfinished">工作表“{0}”，表頭在第{1}行，共{2}行資料。請核對每一列對應的欄位，不需要的列選“（不匯入）”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>表中的列</source>
        <translation type="unfinished">表中的列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>示例</source>
        <translation type="unfinished">示例</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>导入为</source>
        <translation type="unfinished">匯入為</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>（不导入）</source>
        <translation type="unfinished">（不匯入）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>（空白表头）</source>
        <translation type="unfinished">（空白表頭）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>跳过（保持库中原样）</source>
        <translation type="unfinished">跳過（保持庫中原樣）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用表中有变化的字段更新（记入审计日志）</source>
        <translation type="unfinished">用表中有變化的欄位更新（記入審計日誌）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>只检查，不写入数据库</source>
        <translation type="unfinished">只檢查，不寫入資料庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选项</source>
        <translation type="unfinished">選項</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>身份证号已在库中的居民：</source>
        <translation type="unfinished">身份證號已在庫中的居民：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>表中没有迁入日期时，按此日期登记迁入：</source>
        <translation type="unfinished">表中沒有遷入日期時，按此日期登記遷入：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>行号</source>
        <translation type="unfinished">行號</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>原因</source>
        <translation type="unfinished">原因</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>开始导入</source>
        <translation type="unfinished">開始匯入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存错误清单…</source>
        <translation type="unfinished">儲存錯誤清單…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>请为“{0}”指定对应的列</source>
        <translation type="unfinished">請為“{0}”指定對應的列</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>正在导入居民台账…</source>
        <translation type="unfinished">正在匯入居民臺賬…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>（只检查，未写入）</source>
        <translation type="unfinished">（只檢查，未寫入）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>未导入，数据库没有改动。</source>
        <translation type="unfinished">未匯入，資料庫沒有改動。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>保存错误清单</source>
        <translation type="unfinished">儲存錯誤清單</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished">Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&#x3000;错误清单已保存：{0}</source>
        <translation type="unfinished">&#x3000;錯誤清單已儲存：{0}</translation>
    </message>
</context>
<context>
    <name>LeaveSection</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/settings.py" line="-174"/>
        <location line="+3"/>
        <source>人员</source>
        <translation type="unfinished">人員</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>开始</source>
        <translation type="unfinished">開始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结束</source>
        <translation type="unfinished">結束</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>原因</source>
        <translation type="unfinished">原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>备注</source>
        <translation type="unfinished">備註</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>登记…</source>
        <translation type="unfinished">登記…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation type="unfinished">刪除</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>全部人员</source>
        <translation type="unfinished">全部人員</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>已登记 {0} {1}</source>
        <translation type="unfinished">已登記 {0} {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} {1} {2} 至 {3}</source>
        <translation type="unfinished">{0} {1} {2} 至 {3}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除这条登记吗？
{0}</source>
        <translation type="unfinished">刪除這條登記嗎？
{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已删除 {0}</source>
        <translation type="unfinished">已刪除 {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../community_desk/ui/main_window.py" line="+57"/>
        <source>居民</source>
        <translation type="unfinished">居民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>值班</source>
        <translation type="unfinished">值班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解</source>
        <translation type="unfinished">調解</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿</source>
        <translation type="unfinished">志願</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>活动</source>
        <translation type="unfinished">活動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报表</source>
        <translation type="unfinished">報表</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>文件(&amp;F)</source>
        <translation type="unfinished">檔案(&amp;F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>立即备份数据库</source>
        <translation type="unfinished">立即備份資料庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开备份文件夹</source>
        <translation type="unfinished">開啟備份資料夾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从备份恢复…</source>
        <translation type="unfinished">從備份恢復…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退出</source>
        <translation type="unfinished">退出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>编辑(&amp;E)</source>
        <translation type="unfinished">編輯(&amp;E)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>视图(&amp;V)</source>
        <translation type="unfinished">檢視(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>刷新</source>
        <translation type="unfinished">重新整理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>工具(&amp;T)</source>
        <translation type="unfinished">工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审计日志…</source>
        <translation type="unfinished">審計日誌…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号校验…</source>
        <translation type="unfinished">身份證號校驗…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished">幫助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+111"/>
        <source>关于社区工作台</source>
        <translation type="unfinished">關於社區工作臺</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>已备份并通过完整性检查：{0}</source>
        <translation type="unfinished">已備份並通過完整性檢查：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在备份数据库…</source>
        <translation type="unfinished">正在備份資料庫…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>今日自动备份已完成：{0}</source>
        <translation type="unfinished">今日自動備份已完成：{0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>选择备份文件</source>
        <translation type="unfinished">選擇備份檔案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>数据库备份 (*.sqlite3 *.db)</source>
        <translation type="unfinished">資料庫備份 (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>从备份恢复</source>
        <translation type="unfinished">從備份恢復</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用备份“{0}”替换当前数据？
当前数据会先自动备份。</source>
        <translation type="unfinished">用備份“{0}”替換當前資料？
當前資料會先自動備份。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>已恢复；原数据已备份为 {0}</source>
        <translation type="unfinished">已恢復；原資料已備份為 {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>身份证号校验</source>
        <translation type="unfinished">身份證號校驗</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>公民身份号码：</source>
        <translation type="unfinished">公民身份號碼：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>号码无效</source>
        <translation type="unfinished">號碼無效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>号码：{0}</source>
        <translation type="unfinished">號碼：{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（由15位旧号码升级）</source>
        <translation type="unfinished">（由15位舊號碼升級）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>出生日期：{0}</source>
        <translation type="unfinished">出生日期：{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>性别：{0}</source>
        <translation type="unfinished">性別：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>号码有效</source>
        <translation type="unfinished">號碼有效</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;社区工作台 {0}&lt;/h3&gt;&lt;p&gt;离线的社区居委会办公软件：居民、值班、调解、志愿、活动。&lt;/p&gt;&lt;p&gt;数据文件：{1}&lt;br&gt;备份文件夹：{2}&lt;/p&gt;&lt;p&gt;数据只保存在本机，不连接互联网。&lt;/p&gt;</source>
        <translation type="unfinished">&lt;h3&gt;社區工作臺 {0}&lt;/h3&gt;&lt;p&gt;離線的社區居委會辦公軟體：居民、值班、調解、志願、活動。&lt;/p&gt;&lt;p&gt;資料檔案：{1}&lt;br&gt;備份資料夾：{2}&lt;/p&gt;&lt;p&gt;資料只儲存在本機，不連線網際網路。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MediationTab</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/tab.py" line="+29"/>
        <source>恳谈登记</source>
        <translation type="unfinished">懇談登記</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解案件</source>
        <translation type="unfinished">調解案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解员</source>
        <translation type="unfinished">調解員</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>群议厅</source>
        <translation type="unfinished">群議廳</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>新建（恳谈登记/案件/调解员）</source>
        <translation type="unfinished">新建（懇談登記/案件/調解員）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>恳谈/来访登记…</source>
        <translation type="unfinished">懇談/來訪登記…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>受理调解案件…</source>
        <translation type="unfinished">受理調解案件…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新增调解员…</source>
        <translation type="unfinished">新增調解員…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>刷新调解</source>
        <translation type="unfinished">重新整理調解</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出调解统计（Excel）…</source>
        <translation type="unfinished">匯出調解統計（Excel）…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>已受理案件</source>
        <translation type="unfinished">已受理案件</translation>
    </message>
</context>
<context>
    <name>MediatorDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/lists.py" line="+17"/>
        <source>修改调解员</source>
        <translation type="unfinished">修改調解員</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新增调解员</source>
        <translation type="unfinished">新增調解員</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>在任</source>
        <translation type="unfinished">在任</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>姓名</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation type="unfinished">類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话</source>
        <translation type="unfinished">電話</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>备注</source>
        <translation type="unfinished">備註</translation>
    </message>
</context>
<context>
    <name>MediatorPanel</name>
    <message>
        <location line="+41"/>
        <source>姓名</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation type="unfinished">類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话</source>
        <translation type="unfinished">電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation type="unfinished">狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>居民档案</source>
        <translation type="unfinished">居民檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>经办案件</source>
        <translation type="unfinished">經辦案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在办案件</source>
        <translation type="unfinished">在辦案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation type="unfinished">備註</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>新增调解员…</source>
        <translation type="unfinished">新增調解員…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改…</source>
        <translation type="unfinished">修改…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>在任</source>
        <translation type="unfinished">在任</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已离任</source>
        <translation type="unfinished">已離任</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已关联</source>
        <translation type="unfinished">已關聯</translation>
    </message>
</context>
<context>
    <name>MeetingCalendarModel</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_models.py" line="+139"/>
        <source>日期</source>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>议事机构</source>
        <translation type="unfinished">議事機構</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>地点</source>
        <translation type="unfinished">地點</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>主持人</source>
        <translation type="unfinished">主持人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>出席</source>
        <translation type="unfinished">出席</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>议题</source>
        <translation type="unfinished">議題</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}年{1}月（{2}次）</source>
        <translation type="unfinished">{0}年{1}月（{2}次）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>专题协商</source>
        <translation type="unfinished">專題協商</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_dialogs.py" line="-187"/>
        <source>（专题协商，不属于议事机构例会）</source>
        <translation type="unfinished">（專題協商，不屬於議事機構例會）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> 人</source>
        <translation type="unfinished"> 人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会议过程、达成的共识</source>
        <translation type="unfinished">會議過程、達成的共識</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>会议日期</source>
        <translation type="unfinished">會議日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会议地点</source>
        <translation type="unfinished">會議地點</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>议事机构</source>
        <translation type="unfinished">議事機構</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主持人</source>
        <translation type="unfinished">主持人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出席人数</source>
        <translation type="unfinished">出席人數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会议情况</source>
        <translation type="unfinished">會議情況</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>参加人</source>
        <translation type="unfinished">參加人</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{0}意见</source>
        <translation type="unfinished">{0}意見</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>各方意见</source>
        <translation type="unfinished">各方意見</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>会议</source>
        <translation type="unfinished">會議</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/member_dialog.py" line="+90"/>
        <source>添加成员</source>
        <translation type="unfinished">新增成員</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>迁入</source>
        <translation type="unfinished">遷入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出生</source>
        <translation type="unfinished">出生</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+36"/>
        <source>与户主关系</source>
        <translation type="unfinished">與戶主關係</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>登记方式</source>
        <translation type="unfinished">登記方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>日期</source>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>入户登记</source>
        <translation type="unfinished">入戶登記</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+42"/>
        <source>基本信息</source>
        <translation type="unfinished">基本資訊</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>该户已不存在（可能已被他人删除）</source>
        <translation type="unfinished">該戶已不存在（可能已被他人刪除）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>户 {0}&#x3000;{1}</source>
        <translation type="unfinished">戶 {0}&#x3000;{1}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>居民信息</source>
        <translation type="unfinished">居民資訊</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>户号</source>
        <translation type="unfinished">戶號</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>住址</source>
        <translation type="unfinished">住址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>入户日期</source>
        <translation type="unfinished">入戶日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>离户日期</source>
        <translation type="unfinished">離戶日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>事项</source>
        <translation type="unfinished">事項</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation type="unfinished">說明</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记人</source>
        <translation type="unfinished">登記人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>入户经历</source>
        <translation type="unfinished">入戶經歷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>变动记录</source>
        <translation type="unfinished">變動記錄</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>特殊人群</source>
        <translation type="unfinished">特殊人群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>历史</source>
        <translation type="unfinished">歷史</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>该居民已不存在（可能已被他人删除）</source>
        <translation type="unfinished">該居民已不存在（可能已被他人刪除）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>（无）</source>
        <translation type="unfinished">（無）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>与户主关系：{0}&#x3000;（关系变更请通过“户内变更”办理，以保留历史）</source>
        <translation type="unfinished">與戶主關係：{0}&#x3000;（關係變更請通過“戶內變更”辦理，以保留歷史）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}&#x3000;已故（{1}）</source>
        <translation type="unfinished">{0}&#x3000;已故（{1}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}&#x3000;目前不在任何户中（已迁出）</source>
        <translation type="unfinished">{0}&#x3000;目前不在任何戶中（已遷出）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}&#x3000;户 {1}&#x3000;{2}</source>
        <translation type="unfinished">{0}&#x3000;戶 {1}&#x3000;{2}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>已保存，请核对</source>
        <translation type="unfinished">已儲存，請核對</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已保存。以下情况请核对证件：
{0}</source>
        <translation type="unfinished">已儲存。以下情況請核對證件：
{0}</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/member_form.py" line="+133"/>
        <source>出生日期 {0}</source>
        <translation type="unfinished">出生日期 {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>号码格式正确</source>
        <translation type="unfinished">號碼格式正確</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>（识别为{0}）</source>
        <translation type="unfinished">（識別為{0}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>15位旧号码，保存时将升级为18位：{0}</source>
        <translation type="unfinished">15位舊號碼，儲存時將升級為18位：{0}</translation>
    </message>
</context>
<context>
    <name>MoveOccurrenceDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/calendar/move_dialog.py" line="+26"/>
        <source>改期本场 — {0}</source>
        <translation type="unfinished">改期本場 — {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>原定</source>
        <translation type="unfinished">原定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期</source>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时间</source>
        <translation type="unfinished">時間</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/case_dialog.py" line="-289"/>
        <source>受理人民调解案件</source>
        <translation type="unfinished">受理人民調解案件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>基本信息</source>
        <translation type="unfinished">基本資訊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人</source>
        <translation type="unfinished">當事人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解员</source>
        <translation type="unfinished">調解員</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>卷号（保存时自动编号）：{0}</source>
        <translation type="unfinished">卷號（儲存時自動編號）：{0}</translation>
    </message>
</context>
<context>
    <name>NewHouseholdDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/dialogs.py" line="+49"/>
        <source>新建户</source>
        <translation type="unfinished">新建戶</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>留空自动编号</source>
        <translation type="unfinished">留空自動編號</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>户号</source>
        <translation type="unfinished">戶號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>居住性质</source>
        <translation type="unfinished">居住性質</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>迁入日期</source>
        <translation type="unfinished">遷入日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation type="unfinished">備註</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>户主信息</source>
        <translation type="unfinished">戶主資訊</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>住址</source>
        <translation type="unfinished">住址</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../community_desk/ui/widgets/date_edit.py" line="+73"/>
        <source>清除</source>
        <translation type="unfinished">清除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清空此日期</source>
        <translation type="unfinished">清空此日期</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/outcome_page.py" line="+71"/>
        <source>状态</source>
        <translation type="unfinished">狀態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解结果</source>
        <translation type="unfinished">調解結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+81"/>
        <source>协议日期</source>
        <translation type="unfinished">協議日期</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+81"/>
        <source>达成协议的内容</source>
        <translation type="unfinished">達成協議的內容</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+81"/>
        <source>履行方式</source>
        <translation type="unfinished">履行方式</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+81"/>
        <source>履行期限</source>
        <translation type="unfinished">履行期限</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>告知途径</source>
        <translation type="unfinished">告知途徑</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>终止原因</source>
        <translation type="unfinished">終止原因</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>结案日期</source>
        <translation type="unfinished">結案日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解期限</source>
        <translation type="unfinished">調解期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调处层级</source>
        <translation type="unfinished">調處層級</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>开始调解…</source>
        <translation type="unfinished">開始調解…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录协议…</source>
        <translation type="unfinished">記錄協議…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解不成…</source>
        <translation type="unfinished">調解不成…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>终止调解…</source>
        <translation type="unfinished">終止調解…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>改为履行中…</source>
        <translation type="unfinished">改為履行中…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案…</source>
        <translation type="unfinished">結案…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>延期…</source>
        <translation type="unfinished">延期…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移交上级调处…</source>
        <translation type="unfinished">移交上級調處…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>日期</source>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation type="unfinished">說明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>开始调解</source>
        <translation type="unfinished">開始調解</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>改为履行中</source>
        <translation type="unfinished">改為履行中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结案</source>
        <translation type="unfinished">結案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>协议形式</source>
        <translation type="unfinished">協議形式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>协议后几天回访</source>
        <translation type="unfinished">協議後幾天回訪</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>记录协议</source>
        <translation type="unfinished">記錄協議</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已告知途径</source>
        <translation type="unfinished">已告知途徑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>调解不成</source>
        <translation type="unfinished">調解不成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>终止调解</source>
        <translation type="unfinished">終止調解</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>双方同意日期</source>
        <translation type="unfinished">雙方同意日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新的期限</source>
        <translation type="unfinished">新的期限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>延期（须双方当事人同意）</source>
        <translation type="unfinished">延期（須雙方當事人同意）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>移交至</source>
        <translation type="unfinished">移交至</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>移交上级调处</source>
        <translation type="unfinished">移交上級調處</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>时间</source>
        <translation type="unfinished">時間</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>地点</source>
        <translation type="unfinished">地點</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>调查人</source>
        <translation type="unfinished">調查人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>被调查人</source>
        <translation type="unfinished">被調查人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内容</source>
        <translation type="unfinished">內容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>调查记录</source>
        <translation type="unfinished">調查記錄</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>参加人</source>
        <translation type="unfinished">參加人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解员</source>
        <translation type="unfinished">調解員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人陈述</source>
        <translation type="unfinished">當事人陳述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解过程</source>
        <translation type="unfinished">調解過程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结果</source>
        <translation type="unfinished">結果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>调解记录</source>
        <translation type="unfinished">調解記錄</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>回访日期</source>
        <translation type="unfinished">回訪日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访人</source>
        <translation type="unfinished">回訪人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>履行情况</source>
        <translation type="unfinished">履行情況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人意见</source>
        <translation type="unfinished">當事人意見</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>回访记录</source>
        <translation type="unfinished">回訪記錄</translation>
    </message>
</context>
<context>
    <name>OutingDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/volunteers/record_dialogs.py" line="+139"/>
        <source>团队集体服务录入</source>
        <translation type="unfinished">團隊集體服務錄入</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>队伍</source>
        <translation type="unfinished">隊伍</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>参加</source>
        <translation type="unfinished">參加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>志愿者</source>
        <translation type="unfinished">志願者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>开始（留空同上）</source>
        <translation type="unfinished">開始（留空同上）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结束（留空同上）</source>
        <translation type="unfinished">結束（留空同上）</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>第{0}行的时间应写成 时:分，如 09:30</source>
        <translation type="unfinished">第{0}行的時間應寫成 時:分，如 09:30</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/settings_dialogs.py" line="+225"/>
        <source>放假安排（单日）</source>
        <translation type="unfinished">放假安排（單日）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>日期</source>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>日别</source>
        <translation type="unfinished">日別</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>名称</source>
        <translation type="unfinished">名稱</translation>
    </message>
</context>
<context>
    <name>OverrideRangeDialog</name>
    <message>
        <location line="+19"/>
        <source>按日期段录入放假安排</source>
        <translation type="unfinished">按日期段錄入放假安排</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>开始</source>
        <translation type="unfinished">開始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结束</source>
        <translation type="unfinished">結束</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>日别</source>
        <translation type="unfinished">日別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名称</source>
        <translation type="unfinished">名稱</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>调休上班的周末请单独录入为「工作日」。</source>
        <translation type="unfinished">調休上班的週末請單獨錄入為「工作日」。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>结束日期不能早于开始日期</source>
        <translation type="unfinished">結束日期不能早於開始日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>一次最多录入 {0} 天</source>
        <translation type="unfinished">一次最多錄入 {0} 天</translation>
    </message>
</context>
<context>
    <name>PartiesEditor</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/case_forms.py" line="+139"/>
        <source>类别</source>
        <translation type="unfinished">類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别</source>
        <translation type="unfinished">性別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年龄</source>
        <translation type="unfinished">年齡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话</source>
        <translation type="unfinished">電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住址</source>
        <translation type="unfinished">住址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>居民档案</source>
        <translation type="unfinished">居民檔案</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>添加申请人…</source>
        <translation type="unfinished">新增申請人…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>添加被申请人…</source>
        <translation type="unfinished">新增被申請人…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改…</source>
        <translation type="unfinished">修改…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移除</source>
        <translation type="unfinished">移除</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>已关联</source>
        <translation type="unfinished">已關聯</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location line="-128"/>
        <source>当事人（{0}）</source>
        <translation type="unfinished">當事人（{0}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>未填</source>
        <translation type="unfinished">未填</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>姓名</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>性别</source>
        <translation type="unfinished">性別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年龄</source>
        <translation type="unfinished">年齡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation type="unfinished">身份證號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>民族</source>
        <translation type="unfinished">民族</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职业</source>
        <translation type="unfinished">職業</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住址</source>
        <translation type="unfinished">住址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话</source>
        <translation type="unfinished">電話</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>已关联本社区居民，信息取自居民档案</source>
        <translation type="unfinished">已關聯本社區居民，資訊取自居民檔案</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>请填写姓名</source>
        <translation type="unfinished">請填寫姓名</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_widgets.py" line="+56"/>
        <source>输入姓名、拼音首字母或证件号查找居民；居民库外的人直接输入姓名</source>
        <translation type="unfinished">輸入姓名、拼音首字母或證件號查詢居民；居民庫外的人直接輸入姓名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>添加选中居民</source>
        <translation type="unfinished">新增選中居民</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按输入的姓名添加</source>
        <translation type="unfinished">按輸入的姓名新增</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>移除</source>
        <translation type="unfinished">移除</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>（手写）</source>
        <translation type="unfinished">（手寫）</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/report_actions.py" line="+51"/>
        <source>导出调解统计</source>
        <translation type="unfinished">匯出調解統計</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按月</source>
        <translation type="unfinished">按月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按季度</source>
        <translation type="unfinished">按季度</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>选择保存位置…</source>
        <translation type="unfinished">選擇儲存位置…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>统计方式</source>
        <translation type="unfinished">統計方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月份</source>
        <translation type="unfinished">月份</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>统计{0}受理的案件（{1}至{2}），办理情况截至期末；含“人民调解登记表”和“月度统计表”两个工作表。</source>
        <translation type="unfinished">統計{0}受理的案件（{1}至{2}），辦理情況截至期末；含“人民調解登記表”和“月度統計表”兩個工作表。</translation>
    </message>
</context>
<context>
    <name>PeriodListModel</name>
    <message>
        <location filename="../community_desk/ui/tabs/reports/models.py" line="+39"/>
        <source>期间</source>
        <translation type="unfinished">期間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>状态</source>
        <translation type="unfinished">狀態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>定稿时间</source>
        <translation type="unfinished">定稿時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>定稿人</source>
        <translation type="unfinished">定稿人</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{0}尚未结束，数字还会变化</source>
        <translation type="unfinished">{0}尚未結束，數字還會變化</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_dialogs.py" line="+177"/>
        <location line="+2"/>
        <source>进展情况</source>
        <translation type="unfinished">進展情況</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>日期</source>
        <translation type="unfinished">日期</translation>
    </message>
</context>
<context>
    <name>PublicityDialog</name>
    <message>
        <location line="-72"/>
        <source>社区公示栏</source>
        <translation type="unfinished">社區公示欄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>公示开始</source>
        <translation type="unfinished">公示開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公示结束</source>
        <translation type="unfinished">公示結束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公示地点</source>
        <translation type="unfinished">公示地點</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation type="unfinished">說明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>公示期不少于{0}天，开始当日不计入：结束日期不早于开始日期后第{0}天。</source>
        <translation type="unfinished">公示期不少於{0}天，開始當日不計入：結束日期不早於開始日期後第{0}天。</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location line="+120"/>
        <source>如：多数居民不同意，暂不实施</source>
        <translation type="unfinished">如：多數居民不同意，暫不實施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结束日期</source>
        <translation type="unfinished">結束日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation type="unfinished">說明</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/swap_dialog.py" line="-49"/>
        <source>换人 — {0}</source>
        <translation type="unfinished">換人 — {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>换下</source>
        <translation type="unfinished">換下</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>换上</source>
        <translation type="unfinished">換上</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>请选择换下和换上的人员</source>
        <translation type="unfinished">請選擇換下和換上的人員</translation>
    </message>
</context>
<context>
    <name>ReportTextEditor</name>
    <message>
        <location filename="../community_desk/ui/tabs/reports/editor.py" line="+22"/>
        <source>如：王书记</source>
        <translation type="unfinished">如：王書記</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>下月工作计划</source>
        <translation type="unfinished">下月工作計劃</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>每行一项，打印时逐行列出</source>
        <translation type="unfinished">每行一項，列印時逐行列出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>每行一项</source>
        <translation type="unfinished">每行一項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存文字</source>
        <translation type="unfinished">儲存文字</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>编制人</source>
        <translation type="unfinished">編制人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编制日期</source>
        <translation type="unfinished">編制日期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>存在问题</source>
        <translation type="unfinished">存在問題</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0}工作计划</source>
        <translation type="unfinished">{0}工作計劃</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../community_desk/ui/tabs/reports/tab.py" line="+101"/>
        <source>月报</source>
        <translation type="unfinished">月報</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>季报</source>
        <translation type="unfinished">季報</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>年报</source>
        <translation type="unfinished">年報</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>年</source>
        <translation type="unfinished">年</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>定稿…</source>
        <translation type="unfinished">定稿…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新打开…</source>
        <translation type="unfinished">重新開啟…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印预览…</source>
        <translation type="unfinished">列印預覽…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印…</source>
        <translation type="unfinished">列印…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>另存为 Word…</source>
        <translation type="unfinished">另存為 Word…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>另存为 PDF…</source>
        <translation type="unfinished">另存為 PDF…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>正在计算{0}的数字…</source>
        <translation type="unfinished">正在計算{0}的數字…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>未能计算{0}的数字：{1}</source>
        <translation type="unfinished">未能計算{0}的數字：{1}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>已定稿（{0}）：数字已冻结，重新打印结果不变</source>
        <translation type="unfinished">已定稿（{0}）：數字已凍結，重新列印結果不變</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>草稿：数字按截至期末的当前数据实时计算</source>
        <translation type="unfinished">草稿：數字按截至期末的當前資料即時計算</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0}月</source>
        <translation type="unfinished">{0}月</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>第{0}季度</source>
        <translation type="unfinished">第{0}季度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全年</source>
        <translation type="unfinished">全年</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>保存文字</source>
        <translation type="unfinished">儲存文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}的工作计划和存在问题已修改，是否保存？</source>
        <translation type="unfinished">{0}的工作計劃和存在問題已修改，是否儲存？</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>已保存{0}的文字</source>
        <translation type="unfinished">已儲存{0}的文字</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>定稿</source>
        <translation type="unfinished">定稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>将{0}定稿？
定稿后数字和文字冻结，以后打印结果不变；如需修改须“重新打开”并说明原因。</source>
        <translation type="unfinished">將{0}定稿？
定稿後數字和文字凍結，以後列印結果不變；如需修改須“重新開啟”並說明原因。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>正在定稿…</source>
        <translation type="unfinished">正在定稿…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>重新打开</source>
        <translation type="unfinished">重新開啟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新打开后数字将按当前数据重新计算，文字可以修改。
此操作将记入审计日志，请填写原因（必填）：</source>
        <translation type="unfinished">重新開啟後數字將按當前資料重新計算，文字可以修改。
此操作將記入審計日誌，請填寫原因（必填）：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}已重新打开：{1}</source>
        <translation type="unfinished">{0}已重新開啟：{1}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Word 文档 (*.docx)</source>
        <translation type="unfinished">Word 文件 (*.docx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished">PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>另存为</source>
        <translation type="unfinished">另存為</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>已保存：{0}</source>
        <translation type="unfinished">已儲存：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在生成{0}…</source>
        <translation type="unfinished">正在生成{0}…</translation>
    </message>
</context>
<context>
    <name>ResidentNameEdit</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/widgets.py" line="+79"/>
        <source>输入姓名、拼音首字母或电话查找居民，也可直接填写</source>
        <translation type="unfinished">輸入姓名、拼音首字母或電話查詢居民，也可直接填寫</translation>
    </message>
</context>
<context>
    <name>ResidentTableModel</name>
    <message>
        <location filename="../community_desk/ui/models/resident_table.py" line="+77"/>
        <source>姓名</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别</source>
        <translation type="unfinished">性別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出生日期</source>
        <translation type="unfinished">出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年龄</source>
        <translation type="unfinished">年齡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证件号码</source>
        <translation type="unfinished">證件號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与户主关系</source>
        <translation type="unfinished">與戶主關係</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>户号</source>
        <translation type="unfinished">戶號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网格</source>
        <translation type="unfinished">網格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>现住址</source>
        <translation type="unfinished">現住址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation type="unfinished">聯絡電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人员类别</source>
        <translation type="unfinished">人員類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>特殊人群</source>
        <translation type="unfinished">特殊人群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>核对</source>
        <translation type="unfinished">核對</translation>
    </message>
</context>
<context>
    <name>ResidentsTab</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/tab.py" line="+75"/>
        <source>查询失败：{0}</source>
        <translation type="unfinished">查詢失敗：{0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>新建户…</source>
        <translation type="unfinished">新建戶…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新增成员…</source>
        <translation type="unfinished">新增成員…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查看/编辑居民…</source>
        <translation type="unfinished">檢視/編輯居民…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改户信息…</source>
        <translation type="unfinished">修改戶資訊…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>迁出…</source>
        <translation type="unfinished">遷出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>死亡登记…</source>
        <translation type="unfinished">死亡登記…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>户内变更…</source>
        <translation type="unfinished">戶內變更…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转到其他户…</source>
        <translation type="unfinished">轉到其他戶…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除居民（录入错误）…</source>
        <translation type="unfinished">刪除居民（錄入錯誤）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除/注销户…</source>
        <translation type="unfinished">刪除/註銷戶…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出一户一档（Word）…</source>
        <translation type="unfinished">匯出一戶一檔（Word）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出居民名册（Excel）…</source>
        <translation type="unfinished">匯出居民名冊（Excel）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入居民台账（Excel/CSV）…</source>
        <translation type="unfinished">匯入居民臺賬（Excel/CSV）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>搜索</source>
        <translation type="unfinished">搜尋</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>当前</source>
        <translation type="unfinished">當前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}：共 {1} 户 {2} 人，{3} 个网格&#x3000;|&#x3000;列表中 {4} 人</source>
        <translation type="unfinished">{0}：共 {1} 戶 {2} 人，{3} 個網格&#x3000;|&#x3000;列表中 {4} 人</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>请先选择</source>
        <translation type="unfinished">請先選擇</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>已新建户</source>
        <translation type="unfinished">已新建戶</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请先在左侧或右侧选择一户。</source>
        <translation type="unfinished">請先在左側或右側選擇一戶。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <location line="+5"/>
        <source>请先在列表中选择一位居民。</source>
        <translation type="unfinished">請先在列表中選擇一位居民。</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+65"/>
        <location line="+20"/>
        <source>请先选择一户。</source>
        <translation type="unfinished">請先選擇一戶。</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>删除居民</source>
        <translation type="unfinished">刪除居民</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>确定删除“{0}”（{1}）吗？

删除只用于录入错误的记录，其变动历史也一并删除（审计日志中保留）。
居民搬走请用“迁出”，去世请用“死亡登记”。</source>
        <translation type="unfinished">確定刪除“{0}”（{1}）嗎？

刪除只用於錄入錯誤的記錄，其變動歷史也一併刪除（審計日誌中保留）。
居民搬走請用“遷出”，去世請用“死亡登記”。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>已删除 {0}</source>
        <translation type="unfinished">已刪除 {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>选择居民台账</source>
        <translation type="unfinished">選擇居民臺賬</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>台账 (*.xlsx *.xls *.xlsm *.ods *.csv);;所有文件 (*)</source>
        <translation type="unfinished">臺賬 (*.xlsx *.xls *.xlsm *.ods *.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>正在读取台账…</source>
        <translation type="unfinished">正在讀取臺賬…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>导出一户一档</source>
        <translation type="unfinished">匯出一戶一檔</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word 文档 (*.docx)</source>
        <translation type="unfinished">Word 文件 (*.docx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已导出：{0}</source>
        <translation type="unfinished">已匯出：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在导出一户一档…</source>
        <translation type="unfinished">正在匯出一戶一檔…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>删除/注销户</source>
        <translation type="unfinished">刪除/註銷戶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从未有成员的户将被删除；有过成员的户将注销（历史保留）。继续吗？</source>
        <translation type="unfinished">從未有成員的戶將被刪除；有過成員的戶將註銷（歷史保留）。繼續嗎？</translation>
    </message>
</context>
<context>
    <name>ResolutionDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_dialogs.py" line="-148"/>
        <source>决议的具体内容</source>
        <translation type="unfinished">決議的具體內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>决议日期</source>
        <translation type="unfinished">決議日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>决议内容</source>
        <translation type="unfinished">決議內容</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/roster_view.py" line="+73"/>
        <source>日期</source>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>班次</source>
        <translation type="unfinished">班次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>人员</source>
        <translation type="unfinished">人員</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>类型</source>
        <translation type="unfinished">型別</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation type="unfinished">說明</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>姓名</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期班次</source>
        <translation type="unfinished">本期班次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期夜班</source>
        <translation type="unfinished">本期夜班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期节假日</source>
        <translation type="unfinished">本期節假日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期周末</source>
        <translation type="unfinished">本期週末</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全年班次</source>
        <translation type="unfinished">全年班次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全年夜班</source>
        <translation type="unfinished">全年夜班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全年节假日</source>
        <translation type="unfinished">全年節假日</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>方式</source>
        <translation type="unfinished">方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请人</source>
        <translation type="unfinished">申請人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调班对象</source>
        <translation type="unfinished">調班物件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批准人</source>
        <translation type="unfinished">批准人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请时间</source>
        <translation type="unfinished">申請時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内容</source>
        <translation type="unfinished">內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事由</source>
        <translation type="unfinished">事由</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>冲突</source>
        <translation type="unfinished">衝突</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>值班统计</source>
        <translation type="unfinished">值班統計</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调班记录</source>
        <translation type="unfinished">調班記錄</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>◀ 上月</source>
        <translation type="unfinished">◀ 上月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本月</source>
        <translation type="unfinished">本月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下月 ▶</source>
        <translation type="unfinished">下月 ▶</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+59"/>
        <source>月</source>
        <translation type="unfinished">月</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+57"/>
        <source>周</source>
        <translation type="unfinished">周</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>生成本月值班表…</source>
        <translation type="unfinished">生成本月值班表…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生成节假日值班…</source>
        <translation type="unfinished">生成節假日值班…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+251"/>
        <source>调班…</source>
        <translation type="unfinished">調班…</translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+252"/>
        <source>值班记录…</source>
        <translation type="unfinished">值班記錄…</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>导出…</source>
        <translation type="unfinished">匯出…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>◀ 上{0}</source>
        <translation type="unfinished">◀ 上{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本{0}</source>
        <translation type="unfinished">本{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下{0} ▶</source>
        <translation type="unfinished">下{0} ▶</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>生成{0}月值班表…</source>
        <translation type="unfinished">生成{0}月值班表…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}：{1}个班次，{2}人次，冲突{3}处</source>
        <translation type="unfinished">{0}：{1}個班次，{2}人次，衝突{3}處</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>冲突（{0}）</source>
        <translation type="unfinished">衝突（{0}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}年的法定节假日安排尚未录入，已按普通周末处理，请在「人员与班次 → 放假安排」中录入</source>
        <translation type="unfinished">{0}年的法定節假日安排尚未錄入，已按普通週末處理，請在「人員與班次 → 放假安排」中錄入</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+4"/>
        <source>生成节假日值班</source>
        <translation type="unfinished">生成節假日值班</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{0}年没有法定节假日安排</source>
        <translation type="unfinished">{0}年沒有法定節假日安排</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}年的节假日：</source>
        <translation type="unfinished">{0}年的節假日：</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+11"/>
        <location line="+25"/>
        <source>生成值班表</source>
        <translation type="unfinished">生成值班表</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>{0}已有值班表。重新生成将重排其余日子；有值班记录、调班或手工调整的日子保持不变。是否继续？</source>
        <translation type="unfinished">{0}已有值班表。重新生成將重排其餘日子；有值班記錄、調班或手工調整的日子保持不變。是否繼續？</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>正在生成值班表…</source>
        <translation type="unfinished">正在生成值班表…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}值班表已生成：{1}个班次，{2}人次，缺{3}人次。</source>
        <translation type="unfinished">{0}值班表已生成：{1}個班次，{2}人次，缺{3}人次。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>保留未动的日子（有值班记录、调班或手工调整）：{0}</source>
        <translation type="unfinished">保留未動的日子（有值班記錄、調班或手工調整）：{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>缺人的班次已列在「冲突」中，请手工安排。</source>
        <translation type="unfinished">缺人的班次已列在「衝突」中，請手工安排。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>调整值班</source>
        <translation type="unfinished">調整值班</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>撤下</source>
        <translation type="unfinished">撤下</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>将 {0} 从 {1} 撤下？</source>
        <translation type="unfinished">將 {0} 從 {1} 撤下？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>调班</source>
        <translation type="unfinished">調班</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>请先在值班表中选中一个已排人员的班次</source>
        <translation type="unfinished">請先在值班表中選中一個已排人員的班次</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>值班记录</source>
        <translation type="unfinished">值班記錄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>请先在值班表中选中一个班次</source>
        <translation type="unfinished">請先在值班表中選中一個班次</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>安排人员…</source>
        <translation type="unfinished">安排人員…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>换人…</source>
        <translation type="unfinished">換人…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>撤下…</source>
        <translation type="unfinished">撤下…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>查看历史</source>
        <translation type="unfinished">檢視歷史</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished">PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished">Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>导出值班表</source>
        <translation type="unfinished">匯出值班表</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>已导出值班表：{0}</source>
        <translation type="unfinished">已匯出值班表：{0}</translation>
    </message>
</context>
<context>
    <name>RosterSettingsPanel</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/settings.py" line="+146"/>
        <source>人员</source>
        <translation type="unfinished">人員</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>请假/培训</source>
        <translation type="unfinished">請假/培訓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>班次设置</source>
        <translation type="unfinished">班次設定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>放假安排</source>
        <translation type="unfinished">放假安排</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/tab.py" line="+36"/>
        <source>值班表</source>
        <translation type="unfinished">值班表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人员与班次</source>
        <translation type="unfinished">人員與班次</translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/models.py" line="+135"/>
        <source>日期</source>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星期</source>
        <translation type="unfinished">星期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>日别</source>
        <translation type="unfinished">日別</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0}月{1}日</source>
        <translation type="unfinished">{0}月{1}日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>周{0}</source>
        <translation type="unfinished">周{0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>缺{0}人</source>
        <translation type="unfinished">缺{0}人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已填写值班记录</source>
        <translation type="unfinished">已填寫值班記錄</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/roster_tables.py" line="+57"/>
        <source>移动哪一位到 {0}？</source>
        <translation type="unfinished">移動哪一位到 {0}？</translation>
    </message>
</context>
<context>
    <name>ServicePanel</name>
    <message>
        <location filename="../community_desk/ui/tabs/volunteers/panels.py" line="+112"/>
        <source>全年</source>
        <translation type="unfinished">全年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}月</source>
        <translation type="unfinished">{0}月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全部类别</source>
        <translation type="unfinished">全部類別</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>搜索内容、志愿者</source>
        <translation type="unfinished">搜尋內容、志願者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新增记录…</source>
        <translation type="unfinished">新增記錄…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>团队集体服务…</source>
        <translation type="unfinished">團隊集體服務…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改…</source>
        <translation type="unfinished">修改…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>年份</source>
        <translation type="unfinished">年份</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>共 {0} 条，{1} 小时</source>
        <translation type="unfinished">共 {0} 條，{1} 小時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务记录：{0} 条</source>
        <translation type="unfinished">服務記錄：{0} 條</translation>
    </message>
</context>
<context>
    <name>ServiceRecordDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/volunteers/record_dialogs.py" line="-96"/>
        <source>修改服务记录</source>
        <translation type="unfinished">修改服務記錄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新增服务记录</source>
        <translation type="unfinished">新增服務記錄</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>志愿者</source>
        <translation type="unfinished">志願者</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <location filename="../community_desk/ui/tabs/volunteers/models.py" line="+27"/>
        <source>开始</source>
        <translation type="unfinished">開始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结束</source>
        <translation type="unfinished">結束</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>时长(小时)</source>
        <translation type="unfinished">時長(小時)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>志愿者</source>
        <translation type="unfinished">志願者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>类别</source>
        <translation type="unfinished">類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务内容</source>
        <translation type="unfinished">服務內容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>队伍</source>
        <translation type="unfinished">隊伍</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>地点</source>
        <translation type="unfinished">地點</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>组织者</source>
        <translation type="unfinished">組織者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>确认人</source>
        <translation type="unfinished">確認人</translation>
    </message>
</context>
<context>
    <name>ShiftTypeDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/settings_dialogs.py" line="-125"/>
        <source>修改班次</source>
        <translation type="unfinished">修改班次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新增班次</source>
        <translation type="unfinished">新增班次</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>次日</source>
        <translation type="unfinished">次日</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>夜班（排班时单独均衡夜班次数）</source>
        <translation type="unfinished">夜班（排班時單獨均衡夜班次數）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>启用</source>
        <translation type="unfinished">啟用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>名称</source>
        <translation type="unfinished">名稱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>时间</source>
        <translation type="unfinished">時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>适用日</source>
        <translation type="unfinished">適用日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>带班领导（人）</source>
        <translation type="unfinished">帶班領導（人）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>值班人员（人）</source>
        <translation type="unfinished">值班人員（人）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>结束时间不晚于开始时间即为次日结束；修改时间不影响已排好的班次。</source>
        <translation type="unfinished">結束時間不晚於開始時間即為次日結束；修改時間不影響已排好的班次。</translation>
    </message>
</context>
<context>
    <name>ShiftTypeSection</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/settings.py" line="-141"/>
        <source>班次</source>
        <translation type="unfinished">班次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>时间</source>
        <translation type="unfinished">時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>适用日</source>
        <translation type="unfinished">適用日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>带班领导</source>
        <translation type="unfinished">帶班領導</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>值班人员</source>
        <translation type="unfinished">值班人員</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>夜班</source>
        <translation type="unfinished">夜班</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>启用</source>
        <translation type="unfinished">啟用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新增…</source>
        <translation type="unfinished">新增…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改…</source>
        <translation type="unfinished">修改…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>已保存班次 {0}（新排的班次按新设置）</source>
        <translation type="unfinished">已儲存班次 {0}（新排的班次按新設定）</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/settings_dialogs.py" line="-113"/>
        <source>修改值班人员</source>
        <translation type="unfinished">修改值班人員</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新增值班人员</source>
        <translation type="unfinished">新增值班人員</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>可担任带班领导</source>
        <translation type="unfinished">可擔任帶班領導</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>在岗（参加排班）</source>
        <translation type="unfinished">在崗（參加排班）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>姓名</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>职务</source>
        <translation type="unfinished">職務</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>电话</source>
        <translation type="unfinished">電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation type="unfinished">備註</translation>
    </message>
</context>
<context>
    <name>StaffSection</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/settings.py" line="-121"/>
        <source>姓名</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>职务</source>
        <translation type="unfinished">職務</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>电话</source>
        <translation type="unfinished">電話</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>可带班</source>
        <translation type="unfinished">可帶班</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>在岗</source>
        <translation type="unfinished">在崗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation type="unfinished">備註</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新增…</source>
        <translation type="unfinished">新增…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改…</source>
        <translation type="unfinished">修改…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>已新增值班人员 {0}</source>
        <translation type="unfinished">已新增值班人員 {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已修改值班人员 {0}</source>
        <translation type="unfinished">已修改值班人員 {0}</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../community_desk/ui/tabs/volunteers/panels.py" line="+136"/>
        <source>按{0}</source>
        <translation type="unfinished">按{0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>月</source>
        <translation type="unfinished">月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>年份</source>
        <translation type="unfinished">年份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>达标检查月份</source>
        <translation type="unfinished">達標檢查月份</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>项目</source>
        <translation type="unfinished">專案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>名称</source>
        <translation type="unfinished">名稱</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>次数</source>
        <translation type="unfinished">次數</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>小时</source>
        <translation type="unfinished">小時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未达标</source>
        <translation type="unfinished">未達標</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>原因</source>
        <translation type="unfinished">原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿者编号</source>
        <translation type="unfinished">志願者編號</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姓名</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>累计小时</source>
        <translation type="unfinished">累計小時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星级</source>
        <translation type="unfinished">星級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>距下一级</source>
        <translation type="unfinished">距下一級</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>服务时长</source>
        <translation type="unfinished">服務時長</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未达标（每月≥2次且≥3小时；队伍每季度≥2次）</source>
        <translation type="unfinished">未達標（每月≥2次且≥3小時；隊伍每季度≥2次）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星级（一星100小时…五星1500小时）</source>
        <translation type="unfinished">星級（一星100小時…五星1500小時）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>统计：{0}月未达标 {1} 人，本季度未达标队伍 {2} 个</source>
        <translation type="unfinished">統計：{0}月未達標 {1} 人，本季度未達標隊伍 {2} 個</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_dialogs.py" line="-162"/>
        <source>{0} — 议题{1}</source>
        <translation type="unfinished">{0} — 議題{1}</translation>
    </message>
</context>
<context>
    <name>SwapDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/swap_dialog.py" line="-150"/>
        <source>调班 — {0}</source>
        <translation type="unfinished">調班 — {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>代班（对方替本人值此班）</source>
        <translation type="unfinished">代班（對方替本人值此班）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>互换（两人交换班次）</source>
        <translation type="unfinished">互換（兩人交換班次）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>如：家中有事、外出培训</source>
        <translation type="unfinished">如：家中有事、外出培訓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>班次</source>
        <translation type="unfinished">班次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请人</source>
        <translation type="unfinished">申請人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方式</source>
        <translation type="unfinished">方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调班对象</source>
        <translation type="unfinished">調班物件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>换得班次</source>
        <translation type="unfinished">換得班次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批准人</source>
        <translation type="unfinished">批准人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请时间</source>
        <translation type="unfinished">申請時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事由</source>
        <translation type="unfinished">事由</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>该班次没有可调班的人员</source>
        <translation type="unfinished">該班次沒有可調班的人員</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择调班对象</source>
        <translation type="unfinished">請選擇調班物件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>互换需选择对方在本期的一个班次</source>
        <translation type="unfinished">互換需選擇對方在本期的一個班次</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/tag_dialog.py" line="-63"/>
        <source>添加特殊人群标记</source>
        <translation type="unfinished">新增特殊人群標記</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>类别</source>
        <translation type="unfinished">類別</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>等级</source>
        <translation type="unfinished">等級</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>人群类别</source>
        <translation type="unfinished">人群類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>残疾情况</source>
        <translation type="unfinished">殘疾情況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开始日期</source>
        <translation type="unfinished">開始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结束日期</source>
        <translation type="unfinished">結束日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation type="unfinished">備註</translation>
    </message>
</context>
<context>
    <name>TagsPanel</name>
    <message>
        <location line="+63"/>
        <source>类别</source>
        <translation type="unfinished">類別</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>详情</source>
        <translation type="unfinished">詳情</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>开始日期</source>
        <translation type="unfinished">開始日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结束日期</source>
        <translation type="unfinished">結束日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>备注</source>
        <translation type="unfinished">備註</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>添加…</source>
        <translation type="unfinished">新增…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结束…</source>
        <translation type="unfinished">結束…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation type="unfinished">刪除</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>标记的添加、结束和删除会立即保存。不再属于某类人群时请用“结束…”，以保留历史。</source>
        <translation type="unfinished">標記的新增、結束和刪除會立即儲存。不再屬於某類人群時請用“結束…”，以保留歷史。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>删除标记</source>
        <translation type="unfinished">刪除標記</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确定删除“{0}”标记吗？删除后不留历史；只是不再属于该人群时，请用“结束…”。</source>
        <translation type="unfinished">確定刪除“{0}”標記嗎？刪除後不留歷史；只是不再屬於該人群時，請用“結束…”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>未能删除</source>
        <translation type="unfinished">未能刪除</translation>
    </message>
</context>
<context>
    <name>TalkDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/talk_panel.py" line="+62"/>
        <source>修改恳谈登记</source>
        <translation type="unfinished">修改懇談登記</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>恳谈/来访登记</source>
        <translation type="unfinished">懇談/來訪登記</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>需要跟进</source>
        <translation type="unfinished">需要跟進</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>跟进已办结</source>
        <translation type="unfinished">跟進已辦結</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>日期时间</source>
        <translation type="unfinished">日期時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来访人</source>
        <translation type="unfinished">來訪人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系方式</source>
        <translation type="unfinished">聯絡方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方式</source>
        <translation type="unfinished">方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事由</source>
        <translation type="unfinished">事由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>情绪疏导/答复</source>
        <translation type="unfinished">情緒疏導/答覆</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>跟进人</source>
        <translation type="unfinished">跟進人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结果</source>
        <translation type="unfinished">結果</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>该登记已不存在（可能已被删除）</source>
        <translation type="unfinished">該登記已不存在（可能已被刪除）</translation>
    </message>
</context>
<context>
    <name>TalkPanel</name>
    <message>
        <location line="+48"/>
        <source>搜索来访人、电话、事由</source>
        <translation type="unfinished">搜尋來訪人、電話、事由</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>需跟进</source>
        <translation type="unfinished">需跟進</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>跟进未办结</source>
        <translation type="unfinished">跟進未辦結</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新登记…</source>
        <translation type="unfinished">新登記…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查看/修改…</source>
        <translation type="unfinished">檢視/修改…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation type="unfinished">刪除</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>月份</source>
        <translation type="unfinished">月份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>人次</source>
        <translation type="unfinished">人次</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>全部</source>
        <translation type="unfinished">全部</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>恳谈登记：列表中 {0} 条</source>
        <translation type="unfinished">懇談登記：列表中 {0} 條</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>已登记</source>
        <translation type="unfinished">已登記</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>删除登记</source>
        <translation type="unfinished">刪除登記</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确定删除这条恳谈登记吗？（审计日志中保留记录）</source>
        <translation type="unfinished">確定刪除這條懇談登記嗎？（審計日誌中保留記錄）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>未能删除</source>
        <translation type="unfinished">未能刪除</translation>
    </message>
</context>
<context>
    <name>TalkTableModel</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/models.py" line="-62"/>
        <source>日期时间</source>
        <translation type="unfinished">日期時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来访人</source>
        <translation type="unfinished">來訪人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方式</source>
        <translation type="unfinished">方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系方式</source>
        <translation type="unfinished">聯絡方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事由</source>
        <translation type="unfinished">事由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>需跟进</source>
        <translation type="unfinished">需跟進</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>跟进人</source>
        <translation type="unfinished">跟進人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结果</source>
        <translation type="unfinished">結果</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已办结</source>
        <translation type="unfinished">已辦結</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>待跟进</source>
        <translation type="unfinished">待跟進</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/volunteers/dialogs.py" line="+15"/>
        <source>修改队伍</source>
        <translation type="unfinished">修改隊伍</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新建队伍</source>
        <translation type="unfinished">新建隊伍</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>活跃</source>
        <translation type="unfinished">活躍</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>队伍名称</source>
        <translation type="unfinished">隊伍名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation type="unfinished">說明</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <location filename="../community_desk/ui/tabs/volunteers/panels.py" line="-161"/>
        <source>队伍</source>
        <translation type="unfinished">隊伍</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>队长/副队长</source>
        <translation type="unfinished">隊長/副隊長</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>人数</source>
        <translation type="unfinished">人數</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>状态</source>
        <translation type="unfinished">狀態</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>志愿者编号</source>
        <translation type="unfinished">志願者編號</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姓名</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>职务</source>
        <translation type="unfinished">職務</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>加入日期</source>
        <translation type="unfinished">加入日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退出日期</source>
        <translation type="unfinished">退出日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>新建队伍…</source>
        <translation type="unfinished">新建隊伍…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改队伍…</source>
        <translation type="unfinished">修改隊伍…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>添加队员/设队长…</source>
        <translation type="unfinished">新增隊員/設隊長…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>队员退出</source>
        <translation type="unfinished">隊員退出</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>队员（含已退出的历史）</source>
        <translation type="unfinished">隊員（含已退出的歷史）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>活跃</source>
        <translation type="unfinished">活躍</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>停用</source>
        <translation type="unfinished">停用</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>添加队员</source>
        <translation type="unfinished">新增隊員</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>志愿者编号（如 V2026-0001）：</source>
        <translation type="unfinished">志願者編號（如 V2026-0001）：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>队内职务</source>
        <translation type="unfinished">隊內職務</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>职务：</source>
        <translation type="unfinished">職務：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>未找到志愿者编号 {0}</source>
        <translation type="unfinished">未找到志願者編號 {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>志愿队伍</source>
        <translation type="unfinished">志願隊伍</translation>
    </message>
</context>
<context>
    <name>TopicDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_forms.py" line="-144"/>
        <source>修改议题</source>
        <translation type="unfinished">修改議題</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新建议题（议题征集）</source>
        <translation type="unfinished">新建議題（議題徵集）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> 人</source>
        <translation type="unfinished"> 人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>议题的具体情况、居民诉求</source>
        <translation type="unfinished">議題的具體情況、居民訴求</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>议题名称</source>
        <translation type="unfinished">議題名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>议题类别</source>
        <translation type="unfinished">議題類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>议题来源</source>
        <translation type="unfinished">議題來源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联名人数</source>
        <translation type="unfinished">聯名人數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提议人</source>
        <translation type="unfinished">提議人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表决通过比例</source>
        <translation type="unfinished">表決通過比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>议题说明</source>
        <translation type="unfinished">議題說明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>征集日期</source>
        <translation type="unfinished">徵集日期</translation>
    </message>
</context>
<context>
    <name>TopicTableModel</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_models.py" line="-114"/>
        <source>编号</source>
        <translation type="unfinished">編號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>议题</source>
        <translation type="unfinished">議題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation type="unfinished">類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来源</source>
        <translation type="unfinished">來源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当前步骤</source>
        <translation type="unfinished">當前步驟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最近日期</source>
        <translation type="unfinished">最近日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation type="unfinished">狀態</translation>
    </message>
</context>
<context>
    <name>UnavailabilityDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/settings_dialogs.py" line="+27"/>
        <source>登记请假/培训</source>
        <translation type="unfinished">登記請假/培訓</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}（不在岗）</source>
        <translation type="unfinished">{0}（不在崗）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>人员</source>
        <translation type="unfinished">人員</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>开始</source>
        <translation type="unfinished">開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结束</source>
        <translation type="unfinished">結束</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>原因</source>
        <translation type="unfinished">原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation type="unfinished">備註</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>请先在「人员」中新增值班人员</source>
        <translation type="unfinished">請先在「人員」中新增值班人員</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/volunteers/dialogs.py" line="-188"/>
        <source>志愿者 {0}</source>
        <translation type="unfinished">志願者 {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记志愿者</source>
        <translation type="unfinished">登記志願者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>基本信息</source>
        <translation type="unfinished">基本資訊</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>队伍</source>
        <translation type="unfinished">隊伍</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>职务</source>
        <translation type="unfinished">職務</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>加入</source>
        <translation type="unfinished">加入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退出</source>
        <translation type="unfinished">退出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>所属队伍</source>
        <translation type="unfinished">所屬隊伍</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>累计 {0} 小时（{1} 次）{2}</source>
        <translation type="unfinished">累計 {0} 小時（{1} 次）{2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>开始</source>
        <translation type="unfinished">開始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>小时</source>
        <translation type="unfinished">小時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>类别</source>
        <translation type="unfinished">類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内容</source>
        <translation type="unfinished">內容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>服务记录</source>
        <translation type="unfinished">服務記錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证明</source>
        <translation type="unfinished">證明</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>在册</source>
        <translation type="unfinished">在冊</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>姓名</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>证件类型</source>
        <translation type="unfinished">證件型別</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>证件号码</source>
        <translation type="unfinished">證件號碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别</source>
        <translation type="unfinished">性別</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>出生日期</source>
        <translation type="unfinished">出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation type="unfinished">聯絡電話</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>政治面貌</source>
        <translation type="unfinished">政治面貌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>专长</source>
        <translation type="unfinished">專長</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>注册日期</source>
        <translation type="unfinished">註冊日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation type="unfinished">備註</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>加入队伍</source>
        <translation type="unfinished">加入隊伍</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>已关联居民档案：证件、性别、出生日期、电话、政治面貌取自居民信息</source>
        <translation type="unfinished">已關聯居民檔案：證件、性別、出生日期、電話、政治面貌取自居民資訊</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未关联居民（可从下拉中选择居民，避免重复录入）</source>
        <translation type="unfinished">未關聯居民（可從下拉中選擇居民，避免重複錄入）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>证明编号</source>
        <translation type="unfinished">證明編號</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>服务时间段</source>
        <translation type="unfinished">服務時間段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>时长</source>
        <translation type="unfinished">時長</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出具日期</source>
        <translation type="unfinished">出具日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>打印次数</source>
        <translation type="unfinished">列印次數</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>出具/补打证明…</source>
        <translation type="unfinished">出具/補打證明…</translation>
    </message>
</context>
<context>
    <name>VolunteerPanel</name>
    <message>
        <location filename="../community_desk/ui/tabs/volunteers/panels.py" line="-223"/>
        <source>搜索姓名、编号、电话、专长、队伍</source>
        <translation type="unfinished">搜尋姓名、編號、電話、專長、隊伍</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登记志愿者…</source>
        <translation type="unfinished">登記志願者…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开…</source>
        <translation type="unfinished">開啟…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>志愿者：列表中 {0} 人</source>
        <translation type="unfinished">志願者：列表中 {0} 人</translation>
    </message>
</context>
<context>
    <name>VolunteerTableModel</name>
    <message>
        <location filename="../community_desk/ui/tabs/volunteers/models.py" line="-14"/>
        <source>志愿者编号</source>
        <translation type="unfinished">志願者編號</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姓名</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>性别</source>
        <translation type="unfinished">性別</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>年龄</source>
        <translation type="unfinished">年齡</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>联系电话</source>
        <translation type="unfinished">聯絡電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所属队伍</source>
        <translation type="unfinished">所屬隊伍</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>专长</source>
        <translation type="unfinished">專長</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>累计时长(小时)</source>
        <translation type="unfinished">累計時長(小時)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星级</source>
        <translation type="unfinished">星級</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>状态</source>
        <translation type="unfinished">狀態</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>在册</source>
        <translation type="unfinished">在冊</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>停用</source>
        <translation type="unfinished">停用</translation>
    </message>
</context>
<context>
    <name>VolunteersTab</name>
    <message>
        <location filename="../community_desk/ui/tabs/volunteers/tab.py" line="+49"/>
        <source>志愿者</source>
        <translation type="unfinished">志願者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>服务记录</source>
        <translation type="unfinished">服務記錄</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>队伍</source>
        <translation type="unfinished">隊伍</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>统计</source>
        <translation type="unfinished">統計</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>导出志愿者花名册…</source>
        <translation type="unfinished">匯出志願者花名冊…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出服务时长统计…</source>
        <translation type="unfinished">匯出服務時長統計…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>显示完整证件号和电话</source>
        <translation type="unfinished">顯示完整證件號和電話</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+16"/>
        <source>导出</source>
        <translation type="unfinished">匯出</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished">Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>已导出 {0} 行：{1}</source>
        <translation type="unfinished">已匯出 {0} 行：{1}</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_dialogs.py" line="+118"/>
        <source>表决日期</source>
        <translation type="unfinished">表決日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>通过比例</source>
        <translation type="unfinished">通過比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出席人数</source>
        <translation type="unfinished">出席人數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>赞成</source>
        <translation type="unfinished">贊成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>反对</source>
        <translation type="unfinished">反對</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>弃权</source>
        <translation type="unfinished">棄權</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结果</source>
        <translation type="unfinished">結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation type="unfinished">說明</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>通过</source>
        <translation type="unfinished">通過</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未通过</source>
        <translation type="unfinished">未通過</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>需赞成{0}票，{1}</source>
        <translation type="unfinished">需贊成{0}票，{1}</translation>
    </message>
</context>
<context>
    <name>_EntriesPage</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/log_entries.py" line="+24"/>
        <source>时间</source>
        <translation type="unfinished">時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation type="unfinished">類別</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>电话</source>
        <translation type="unfinished">電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事由</source>
        <translation type="unfinished">事由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处理情况</source>
        <translation type="unfinished">處理情況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人次</source>
        <translation type="unfinished">人次</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>新增…</source>
        <translation type="unfinished">新增…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改…</source>
        <translation type="unfinished">修改…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation type="unfinished">刪除</translation>
    </message>
</context>
<context>
    <name>_Section</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/settings.py" line="-47"/>
        <source>是</source>
        <translation type="unfinished">是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>否</source>
        <translation type="unfinished">否</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>请确认</source>
        <translation type="unfinished">請確認</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../community_desk/ui/application.py" line="+60"/>
        <source>数据库升级前的备份失败，未做任何改动：{0}</source>
        <translation type="unfinished">資料庫升級前的備份失敗，未做任何改動：{0}</translation>
    </message>
</context>
<context>
    <name>background</name>
    <message>
        <location filename="../community_desk/ui/background.py" line="+92"/>
        <source>取消</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>无法完成</source>
        <translation type="unfinished">無法完成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>操作未完成，数据没有改动。</source>
        <translation type="unfinished">操作未完成，資料沒有改動。</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/volunteers/record_dialogs.py" line="-53"/>
        <source>开始时间</source>
        <translation type="unfinished">開始時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结束时间（可跨午夜）</source>
        <translation type="unfinished">結束時間（可跨午夜）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务内容</source>
        <translation type="unfinished">服務內容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务类别</source>
        <translation type="unfinished">服務類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>组织者</source>
        <translation type="unfinished">組織者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地点</source>
        <translation type="unfinished">地點</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确认人</source>
        <translation type="unfinished">確認人</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../community_desk/ui/tabs/calendar/dialogs.py" line="+61"/>
        <source>同步服务记录</source>
        <translation type="unfinished">同步服務記錄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>活动时间已改变。是否同时更新 {0} 条志愿服务记录（{1}）？</source>
        <translation type="unfinished">活動時間已改變。是否同時更新 {0} 條志願服務記錄（{1}）？</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../community_desk/ui/tabs/reports/printing.py" line="+42"/>
        <source>打印预览 — {0}</source>
        <translation type="unfinished">列印預覽 — {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>打印 {0}</source>
        <translation type="unfinished">列印 {0}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>第 {0} 页 共 {1} 页</source>
        <translation type="unfinished">第 {0} 頁 共 {1} 頁</translation>
    </message>
</context>
<context>
    <name>report_actions</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/report_actions.py" line="+16"/>
        <source>保存调解统计</source>
        <translation type="unfinished">儲存調解統計</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+56"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished">Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>已导出{0}调解统计（受理 {1} 件）：{2}</source>
        <translation type="unfinished">已匯出{0}調解統計（受理 {1} 件）：{2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在导出调解统计…</source>
        <translation type="unfinished">正在匯出調解統計…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>保存{0}</source>
        <translation type="unfinished">儲存{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word 文档 (*.docx)</source>
        <translation type="unfinished">Word 文件 (*.docx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已导出{0}：{1}</source>
        <translation type="unfinished">已匯出{0}：{1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>正在生成{0}…</source>
        <translation type="unfinished">正在生成{0}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>保存群议厅台账</source>
        <translation type="unfinished">儲存群議廳臺賬</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>已导出{0}年群议厅台账（{1} 个议题）：{2}</source>
        <translation type="unfinished">已匯出{0}年群議廳臺賬（{1} 個議題）：{2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在导出群议厅台账…</source>
        <translation type="unfinished">正在匯出群議廳臺賬…</translation>
    </message>
</context>
</TS>
