<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/member_form.py" line="+60"/>
        <source>18位公民身份号码，15位旧号自动升级</source>
        <translation>18-digit citizen ID number; old 15-digit numbers are upgraded automatically</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>务工、经商、就学、投亲…</source>
        <translation>Work, business, study, joining relatives…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>姓名*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>曾用名</source>
        <translation>Former name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>民族</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>政治面貌</source>
        <translation>Political affiliation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文化程度</source>
        <translation>Education</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>婚姻状况</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>宗教信仰</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作单位/职业</source>
        <translation>Employer/occupation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>兵役状况</source>
        <translation>Military service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人员类别</source>
        <translation>Resident category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来本地日期</source>
        <translation>Date of arrival here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暂住事由</source>
        <translation>Reason for stay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>户籍地址</source>
        <translation>Registered (hukou) address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_dialogs.py" line="+70"/>
        <source>如：经社区两委会议研究，列入协商议题</source>
        <translation>e.g. Discussed at a meeting of the community&apos;s two committees and added as a consultation topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确定日期</source>
        <translation>Date confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AddressFields</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/address_fields.py" line="+36"/>
        <source>（请先新建网格）</source>
        <translation>(Create a grid first)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新建网格…</source>
        <translation>New grid…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（请选择或新建楼栋）</source>
        <translation>(Select or create a building)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新建楼栋…</source>
        <translation>New building…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>如 2，院落可留空</source>
        <translation>e.g. 2; leave empty for a compound</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>如 501</source>
        <translation>e.g. 501</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>楼栋（院）</source>
        <translation>Building (compound)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单元</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>房号</source>
        <translation>Room no.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>新建网格</source>
        <translation>New grid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>网格名称：</source>
        <translation>Grid name:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>未能新建网格</source>
        <translation>Could not create grid</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>新建楼栋</source>
        <translation>New building</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>请先选择或新建网格。</source>
        <translation>Select or create a grid first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} 新的楼栋（院）名称，如“3号楼”“幸福院”：</source>
        <translation>{0}: name of the new building (compound), e.g. “Building 3” or “Xingfu Compound”:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新建楼栋（院）</source>
        <translation>New building (compound)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>未能新建楼栋</source>
        <translation>Could not create building</translation>
    </message>
</context>
<context>
    <name>AddressTreeModel</name>
    <message>
        <location filename="../community_desk/ui/models/address_tree.py" line="+24"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>全部网格</source>
        <translation>All grids</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0}（{1}人）</source>
        <translation>{0} ({1} residents)</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/tab.py" line="+61"/>
        <source> … &lt;a href=&apos;filter:{0}&apos;&gt;全部 {1} 件&lt;/a&gt;</source>
        <translation> … &lt;a href=&apos;filter:{0}&apos;&gt;all {1} cases&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b style=&apos;color:{0}&apos;&gt;{1} {2} 件&lt;/b&gt;：</source>
        <translation>&lt;b style=&apos;color:{0}&apos;&gt;{1} ({2} cases)&lt;/b&gt;: </translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/swap_dialog.py" line="+173"/>
        <source>安排人员 — {0}</source>
        <translation>Assign staff — {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>岗位</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>没有可安排的在岗人员</source>
        <translation>No active staff available to assign</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/calendar/dialogs.py" line="+198"/>
        <source>签到 — {0} {1}</source>
        <translation>Sign-in — {0} {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>签到时间</source>
        <translation>Signed in at</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>服务记录</source>
        <translation>Service record</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>居民姓名</source>
        <translation>Resident name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（选择志愿者）</source>
        <translation>(select volunteer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>居民签到</source>
        <translation>Resident sign-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿者签到</source>
        <translation>Volunteer sign-in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>请选择志愿者</source>
        <translation>Select a volunteer</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../community_desk/ui/audit_dialog.py" line="+82"/>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location line="-46"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作人</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改前</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改后</source>
        <translation>After</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>新增</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改</source>
        <translation>Update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转户</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注销</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>迁出</source>
        <translation>Move out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>死亡</source>
        <translation>Death</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>演示数据</source>
        <translation>Demo data</translation>
    </message>
</context>
<context>
    <name>BodiesPage</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_bodies.py" line="+67"/>
        <location line="+37"/>
        <source>议事机构</source>
        <translation>Deliberative body</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>在任成员</source>
        <translation>Current members</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>议事周期</source>
        <translation>Meeting schedule</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>任职日期</source>
        <translation>Appointed on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>离任日期</source>
        <translation>Left office on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>新建机构…</source>
        <translation>New body…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>添加成员…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>离任…</source>
        <translation>End term…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>全年</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}月</source>
        <translation>Month {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记会议…</source>
        <translation>Record meeting…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>成员（在任在前，离任的保留为历史）</source>
        <translation>Members (current first; former members are kept as history)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>会议日历</source>
        <translation>Meeting calendar</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{0}年</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>居民库</source>
        <translation>Resident register</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>手写</source>
        <translation>Typed in</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>已新建议事机构</source>
        <translation>Deliberative body created</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已添加成员</source>
        <translation>Member added</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已登记离任</source>
        <translation>End of term recorded</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>删除成员</source>
        <translation>Delete member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确定删除“{0}”的任职记录吗？删除后不留历史；成员离任请用“离任…”。</source>
        <translation>Delete the membership record of “{0}”? No history is kept after deletion; when a member leaves office, use “End term…”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>未能删除</source>
        <translation>Could not delete</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已登记会议</source>
        <translation>Meeting recorded</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_forms.py" line="+118"/>
        <source>新建议事机构</source>
        <translation>New deliberative body</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>如：示范社区居民议事会</source>
        <translation>e.g. Model Community Residents&apos; Council</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>如：每月一次</source>
        <translation>e.g. once a month</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>议事周期/说明</source>
        <translation>Meeting schedule/notes</translation>
    </message>
</context>
<context>
    <name>BodyMemberDialog</name>
    <message>
        <location line="+20"/>
        <source>添加成员 — {0}</source>
        <translation>Add member — {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>任职日期</source>
        <translation>Appointed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>离任日期</source>
        <translation>Left office on</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>请查找并添加居民，或输入姓名后点“按输入的姓名添加”</source>
        <translation>Search for and add a resident, or type a name and click “Add typed name”</translation>
    </message>
</context>
<context>
    <name>CalendarMeetingDialog</name>
    <message>
        <location line="+39"/>
        <source>登记议事会议</source>
        <translation>Record deliberation meeting</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>会议日期</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>议事机构</source>
        <translation>Deliberative body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会议地点</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主持人</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出席人数</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>议题（进行中）</source>
        <translation>Topics (in progress)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../community_desk/ui/tabs/calendar/tab.py" line="+50"/>
        <source>◀ 上月</source>
        <translation>◀ Previous month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下月 ▶</source>
        <translation>Next month ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新增活动</source>
        <translation>Add event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签到</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{0}年{1}月</source>
        <translation>{1}/{0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>本月 {0} 场活动</source>
        <translation>{0} events this month</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>签到…</source>
        <translation>Sign In…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改活动…</source>
        <translation>Edit Event…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>改期本场…</source>
        <translation>Reschedule This Occurrence…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取消本场</source>
        <translation>Cancel This Occurrence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>恢复本场</source>
        <translation>Restore This Occurrence</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>活动</source>
        <translation>Events</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>请先选择一场活动</source>
        <translation>Select an event first</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/case_dialog.py" line="+90"/>
        <source>保存基本信息</source>
        <translation>Save basic information</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>在“结果与协议”中用“移交上级调处…”改变层级</source>
        <translation>Change the level with “Refer to higher level…” under “Outcome and agreement”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存当事人</source>
        <translation>Save parties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存调解员</source>
        <translation>Save mediators</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <location line="+17"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+7"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>调查人</source>
        <translation>Investigator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>被调查人</source>
        <translation>Person interviewed</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+23"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>添加调查记录…</source>
        <translation>Add investigation record…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>参加人</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>调解员</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>当事人陈述</source>
        <translation>Parties&apos; statements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解过程</source>
        <translation>Mediation process</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>添加调解记录…</source>
        <translation>Add mediation record…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>回访日期</source>
        <translation>Follow-up visit date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>回访人</source>
        <translation>Visited by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>履行情况</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>当事人意见</source>
        <translation>Parties&apos; opinions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>添加回访记录…</source>
        <translation>Add follow-up visit…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>事项</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>基本信息</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>调查记录</source>
        <translation>Investigations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解记录</source>
        <translation>Mediation records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结果与协议</source>
        <translation>Outcome and agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访</source>
        <translation>Follow-up visits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时间线</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印卷宗…</source>
        <translation>Print case file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>封面、卷内目录和全部文书，保存为 Word 或 PDF</source>
        <translation>Cover, table of contents and all documents, saved as Word or PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+187"/>
        <source>生成文书</source>
        <translation>Generate document</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>调解案件</source>
        <translation>Mediation case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>该案件已不存在（可能已被删除）</source>
        <translation>This case no longer exists (possibly deleted)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>调解案件 {0}</source>
        <translation>Mediation case {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，已用 {0} 天（期限 {1}）{2}</source>
        <translation>, {0} days used (deadline {1}) {2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;&#x3000;状态：{1}{2}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;  Status: {1}{2}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>应回访日期：{0} {1}</source>
        <translation>Follow-up visit due: {0} {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>达成协议后30天内回访。</source>
        <translation>Follow-up visit within 30 days after the agreement is reached.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>未能保存</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>已生成：{0}</source>
        <translation>Generated: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>打印卷宗</source>
        <translation>Print case file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word 文档 (*.docx);;PDF 文件 (*.pdf)</source>
        <translation>Word documents (*.docx);;PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>正在生成卷宗…</source>
        <translation>Generating case file…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Word 文档 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在生成文书…</source>
        <translation>Generating document…</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/case_forms.py" line="+55"/>
        <source>元，可保留两位小数</source>
        <translation>Yuan, up to two decimal places</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>防止群体性上访</source>
        <translation>Group petition prevented</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>件</source>
        <translation>cases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>人</source>
        <translation>people</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>受理日期</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>案件来源</source>
        <translation>Case source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>纠纷类型</source>
        <translation>Dispute type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>细类</source>
        <translation>Subcategory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>纠纷简要情况</source>
        <translation>Dispute summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉及金额（元）</source>
        <translation>Amount involved (yuan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>防止民间纠纷激化</source>
        <translation>Escalation prevented</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调处层级</source>
        <translation>Handling level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联席会议</source>
        <translation>Joint meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保管期限</source>
        <translation>Retention period</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/lists.py" line="+44"/>
        <source>搜索卷号、当事人、简要情况</source>
        <translation>Search case no., parties, summary</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>受理新案件…</source>
        <translation>Accept new case…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开案件…</source>
        <translation>Open case…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>调解案件：列表中 {0} 件</source>
        <translation>Mediation cases: {0} in list</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/models.py" line="+146"/>
        <source>卷号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理日期</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解员</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已用天数</source>
        <translation>Days used</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>（延期）</source>
        <translation> (extended)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>期限：{0} {1}</source>
        <translation>Deadline: {0} {1}</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/volunteers/dialogs.py" line="+184"/>
        <source>志愿服务记录证明 — {0}</source>
        <translation>Volunteer service certificate — {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>服务起始日期（空=全部）</source>
        <translation>Service from (empty = all)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务截止日期（空=全部）</source>
        <translation>Service until (empty = all)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>负责人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存为（.docx 或 .pdf）</source>
        <translation>Save as (.docx or .pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>同一志愿者同一时间段再次出具时沿用原证明编号（补打）。</source>
        <translation>If a certificate is issued again for the same volunteer and period, the original certificate number is reused (reprint).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出具</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>保存证明</source>
        <translation>Save certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word 文档 (*.docx);;PDF (*.pdf)</source>
        <translation>Word documents (*.docx);;PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DeliberationPanel</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_panel.py" line="+80"/>
        <source>全部步骤</source>
        <translation>All steps</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>按议题名称或编号查找</source>
        <translation>Search by topic title or number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新建议题…</source>
        <translation>New topic…</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+133"/>
        <source>下一步…</source>
        <translation>Next step…</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>记录落实进展…</source>
        <translation>Record implementation progress…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改议题…</source>
        <translation>Edit topic…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印/导出…</source>
        <translation>Print/export…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印协商议事记录…</source>
        <translation>Print Consultation Record…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印决议公示…</source>
        <translation>Print Resolution Notice…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出群议厅台账…</source>
        <translation>Export Deliberation Hall Ledger…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>议题</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>议事机构与会议</source>
        <translation>Bodies and meetings</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>全部年份</source>
        <translation>All years</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}年</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>群议厅：{0} 个议题</source>
        <translation>Deliberation Hall: {0} topics</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>请选择议题</source>
        <translation>Select a topic</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已办结</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已结束</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>下一步：{0}…</source>
        <translation>Next step: {0}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>下一步（表决未通过）</source>
        <translation>Next step (vote failed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新协商…</source>
        <translation>Consult again…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结束为未通过…</source>
        <translation>End as rejected…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>（未填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类别：{0}</source>
        <translation>Category: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来源：{0}</source>
        <translation>Source: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提议人：{0}</source>
        <translation>Proposed by: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>通过比例：{0}</source>
        <translation>Pass threshold: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态：{0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>待办：{0}</source>
        <translation>To do: {0}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>议题{0}：已记录“{1}”</source>
        <translation>Topic {0}: “{1}” recorded</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已新建议题</source>
        <translation>Topic created</translation>
    </message>
</context>
<context>
    <name>DutyLogDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/log_dialog.py" line="+73"/>
        <location line="+112"/>
        <source>该班次已不存在，请刷新值班表</source>
        <translation>This shift no longer exists; refresh the roster</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>值班记录 — {0}月{1}日 {2}</source>
        <translation>Duty log — {0}/{1} {2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>来电来访人</source>
        <translation>Caller/visitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉及人员</source>
        <translation>People involved</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>巡查情况</source>
        <translation>Patrol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>备注</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>交班人</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>接班人</source>
        <translation>Taken over by</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>保存</source>
        <translation type="unfinished">Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出 Word…</source>
        <translation>Export Word…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭</source>
        <translation type="unfinished">Close</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>门前三包</source>
        <translation>Frontage responsibilities (three guarantees)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>四防（防火 防盗 防破坏 防治安灾害事故）</source>
        <translation>Four preventions (fire, theft, sabotage, public-safety accidents)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>状态</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>提出班次</source>
        <translation>Raised in shift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办结情况</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>新增事项…</source>
        <translation>Add item…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>未办结的事项会一直转到以后的班次，直到某一班办结。</source>
        <translation>Open items are carried over to later shifts until a shift resolves them.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>（调班）</source>
        <translation> (swap)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未排</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>日期：{0} {1}&#x3000;&#x3000;班次：{2} {3}
带班领导：{4}
值班人员：{5}</source>
        <translation>Date: {0} {1}    Shift: {2} {3}
Duty leader: {4}
Duty staff: {5}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>来电来访（{0}）</source>
        <translation>Calls and visits ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>突发事件（{0}）</source>
        <translation>Incidents ({0})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>上班遗留</source>
        <translation>From previous shift</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>已办结 {0}</source>
        <translation>Resolved {0}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>本班新增</source>
        <translation>Raised this shift</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>本班办结</source>
        <translation>Resolved this shift</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>交接班事项（{0} 项未办结）</source>
        <translation>Handover items ({0} open)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>已保存{0}记录</source>
        <translation>Saved {0} record</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>删除这条{0}记录吗？
{1} {2} {3}</source>
        <translation>Delete this {0} record?
{1} {2} {3}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已删除{0}记录</source>
        <translation>Deleted {0} record</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已新增交接事项，以后的班次会看到它直到办结</source>
        <translation>Handover item added; later shifts will see it until it is resolved</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>请先选中一项未办结的交接事项</source>
        <translation>Select an open handover item first</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>交接事项已在本班办结</source>
        <translation>Handover item resolved in this shift</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>已保存 {0:%H:%M}</source>
        <translation>Saved {0:%H:%M}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>尚未保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>值班记录有未保存的修改，保存吗？</source>
        <translation>The duty log has unsaved changes. Save them?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>导出值班记录</source>
        <translation>Export duty log</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word 文档 (*.docx)</source>
        <translation type="unfinished">Word documents (*.docx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已导出到 {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>未导出：{0}</source>
        <translation type="unfinished">Not exported: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>正在导出值班记录…</source>
        <translation>Exporting duty log…</translation>
    </message>
</context>
<context>
    <name>EditHouseholdDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/dialogs.py" line="+143"/>
        <source>修改户信息</source>
        <translation>Edit household</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>留空保持原户号</source>
        <translation>Leave empty to keep the current household no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>住址改动时，记入“地址变更”的日期</source>
        <translation>Date recorded for the “address change” when the address is changed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>户号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>居住性质</source>
        <translation>Residence type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>变更日期</source>
        <translation>Change date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>该户已不存在（可能已被他人删除）</source>
        <translation>This household no longer exists (possibly deleted by another user)</translation>
    </message>
</context>
<context>
    <name>EndMemberDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_forms.py" line="-47"/>
        <source>成员离任</source>
        <translation>Member leaves office</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>成员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>离任日期</source>
        <translation>Left office on</translation>
    </message>
</context>
<context>
    <name>EndTagDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/tag_dialog.py" line="+107"/>
        <source>结束特殊人群标记</source>
        <translation>End special group tag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>标记</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0}（{1}起）</source>
        <translation>{0} (since {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/log_entries.py" line="+62"/>
        <source>修改记录</source>
        <translation>Edit record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新增记录</source>
        <translation>Add record</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>类别</source>
        <translation type="unfinished">Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时间</source>
        <translation type="unfinished">Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>电话</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事由</source>
        <translation type="unfinished">Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处理情况</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人次</source>
        <translation type="unfinished">Visits</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>涉及人员</source>
        <translation>People involved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>来电来访人</source>
        <translation>Caller/visitor</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/event_dialog.py" line="+36"/>
        <source>迁出登记</source>
        <translation>Register move-out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>死亡登记</source>
        <translation>Register death</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>户内变更（与户主关系）</source>
        <translation>Change within household (relation to head)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转户（移到本社区其他户）</source>
        <translation>Transfer to another household (in this community)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>迁出日期</source>
        <translation>Move-out date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如：迁往XX市XX区</source>
        <translation>e.g. moved to XX District, XX City</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>迁往何处</source>
        <translation>Moved to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>死亡日期</source>
        <translation>Date of death</translation>
    </message>
    <message>
        <location filename="../community_desk/ui/tabs/calendar/dialogs.py" line="-193"/>
        <source>修改活动</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新增活动</source>
        <translation>Add event</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每周重复</source>
        <translation>Repeat weekly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重复至</source>
        <translation>Repeat until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>组织者</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>对象</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名额</source>
        <translation>Places</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../community_desk/ui/tabs/residents/event_dialog.py" line="+1"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新闻稿</source>
        <translation>Press release</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>该活动已不存在（可能已被删除）</source>
        <translation>This event no longer exists (it may have been deleted)</translation>
    </message>
    <message>
        <location filename="../community_desk/ui/tabs/residents/event_dialog.py" line="+3"/>
        <source>新的与户主关系</source>
        <translation>New relation to head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>变更日期</source>
        <translation>Change date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>输入户号、住址或户主姓名查找</source>
        <translation>Search by household no., address or name of head of household</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>转入户</source>
        <translation>Target household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在新户中与户主关系</source>
        <translation>Relation to head in new household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转户日期</source>
        <translation>Transfer date</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>该居民已不存在（可能已被他人删除）</source>
        <translation>This resident no longer exists (possibly deleted by another user)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} 目前不在任何户中（已迁出或已故）</source>
        <translation>{0} is not currently in any household (moved out or deceased)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}&#x3000;现户：{1} {2}（{3}）</source>
        <translation>{0}  Current household: {1} {2} ({3})</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>请先查找并选中要转入的户</source>
        <translation>Search for and select the target household first</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/export_dialog.py" line="+48"/>
        <source>导出居民名册（Excel）</source>
        <translation>Export resident roster (Excel)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>全部网格</source>
        <translation>All grids</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>截至日期</source>
        <translation>As of date</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>导出完整的证件号码和电话（仅限上报需要，将记入导出日志）</source>
        <translation>Export full ID numbers and phone numbers (only when required for reporting; recorded in the export log)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>预览（前{0}行，与文件中一致）</source>
        <translation>Preview (first {0} rows, as in the file)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>共 {0} 行</source>
        <translation>{0} rows in total</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>保存名册</source>
        <translation>Save roster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>已隐藏证件号和电话中间几位</source>
        <translation>middle digits of ID numbers and phone numbers hidden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>含完整证件号和电话，已记入导出日志</source>
        <translation>full ID numbers and phone numbers included; recorded in the export log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已导出 {0} 行到 {1}（{2}）</source>
        <translation>Exported {0} rows to {1} ({2})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>未导出：{0}</source>
        <translation>Not exported: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>正在导出名册…</source>
        <translation>Exporting roster…</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_dialogs.py" line="+240"/>
        <source>如：在公示栏和居民微信群公布落实结果，网格员入户回访</source>
        <translation>e.g. Results posted on the notice board and in the residents&apos; WeChat group; grid workers visited households to follow up</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>反馈日期</source>
        <translation>Feedback date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>反馈情况</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>满意率</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>（未统计）</source>
        <translation>(not counted)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/filters.py" line="+25"/>
        <source>搜索：姓名、拼音首字母、证件号、电话、地址（Ctrl+F）</source>
        <translation>Search: name, pinyin initials, ID number, phone, address (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>全部人群</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>高龄 {0}岁以上</source>
        <translation>Aged {0}+</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>截至</source>
        <translation>As of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查看过去某一天的居民登记情况</source>
        <translation>Show residents as registered on a past date</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>人群</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>全部网格</source>
        <translation>All grids</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/form_dialog.py" line="+63"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/log_entries.py" line="+36"/>
        <source>办结交接事项</source>
        <translation>Resolve handover item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新增交接事项</source>
        <translation>Add handover item</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}（{1} 提出）</source>
        <translation>{0} (raised in {1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>办结情况</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结</source>
        <translation>Resolve</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/swap_dialog.py" line="+36"/>
        <source>值班历史 — {0}</source>
        <translation>Duty history — {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>姓名</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>岗位</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>来源</source>
        <translation type="unfinished">Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>当前</source>
        <translation type="unfinished">Current</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>时间</source>
        <translation type="unfinished">Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>调班说明</source>
        <translation>Swap details</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已撤下</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>关闭</source>
        <translation type="unfinished">Close</translation>
    </message>
</context>
<context>
    <name>HolidaySection</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/settings.py" line="+232"/>
        <source>日期</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>日别</source>
        <translation>Day type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>名称</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>来源</source>
        <translation type="unfinished">Source</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> 年</source>
        <translation> (year)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新增…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按日期段录入…</source>
        <translation>Enter date range…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改…</source>
        <translation type="unfinished">Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation type="unfinished">Delete</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>来源：库 = chinese-calendar 收录的放假安排；手工 = 在此录入（优先于库），删除只撤销手工录入</source>
        <translation>Source: Library = holiday schedule included in chinese-calendar; Manual = entered here (takes precedence over the library); deleting only undoes manual entries</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>chinese-calendar 尚无 {0} 年的放假安排，请按国务院办公厅通知逐日录入</source>
        <translation>chinese-calendar has no holiday schedule for {0} yet; enter it day by day following the State Council General Office notice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（已手工录入 {0} 天，请核对是否齐全）</source>
        <translation> ({0} days entered manually; check that they are complete)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>库</source>
        <translation>Library</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>手工</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>周末推算</source>
        <translation>Weekend (inferred)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+18"/>
        <source>已设置 {0} 为{1}</source>
        <translation>Set {0} to {1}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>已录入 {0} 至 {1} 共 {2} 天</source>
        <translation>Entered {0} to {1}: {2} days</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} 来自 chinese-calendar，不能删除；如需更正请「修改…」</source>
        <translation>{0} comes from chinese-calendar and cannot be deleted; to correct it, use “Edit…”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>撤销 {0} 的手工设置（{1} {2}）吗？</source>
        <translation>Undo the manual setting for {0} ({1} {2})?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已撤销 {0} 的手工设置</source>
        <translation>Manual setting for {0} undone</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/dialogs.py" line="-109"/>
        <source>请选择楼栋（院）；没有的话点“新建楼栋…”</source>
        <translation>Select a building (compound); if it is not listed, click “New building…”</translation>
    </message>
</context>
<context>
    <name>HouseholdPanel</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/household_panel.py" line="+27"/>
        <location line="+40"/>
        <source>未选择户</source>
        <translation>No household selected</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>与户主关系</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>入户日期</source>
        <translation>Date joined</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>事项</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>居民</source>
        <translation>Resident</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>户内成员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>变动记录</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>户号 {0}&#x3000;{1}</source>
        <translation>Household no. {0}  {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&#x3000;已注销于 {0}</source>
        <translation>  Closed on {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网格：{0}&#x3000;建户：{1}&#x3000;居住性质：{2}{3}</source>
        <translation>Grid: {0}  Created: {1}  Residence type: {2}{3}</translation>
    </message>
</context>
<context>
    <name>ImplementationDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_dialogs.py" line="-69"/>
        <source>如：物业公司、社区居委会</source>
        <translation>e.g. property management company, residents&apos; committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>落实措施</source>
        <translation>Implementation measures</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>开始落实</source>
        <translation>Implementation starts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>责任方</source>
        <translation>Responsible party</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>公示期至{0}，期满后（{1}起）方可组织落实</source>
        <translation>The public notice period runs until {0}; implementation can only be organised after it ends (from {1})</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/import_dialog.py" line="+50"/>
        <source>导入居民台账 — {0}</source>
        <translation>Import resident ledger — {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>工作表“{0}”，表头在第{1}行，共{2}行数据。请核对每一列对应的字段，不需要的列选“（不导入）”。</source>
        <translation>Sheet “{0}”, header in row {1}, {2} data rows. Check the field each column maps to; for columns you do not need, choose “(Do not import)”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>表中的列</source>
        <translation>Column in sheet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>示例</source>
        <translation>Sample</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>（不导入）</source>
        <translation>(Do not import)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>（空白表头）</source>
        <translation>(Blank header)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>跳过（保持库中原样）</source>
        <translation>Skip (keep the stored record as it is)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用表中有变化的字段更新（记入审计日志）</source>
        <translation>Update fields that differ in the sheet (recorded in the audit log)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>只检查，不写入数据库</source>
        <translation>Check only; do not write to the database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选项</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>身份证号已在库中的居民：</source>
        <translation>Residents whose ID number is already stored:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>表中没有迁入日期时，按此日期登记迁入：</source>
        <translation>If the sheet has no move-in date, register the move-in on this date:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>开始导入</source>
        <translation>Start import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存错误清单…</source>
        <translation>Save error list…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>请为“{0}”指定对应的列</source>
        <translation>Choose the column for “{0}”</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>正在导入居民台账…</source>
        <translation>Importing resident ledger…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>（只检查，未写入）</source>
        <translation>(Check only, nothing written) </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>未导入，数据库没有改动。</source>
        <translation>Nothing imported; the database was not changed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>保存错误清单</source>
        <translation>Save error list</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&#x3000;错误清单已保存：{0}</source>
        <translation>  Error list saved: {0}</translation>
    </message>
</context>
<context>
    <name>LeaveSection</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/settings.py" line="-174"/>
        <location line="+3"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>开始</source>
        <translation type="unfinished">Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结束</source>
        <translation type="unfinished">End</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>原因</source>
        <translation type="unfinished">Reason</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>备注</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>登记…</source>
        <translation>Record…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation type="unfinished">Delete</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>全部人员</source>
        <translation>All staff</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>已登记 {0} {1}</source>
        <translation>Recorded: {0} {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} {1} {2} 至 {3}</source>
        <translation>{0} {1} {2} to {3}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除这条登记吗？
{0}</source>
        <translation>Delete this record?
{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已删除 {0}</source>
        <translation type="unfinished">Deleted {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../community_desk/ui/main_window.py" line="+57"/>
        <source>居民</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>值班</source>
        <translation>Duty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>活动</source>
        <translation>Events</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>立即备份数据库</source>
        <translation>Back Up Database Now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开备份文件夹</source>
        <translation>Open Backup Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从备份恢复…</source>
        <translation>Restore from Backup…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>审计日志…</source>
        <translation>Audit Log…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号校验…</source>
        <translation>ID Number Check…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+111"/>
        <source>关于社区工作台</source>
        <translation>About Community Desk</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>已备份并通过完整性检查：{0}</source>
        <translation>Backed up and integrity check passed: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在备份数据库…</source>
        <translation>Backing up database…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>今日自动备份已完成：{0}</source>
        <translation>Today&apos;s automatic backup is done: {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>选择备份文件</source>
        <translation>Select backup file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>数据库备份 (*.sqlite3 *.db)</source>
        <translation>Database backups (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用备份“{0}”替换当前数据？
当前数据会先自动备份。</source>
        <translation>Replace the current data with backup “{0}”?
The current data will be backed up automatically first.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>已恢复；原数据已备份为 {0}</source>
        <translation>Restored; the previous data was backed up as {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>身份证号校验</source>
        <translation>ID number check</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>公民身份号码：</source>
        <translation>Citizen ID number:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>号码无效</source>
        <translation>Invalid number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>号码：{0}</source>
        <translation>Number: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（由15位旧号码升级）</source>
        <translation>(upgraded from an old 15-digit number)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>出生日期：{0}</source>
        <translation>Date of birth: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>性别：{0}</source>
        <translation>Sex: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>号码有效</source>
        <translation>Valid number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;社区工作台 {0}&lt;/h3&gt;&lt;p&gt;离线的社区居委会办公软件：居民、值班、调解、志愿、活动。&lt;/p&gt;&lt;p&gt;数据文件：{1}&lt;br&gt;备份文件夹：{2}&lt;/p&gt;&lt;p&gt;数据只保存在本机，不连接互联网。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Community Desk {0}&lt;/h3&gt;&lt;p&gt;Offline office software for community residents&apos; committees: Residents, Duty, Mediation, Volunteers, Events.&lt;/p&gt;&lt;p&gt;Data file: {1}&lt;br&gt;Backup folder: {2}&lt;/p&gt;&lt;p&gt;Data is stored only on this computer; it never connects to the Internet.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MediationTab</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/tab.py" line="+29"/>
        <source>恳谈登记</source>
        <translation>Talk register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解案件</source>
        <translation>Mediation cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解员</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>群议厅</source>
        <translation>Deliberation Hall</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>新建（恳谈登记/案件/调解员）</source>
        <translation>New (Talk Record/Case/Mediator)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>恳谈/来访登记…</source>
        <translation>Register Talk/Visit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>受理调解案件…</source>
        <translation>Accept Mediation Case…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新增调解员…</source>
        <translation>Add Mediator…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>刷新调解</source>
        <translation>Refresh Mediation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出调解统计（Excel）…</source>
        <translation>Export Mediation Statistics (Excel)…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>已受理案件</source>
        <translation>Case accepted</translation>
    </message>
</context>
<context>
    <name>MediatorDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/lists.py" line="+17"/>
        <source>修改调解员</source>
        <translation>Edit mediator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新增调解员</source>
        <translation>Add mediator</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>在任</source>
        <translation>In office</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>MediatorPanel</name>
    <message>
        <location line="+41"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>居民档案</source>
        <translation>Resident record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>经办案件</source>
        <translation>Cases handled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在办案件</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>新增调解员…</source>
        <translation>Add mediator…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>在任</source>
        <translation>In office</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已离任</source>
        <translation>Left office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已关联</source>
        <translation>Linked</translation>
    </message>
</context>
<context>
    <name>MeetingCalendarModel</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_models.py" line="+139"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>议事机构</source>
        <translation>Deliberative body</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>地点</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>主持人</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>出席</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>议题</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}年{1}月（{2}次）</source>
        <translation>{0}/{1} ({2} meetings)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>专题协商</source>
        <translation>Special consultation</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_dialogs.py" line="-187"/>
        <source>（专题协商，不属于议事机构例会）</source>
        <translation>(Special consultation, not a regular meeting of a body)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会议过程、达成的共识</source>
        <translation>Course of the meeting, consensus reached</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>会议日期</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会议地点</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>议事机构</source>
        <translation>Deliberative body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主持人</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出席人数</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会议情况</source>
        <translation>Meeting notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>参加人</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{0}意见</source>
        <translation>Views of {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>各方意见</source>
        <translation>Views of all parties</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>会议</source>
        <translation>Meeting</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/member_dialog.py" line="+90"/>
        <source>添加成员</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>迁入</source>
        <translation>Move in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出生</source>
        <translation>Birth</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+36"/>
        <source>与户主关系</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>登记方式</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>入户登记</source>
        <translation>Joining the household</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+42"/>
        <source>基本信息</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>该户已不存在（可能已被他人删除）</source>
        <translation>This household no longer exists (possibly deleted by another user)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>户 {0}&#x3000;{1}</source>
        <translation>Household {0}  {1}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>居民信息</source>
        <translation>Resident information</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>户号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>入户日期</source>
        <translation>Date joined</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>离户日期</source>
        <translation>Date left</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>事项</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>入户经历</source>
        <translation>Household history</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>变动记录</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>特殊人群</source>
        <translation>Special groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>历史</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>该居民已不存在（可能已被他人删除）</source>
        <translation>This resident no longer exists (possibly deleted by another user)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>与户主关系：{0}&#x3000;（关系变更请通过“户内变更”办理，以保留历史）</source>
        <translation>Relation to head: {0}  (to change it, use “Change within household” so the history is kept)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}&#x3000;已故（{1}）</source>
        <translation>{0}  Deceased ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}&#x3000;目前不在任何户中（已迁出）</source>
        <translation>{0}  Not currently in any household (moved out)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}&#x3000;户 {1}&#x3000;{2}</source>
        <translation>{0}  Household {1}  {2}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>已保存，请核对</source>
        <translation>Saved; please check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已保存。以下情况请核对证件：
{0}</source>
        <translation>Saved. Please check the ID documents for the following:
{0}</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/member_form.py" line="+133"/>
        <source>出生日期 {0}</source>
        <translation>born {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>号码格式正确</source>
        <translation>Number format is valid</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>（识别为{0}）</source>
        <translation> (detected as {0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>15位旧号码，保存时将升级为18位：{0}</source>
        <translation>Old 15-digit number; it will be upgraded to 18 digits when saved: {0}</translation>
    </message>
</context>
<context>
    <name>MoveOccurrenceDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/calendar/move_dialog.py" line="+26"/>
        <source>改期本场 — {0}</source>
        <translation>Reschedule occurrence — {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>原定</source>
        <translation>Originally</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时间</source>
        <translation type="unfinished">Time</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/case_dialog.py" line="-289"/>
        <source>受理人民调解案件</source>
        <translation>Accept people&apos;s mediation case</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>基本信息</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解员</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>卷号（保存时自动编号）：{0}</source>
        <translation>Case no. (assigned when saved): {0}</translation>
    </message>
</context>
<context>
    <name>NewHouseholdDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/dialogs.py" line="+49"/>
        <source>新建户</source>
        <translation>New household</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>留空自动编号</source>
        <translation>Leave empty to number automatically</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>户号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>居住性质</source>
        <translation>Residence type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>迁入日期</source>
        <translation>Move-in date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>户主信息</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../community_desk/ui/widgets/date_edit.py" line="+73"/>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清空此日期</source>
        <translation>Clear this date</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/outcome_page.py" line="+71"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解结果</source>
        <translation>Mediation outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+81"/>
        <source>协议日期</source>
        <translation>Agreement date</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+81"/>
        <source>达成协议的内容</source>
        <translation>Terms of the agreement</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+81"/>
        <source>履行方式</source>
        <translation>How it is carried out</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+81"/>
        <source>履行期限</source>
        <translation>Deadline for carrying out</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>告知途径</source>
        <translation>Other routes advised</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>终止原因</source>
        <translation>Reason for termination</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>结案日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解期限</source>
        <translation>Mediation deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调处层级</source>
        <translation>Handling level</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>开始调解…</source>
        <translation>Start mediation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录协议…</source>
        <translation>Record agreement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解不成…</source>
        <translation>Mediation failed…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>终止调解…</source>
        <translation>Terminate mediation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>改为履行中…</source>
        <translation>Mark as being carried out…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案…</source>
        <translation>Close case…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>延期…</source>
        <translation>Extension…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移交上级调处…</source>
        <translation>Refer to higher level…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>开始调解</source>
        <translation>Start mediation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>改为履行中</source>
        <translation>Mark as being carried out</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结案</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>协议形式</source>
        <translation>Form of agreement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>协议后几天回访</source>
        <translation>Follow-up visit (days after agreement)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>记录协议</source>
        <translation>Record agreement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已告知途径</source>
        <translation>Other routes advised</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>调解不成</source>
        <translation>Mediation failed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>终止调解</source>
        <translation>Terminate mediation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>双方同意日期</source>
        <translation>Date both parties agreed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新的期限</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>延期（须双方当事人同意）</source>
        <translation>Extension (both parties must agree)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>移交至</source>
        <translation>Refer to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>移交上级调处</source>
        <translation>Refer to higher level</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>调查人</source>
        <translation>Investigator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>被调查人</source>
        <translation>Person interviewed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>调查记录</source>
        <translation>Investigation record</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>参加人</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解员</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人陈述</source>
        <translation>Parties&apos; statements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调解过程</source>
        <translation>Mediation process</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>调解记录</source>
        <translation>Mediation record</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>回访日期</source>
        <translation>Follow-up visit date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回访人</source>
        <translation>Visited by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>履行情况</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事人意见</source>
        <translation>Parties&apos; opinions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>回访记录</source>
        <translation>Follow-up visit record</translation>
    </message>
</context>
<context>
    <name>OutingDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/volunteers/record_dialogs.py" line="+139"/>
        <source>团队集体服务录入</source>
        <translation>Team group service entry</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>参加</source>
        <translation>Took part</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>开始（留空同上）</source>
        <translation>Start (blank = same as above)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结束（留空同上）</source>
        <translation>End (blank = same as above)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>第{0}行的时间应写成 时:分，如 09:30</source>
        <translation>The time in row {0} should be written as hours:minutes, e.g. 09:30</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/settings_dialogs.py" line="+225"/>
        <source>放假安排（单日）</source>
        <translation>Holiday schedule (single day)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>日期</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>日别</source>
        <translation>Day type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>名称</source>
        <translation type="unfinished">Name</translation>
    </message>
</context>
<context>
    <name>OverrideRangeDialog</name>
    <message>
        <location line="+19"/>
        <source>按日期段录入放假安排</source>
        <translation>Enter holiday schedule by date range</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>开始</source>
        <translation type="unfinished">Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结束</source>
        <translation type="unfinished">End</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>日别</source>
        <translation>Day type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名称</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>调休上班的周末请单独录入为「工作日」。</source>
        <translation>Enter weekend make-up working days separately as “工作日” (workday).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>结束日期不能早于开始日期</source>
        <translation>The end date cannot be earlier than the start date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>一次最多录入 {0} 天</source>
        <translation>At most {0} days can be entered at a time</translation>
    </message>
</context>
<context>
    <name>PartiesEditor</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/case_forms.py" line="+139"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>居民档案</source>
        <translation>Resident record</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>添加申请人…</source>
        <translation>Add applicant…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>添加被申请人…</source>
        <translation>Add respondent…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>已关联</source>
        <translation>Linked</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location line="-128"/>
        <source>当事人（{0}）</source>
        <translation>Party ({0})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>未填</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>民族</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>已关联本社区居民，信息取自居民档案</source>
        <translation>Linked to a resident of this community; details come from the resident record</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>请填写姓名</source>
        <translation>Enter a name</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_widgets.py" line="+56"/>
        <source>输入姓名、拼音首字母或证件号查找居民；居民库外的人直接输入姓名</source>
        <translation>Type a name, pinyin initials or ID number to find a resident; for people not in the register, just type the name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>添加选中居民</source>
        <translation>Add selected resident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按输入的姓名添加</source>
        <translation>Add typed name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>（手写）</source>
        <translation> (typed in)</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/report_actions.py" line="+51"/>
        <source>导出调解统计</source>
        <translation>Export mediation statistics</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按月</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按季度</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>选择保存位置…</source>
        <translation>Choose where to save…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>统计方式</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>统计{0}受理的案件（{1}至{2}），办理情况截至期末；含“人民调解登记表”和“月度统计表”两个工作表。</source>
        <translation>Counts cases accepted in {0} ({1} to {2}), with their progress as of the end of the period; contains two sheets: “People&apos;s mediation register” and “Monthly statistics”.</translation>
    </message>
</context>
<context>
    <name>PeriodListModel</name>
    <message>
        <location filename="../community_desk/ui/tabs/reports/models.py" line="+39"/>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>状态</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>定稿时间</source>
        <translation>Finalised at</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>定稿人</source>
        <translation>Finalised by</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{0}尚未结束，数字还会变化</source>
        <translation>{0} has not ended yet; the figures may still change</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_dialogs.py" line="+177"/>
        <location line="+2"/>
        <source>进展情况</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>PublicityDialog</name>
    <message>
        <location line="-72"/>
        <source>社区公示栏</source>
        <translation>Community notice board</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>公示开始</source>
        <translation>Notice starts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公示结束</source>
        <translation>Notice ends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公示地点</source>
        <translation>Notice location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>公示期不少于{0}天，开始当日不计入：结束日期不早于开始日期后第{0}天。</source>
        <translation>The public notice period is at least {0} days, not counting the first day: the end date must be at least {0} days after the start date.</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location line="+120"/>
        <source>如：多数居民不同意，暂不实施</source>
        <translation>e.g. Most residents disagreed; not carried out for now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/swap_dialog.py" line="-49"/>
        <source>换人 — {0}</source>
        <translation>Replace person — {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>换下</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>换上</source>
        <translation>With</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>请选择换下和换上的人员</source>
        <translation>Select the person to replace and the replacement</translation>
    </message>
</context>
<context>
    <name>ReportTextEditor</name>
    <message>
        <location filename="../community_desk/ui/tabs/reports/editor.py" line="+22"/>
        <source>如：王书记</source>
        <translation>e.g. Secretary Wang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>下月工作计划</source>
        <translation>Next month&apos;s work plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>每行一项，打印时逐行列出</source>
        <translation>One item per line; each line is printed as a separate item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>每行一项</source>
        <translation>One item per line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存文字</source>
        <translation>Save text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>编制人</source>
        <translation>Compiled by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编制日期</source>
        <translation>Compiled on</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>存在问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0}工作计划</source>
        <translation>Work plan for {0}</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../community_desk/ui/tabs/reports/tab.py" line="+101"/>
        <source>月报</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>季报</source>
        <translation>Quarterly report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>年报</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>年</source>
        <translation> (year)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>定稿…</source>
        <translation>Finalise…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新打开…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>另存为 Word…</source>
        <translation>Save as Word…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>正在计算{0}的数字…</source>
        <translation>Calculating figures for {0}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>未能计算{0}的数字：{1}</source>
        <translation>Could not calculate figures for {0}: {1}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>已定稿（{0}）：数字已冻结，重新打印结果不变</source>
        <translation>Final ({0}): figures are frozen; reprints will be identical</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>草稿：数字按截至期末的当前数据实时计算</source>
        <translation>Draft: figures are calculated live from current data as of the end of the period</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0}月</source>
        <translation type="unfinished">Month {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>第{0}季度</source>
        <translation>Quarter {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全年</source>
        <translation type="unfinished">Whole year</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>保存文字</source>
        <translation>Save text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}的工作计划和存在问题已修改，是否保存？</source>
        <translation>The work plan and problems for {0} have been changed. Save them?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>已保存{0}的文字</source>
        <translation>Text for {0} saved</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>定稿</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>将{0}定稿？
定稿后数字和文字冻结，以后打印结果不变；如需修改须“重新打开”并说明原因。</source>
        <translation>Finalise {0}?
Once final, the figures and text are frozen and later prints will be identical; to change anything, “Reopen” it and give a reason.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>正在定稿…</source>
        <translation>Finalising…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新打开后数字将按当前数据重新计算，文字可以修改。
此操作将记入审计日志，请填写原因（必填）：</source>
        <translation>After reopening, the figures are recalculated from current data and the text can be edited.
This is recorded in the audit log. Enter a reason (required):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}已重新打开：{1}</source>
        <translation>{0} reopened: {1}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Word 文档 (*.docx)</source>
        <translation type="unfinished">Word documents (*.docx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>已保存：{0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在生成{0}…</source>
        <translation type="unfinished">Generating {0}…</translation>
    </message>
</context>
<context>
    <name>ResidentNameEdit</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/widgets.py" line="+79"/>
        <source>输入姓名、拼音首字母或电话查找居民，也可直接填写</source>
        <translation>Type a name, pinyin initials or phone number to find a resident, or just type the name</translation>
    </message>
</context>
<context>
    <name>ResidentTableModel</name>
    <message>
        <location filename="../community_desk/ui/models/resident_table.py" line="+77"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与户主关系</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>户号</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>现住址</source>
        <translation>Current address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人员类别</source>
        <translation>Resident category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>特殊人群</source>
        <translation>Special groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>核对</source>
        <translation>Check</translation>
    </message>
</context>
<context>
    <name>ResidentsTab</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/tab.py" line="+75"/>
        <source>查询失败：{0}</source>
        <translation>Query failed: {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>新建户…</source>
        <translation>New Household…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新增成员…</source>
        <translation>Add Member…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查看/编辑居民…</source>
        <translation>View/Edit Resident…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改户信息…</source>
        <translation>Edit Household…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>迁出…</source>
        <translation>Move Out…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>死亡登记…</source>
        <translation>Register Death…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>户内变更…</source>
        <translation>Change Within Household…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转到其他户…</source>
        <translation>Transfer to Another Household…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除居民（录入错误）…</source>
        <translation>Delete Resident (Entry Error)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除/注销户…</source>
        <translation>Delete/Close Household…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出一户一档（Word）…</source>
        <translation>Export Household File (Word)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出居民名册（Excel）…</source>
        <translation>Export Resident Roster (Excel)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入居民台账（Excel/CSV）…</source>
        <translation>Import Resident Ledger (Excel/CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>当前</source>
        <translation>Current</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}：共 {1} 户 {2} 人，{3} 个网格&#x3000;|&#x3000;列表中 {4} 人</source>
        <translation>{0}: {1} households, {2} residents, {3} grids  |  {4} in list</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>请先选择</source>
        <translation>Nothing selected</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>已新建户</source>
        <translation>Household created</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请先在左侧或右侧选择一户。</source>
        <translation>Select a household on the left or right first.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <location line="+5"/>
        <source>请先在列表中选择一位居民。</source>
        <translation>Select a resident in the list first.</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+65"/>
        <location line="+20"/>
        <source>请先选择一户。</source>
        <translation>Select a household first.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>删除居民</source>
        <translation>Delete resident</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>确定删除“{0}”（{1}）吗？

删除只用于录入错误的记录，其变动历史也一并删除（审计日志中保留）。
居民搬走请用“迁出”，去世请用“死亡登记”。</source>
        <translation>Delete “{0}” ({1})?

Deletion is only for records entered in error; their change history is deleted too (it stays in the audit log).
If a resident moves away, use “Move Out”; if they die, use “Register Death”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>已删除 {0}</source>
        <translation>Deleted {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>选择居民台账</source>
        <translation>Select resident ledger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>台账 (*.xlsx *.xls *.xlsm *.ods *.csv);;所有文件 (*)</source>
        <translation>Ledgers (*.xlsx *.xls *.xlsm *.ods *.csv);;All files (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>正在读取台账…</source>
        <translation>Reading ledger…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>导出一户一档</source>
        <translation>Export household file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word 文档 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已导出：{0}</source>
        <translation>Exported: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在导出一户一档…</source>
        <translation>Exporting household file…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>删除/注销户</source>
        <translation>Delete/close household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从未有成员的户将被删除；有过成员的户将注销（历史保留）。继续吗？</source>
        <translation>A household that never had members will be deleted; one that has had members will be closed (its history is kept). Continue?</translation>
    </message>
</context>
<context>
    <name>ResolutionDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_dialogs.py" line="-148"/>
        <source>决议的具体内容</source>
        <translation>Full text of the resolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>决议日期</source>
        <translation>Resolution date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>决议内容</source>
        <translation>Resolution</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/roster_view.py" line="+73"/>
        <source>日期</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>类型</source>
        <translation type="unfinished">Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation type="unfinished">Details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>姓名</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期班次</source>
        <translation>Shifts (period)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期夜班</source>
        <translation>Night shifts (period)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期节假日</source>
        <translation>Holidays (period)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本期周末</source>
        <translation>Weekends (period)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全年班次</source>
        <translation>Shifts (year)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全年夜班</source>
        <translation>Night shifts (year)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全年节假日</source>
        <translation>Holidays (year)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>方式</source>
        <translation type="unfinished">Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调班对象</source>
        <translation>Swap with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请时间</source>
        <translation>Requested at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内容</source>
        <translation type="unfinished">Content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事由</source>
        <translation type="unfinished">Subject</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>值班统计</source>
        <translation>Duty statistics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调班记录</source>
        <translation>Swap records</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>◀ 上月</source>
        <translation type="unfinished">◀ Previous month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下月 ▶</source>
        <translation type="unfinished">Next month ▶</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+59"/>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+57"/>
        <source>周</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>生成本月值班表…</source>
        <translation>Generate this month&apos;s roster…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生成节假日值班…</source>
        <translation>Generate holiday duty…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+251"/>
        <source>调班…</source>
        <translation>Swap…</translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+252"/>
        <source>值班记录…</source>
        <translation>Duty Log…</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>导出…</source>
        <translation type="unfinished">Export…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>◀ 上{0}</source>
        <translation>◀ Previous {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本{0}</source>
        <translation>This {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下{0} ▶</source>
        <translation>Next {0} ▶</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>生成{0}月值班表…</source>
        <translation>Generate roster for month {0}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}：{1}个班次，{2}人次，冲突{3}处</source>
        <translation>{0}: {1} shifts, {2} assignments, {3} conflicts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>冲突（{0}）</source>
        <translation>Conflicts ({0})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}年的法定节假日安排尚未录入，已按普通周末处理，请在「人员与班次 → 放假安排」中录入</source>
        <translation>The public holiday schedule for {0} has not been entered, so those days were treated as ordinary weekends; enter it under “Staff and shifts → Holiday schedule”</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+4"/>
        <source>生成节假日值班</source>
        <translation>Generate holiday duty</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{0}年没有法定节假日安排</source>
        <translation>No public holidays are scheduled for {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}年的节假日：</source>
        <translation>Holidays in {0}:</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+11"/>
        <location line="+25"/>
        <source>生成值班表</source>
        <translation>Generate roster</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>{0}已有值班表。重新生成将重排其余日子；有值班记录、调班或手工调整的日子保持不变。是否继续？</source>
        <translation>{0} already has a roster. Regenerating will rearrange the other days; days with a duty log, swap or manual adjustment stay unchanged. Continue?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>正在生成值班表…</source>
        <translation>Generating roster…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}值班表已生成：{1}个班次，{2}人次，缺{3}人次。</source>
        <translation>Roster for {0} generated: {1} shifts, {2} assignments, {3} unfilled.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>保留未动的日子（有值班记录、调班或手工调整）：{0}</source>
        <translation>Days left unchanged (duty log, swap or manual adjustment): {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>缺人的班次已列在「冲突」中，请手工安排。</source>
        <translation>Understaffed shifts are listed under “Conflicts”; assign staff to them manually.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>调整值班</source>
        <translation>Adjust duty</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>撤下</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>将 {0} 从 {1} 撤下？</source>
        <translation>Remove {0} from {1}?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>调班</source>
        <translation>Swap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>请先在值班表中选中一个已排人员的班次</source>
        <translation>Select a shift with assigned staff in the roster first</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>值班记录</source>
        <translation>Duty log</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>请先在值班表中选中一个班次</source>
        <translation>Select a shift in the roster first</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>安排人员…</source>
        <translation>Assign Staff…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>换人…</source>
        <translation>Replace Person…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>撤下…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>查看历史</source>
        <translation>View History</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished">Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>导出值班表</source>
        <translation>Export roster</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>已导出值班表：{0}</source>
        <translation>Roster exported: {0}</translation>
    </message>
</context>
<context>
    <name>RosterSettingsPanel</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/settings.py" line="+146"/>
        <source>人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>请假/培训</source>
        <translation>Leave/training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>班次设置</source>
        <translation>Shift settings</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>放假安排</source>
        <translation>Holiday schedule</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/tab.py" line="+36"/>
        <source>值班表</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人员与班次</source>
        <translation>Staff and shifts</translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/models.py" line="+135"/>
        <source>日期</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星期</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>日别</source>
        <translation>Day type</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0}月{1}日</source>
        <translation>{0}/{1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>周{0}</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>缺{0}人</source>
        <translation>{0} short</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已填写值班记录</source>
        <translation>Duty log filled in</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/roster_tables.py" line="+57"/>
        <source>移动哪一位到 {0}？</source>
        <translation>Who should move to {0}?</translation>
    </message>
</context>
<context>
    <name>ServicePanel</name>
    <message>
        <location filename="../community_desk/ui/tabs/volunteers/panels.py" line="+112"/>
        <source>全年</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}月</source>
        <translation>Month {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>搜索内容、志愿者</source>
        <translation>Search content, volunteer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新增记录…</source>
        <translation>Add record…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>团队集体服务…</source>
        <translation>Team group service…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>共 {0} 条，{1} 小时</source>
        <translation>{0} records, {1} hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务记录：{0} 条</source>
        <translation>Service records: {0}</translation>
    </message>
</context>
<context>
    <name>ServiceRecordDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/volunteers/record_dialogs.py" line="-96"/>
        <source>修改服务记录</source>
        <translation>Edit service record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新增服务记录</source>
        <translation>Add service record</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <location filename="../community_desk/ui/tabs/volunteers/models.py" line="+27"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>时长(小时)</source>
        <translation>Duration (hours)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>志愿者</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务内容</source>
        <translation>Service content</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>组织者</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>确认人</source>
        <translation>Confirmed by</translation>
    </message>
</context>
<context>
    <name>ShiftTypeDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/settings_dialogs.py" line="-125"/>
        <source>修改班次</source>
        <translation>Edit shift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新增班次</source>
        <translation>Add shift</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>次日</source>
        <translation>next day</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>夜班（排班时单独均衡夜班次数）</source>
        <translation>Night shift (night shifts are balanced separately when scheduling)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>名称</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>时间</source>
        <translation type="unfinished">Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>适用日</source>
        <translation>Applies on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>带班领导（人）</source>
        <translation>Duty leaders (people)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>值班人员（人）</source>
        <translation>Duty staff (people)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>结束时间不晚于开始时间即为次日结束；修改时间不影响已排好的班次。</source>
        <translation>An end time no later than the start time means the shift ends the next day; changing the time does not affect shifts already scheduled.</translation>
    </message>
</context>
<context>
    <name>ShiftTypeSection</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/settings.py" line="-141"/>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>时间</source>
        <translation type="unfinished">Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>适用日</source>
        <translation>Applies on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>带班领导</source>
        <translation>Duty leaders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>值班人员</source>
        <translation>Duty staff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>夜班</source>
        <translation>Night shift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新增…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改…</source>
        <translation type="unfinished">Edit…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>已保存班次 {0}（新排的班次按新设置）</source>
        <translation>Shift {0} saved (newly scheduled shifts use the new settings)</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/settings_dialogs.py" line="-113"/>
        <source>修改值班人员</source>
        <translation>Edit duty staff member</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新增值班人员</source>
        <translation>Add duty staff member</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>可担任带班领导</source>
        <translation>Can act as duty leader</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>在岗（参加排班）</source>
        <translation>Active (included in scheduling)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>姓名</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>职务</source>
        <translation type="unfinished">Position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>电话</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation type="unfinished">Notes</translation>
    </message>
</context>
<context>
    <name>StaffSection</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/settings.py" line="-121"/>
        <source>姓名</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>职务</source>
        <translation type="unfinished">Position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>电话</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>可带班</source>
        <translation>Can lead</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>在岗</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新增…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改…</source>
        <translation type="unfinished">Edit…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>已新增值班人员 {0}</source>
        <translation>Duty staff member {0} added</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已修改值班人员 {0}</source>
        <translation>Duty staff member {0} updated</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../community_desk/ui/tabs/volunteers/panels.py" line="+136"/>
        <source>按{0}</source>
        <translation>By {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>月</source>
        <translation> (month)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>达标检查月份</source>
        <translation>Month checked for minimum service</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>次数</source>
        <translation>Times</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>小时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未达标</source>
        <translation>Below minimum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>志愿者编号</source>
        <translation>Volunteer no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>累计小时</source>
        <translation>Total hours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星级</source>
        <translation>Star level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>距下一级</source>
        <translation>To next level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>服务时长</source>
        <translation>Service hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未达标（每月≥2次且≥3小时；队伍每季度≥2次）</source>
        <translation>Below minimum (at least 2 times and 3 hours a month; teams at least 2 times a quarter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星级（一星100小时…五星1500小时）</source>
        <translation>Star levels (one star 100 hours … five stars 1500 hours)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>统计：{0}月未达标 {1} 人，本季度未达标队伍 {2} 个</source>
        <translation>Statistics: {1} people below minimum in month {0}, {2} teams below minimum this quarter</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_dialogs.py" line="-162"/>
        <source>{0} — 议题{1}</source>
        <translation>{0} — Topic {1}</translation>
    </message>
</context>
<context>
    <name>SwapDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/swap_dialog.py" line="-150"/>
        <source>调班 — {0}</source>
        <translation>Swap — {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>代班（对方替本人值此班）</source>
        <translation>Cover (the colleague takes this shift)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>互换（两人交换班次）</source>
        <translation>Exchange (the two swap shifts)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>如：家中有事、外出培训</source>
        <translation>e.g. family matters, off-site training</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方式</source>
        <translation type="unfinished">Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调班对象</source>
        <translation>Swap with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>换得班次</source>
        <translation>Shift in exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请时间</source>
        <translation>Requested at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事由</source>
        <translation type="unfinished">Subject</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>该班次没有可调班的人员</source>
        <translation>No one is available to swap this shift with</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择调班对象</source>
        <translation>Select who to swap with</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>互换需选择对方在本期的一个班次</source>
        <translation>For an exchange, select one of the colleague&apos;s shifts in this period</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/residents/tag_dialog.py" line="-63"/>
        <source>添加特殊人群标记</source>
        <translation>Add special group tag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>人群类别</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>残疾情况</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>TagsPanel</name>
    <message>
        <location line="+63"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>详情</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结束…</source>
        <translation>End…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>标记的添加、结束和删除会立即保存。不再属于某类人群时请用“结束…”，以保留历史。</source>
        <translation>Adding, ending and deleting tags are saved immediately. When someone no longer belongs to a group, use “End…” so the history is kept.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>删除标记</source>
        <translation>Delete tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确定删除“{0}”标记吗？删除后不留历史；只是不再属于该人群时，请用“结束…”。</source>
        <translation>Delete the “{0}” tag? No history is kept after deletion; if the person simply no longer belongs to this group, use “End…”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>未能删除</source>
        <translation>Could not delete</translation>
    </message>
</context>
<context>
    <name>TalkDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/talk_panel.py" line="+62"/>
        <source>修改恳谈登记</source>
        <translation>Edit talk record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>恳谈/来访登记</source>
        <translation>Talk/visit register</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>需要跟进</source>
        <translation>Needs follow-up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>跟进已办结</source>
        <translation>Follow-up completed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>日期时间</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方式</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事由</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>情绪疏导/答复</source>
        <translation>Counselling/reply</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>跟进人</source>
        <translation>Followed up by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>该登记已不存在（可能已被删除）</source>
        <translation>This record no longer exists (possibly deleted)</translation>
    </message>
</context>
<context>
    <name>TalkPanel</name>
    <message>
        <location line="+48"/>
        <source>搜索来访人、电话、事由</source>
        <translation>Search visitor, phone, subject</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>需跟进</source>
        <translation>Needs follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>跟进未办结</source>
        <translation>Follow-up open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新登记…</source>
        <translation>New record…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查看/修改…</source>
        <translation>View/edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>人次</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>恳谈登记：列表中 {0} 条</source>
        <translation>Talk register: {0} in list</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>已登记</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>删除登记</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确定删除这条恳谈登记吗？（审计日志中保留记录）</source>
        <translation>Delete this talk record? (It stays in the audit log.)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>未能删除</source>
        <translation>Could not delete</translation>
    </message>
</context>
<context>
    <name>TalkTableModel</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/models.py" line="-62"/>
        <source>日期时间</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来访人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方式</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事由</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>需跟进</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>跟进人</source>
        <translation>Followed up by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已办结</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>待跟进</source>
        <translation>Pending</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/volunteers/dialogs.py" line="+15"/>
        <source>修改队伍</source>
        <translation>Edit team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新建队伍</source>
        <translation>New team</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>活跃</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>队伍名称</source>
        <translation>Team name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <location filename="../community_desk/ui/tabs/volunteers/panels.py" line="-161"/>
        <source>队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>队长/副队长</source>
        <translation>Leader/deputy leader</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>人数</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>志愿者编号</source>
        <translation>Volunteer no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>加入日期</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退出日期</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>新建队伍…</source>
        <translation>New team…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改队伍…</source>
        <translation>Edit team…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>添加队员/设队长…</source>
        <translation>Add member/set leader…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>队员退出</source>
        <translation>Member leaves</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>队员（含已退出的历史）</source>
        <translation>Members (including past members)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>活跃</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>添加队员</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>志愿者编号（如 V2026-0001）：</source>
        <translation>Volunteer no. (e.g. V2026-0001):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>队内职务</source>
        <translation>Position in team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>职务：</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>未找到志愿者编号 {0}</source>
        <translation>Volunteer no. {0} not found</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>志愿队伍</source>
        <translation>Volunteer teams</translation>
    </message>
</context>
<context>
    <name>TopicDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_forms.py" line="-144"/>
        <source>修改议题</source>
        <translation>Edit topic</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新建议题（议题征集）</source>
        <translation>New topic (topic collection)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>议题的具体情况、居民诉求</source>
        <translation>Details of the topic, residents&apos; requests</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>议题名称</source>
        <translation>Topic title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>议题类别</source>
        <translation>Topic category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>议题来源</source>
        <translation>Topic source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联名人数</source>
        <translation>Co-signers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提议人</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表决通过比例</source>
        <translation>Vote pass threshold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>议题说明</source>
        <translation>Topic description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>征集日期</source>
        <translation>Collection date</translation>
    </message>
</context>
<context>
    <name>TopicTableModel</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_models.py" line="-114"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>议题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当前步骤</source>
        <translation>Current step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最近日期</source>
        <translation>Latest date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>UnavailabilityDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/settings_dialogs.py" line="+27"/>
        <source>登记请假/培训</source>
        <translation>Record leave/training</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}（不在岗）</source>
        <translation>{0} (inactive)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>开始</source>
        <translation type="unfinished">Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结束</source>
        <translation type="unfinished">End</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>原因</source>
        <translation type="unfinished">Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>请先在「人员」中新增值班人员</source>
        <translation>Add duty staff under “Staff” first</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/volunteers/dialogs.py" line="-188"/>
        <source>志愿者 {0}</source>
        <translation>Volunteer {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记志愿者</source>
        <translation>Register volunteer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>基本信息</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>队伍</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>加入</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退出</source>
        <translation>Left</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>所属队伍</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>累计 {0} 小时（{1} 次）{2}</source>
        <translation>Total {0} hours ({1} times) {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>小时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>服务记录</source>
        <translation>Service records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证明</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>在册</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>政治面貌</source>
        <translation>Political affiliation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>专长</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>注册日期</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>加入队伍</source>
        <translation>Join team</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>已关联居民档案：证件、性别、出生日期、电话、政治面貌取自居民信息</source>
        <translation>Linked to a resident record: ID, sex, date of birth, phone and political affiliation are taken from the resident information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未关联居民（可从下拉中选择居民，避免重复录入）</source>
        <translation>Not linked to a resident (choose a resident from the drop-down to avoid entering details twice)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>证明编号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>服务时间段</source>
        <translation>Service period</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>时长</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出具日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>打印次数</source>
        <translation>Times printed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>出具/补打证明…</source>
        <translation>Issue/reprint certificate…</translation>
    </message>
</context>
<context>
    <name>VolunteerPanel</name>
    <message>
        <location filename="../community_desk/ui/tabs/volunteers/panels.py" line="-223"/>
        <source>搜索姓名、编号、电话、专长、队伍</source>
        <translation>Search name, number, phone, skills, team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>登记志愿者…</source>
        <translation>Register volunteer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>志愿者：列表中 {0} 人</source>
        <translation>Volunteers: {0} in the list</translation>
    </message>
</context>
<context>
    <name>VolunteerTableModel</name>
    <message>
        <location filename="../community_desk/ui/tabs/volunteers/models.py" line="-14"/>
        <source>志愿者编号</source>
        <translation>Volunteer no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所属队伍</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>专长</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>累计时长(小时)</source>
        <translation>Total hours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>星级</source>
        <translation>Star level</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>在册</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>停用</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>VolunteersTab</name>
    <message>
        <location filename="../community_desk/ui/tabs/volunteers/tab.py" line="+49"/>
        <source>志愿者</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>服务记录</source>
        <translation>Service records</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>队伍</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>导出志愿者花名册…</source>
        <translation>Export volunteer roster…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出服务时长统计…</source>
        <translation>Export service hours statistics…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>显示完整证件号和电话</source>
        <translation>Show full ID numbers and phone numbers</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+16"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>已导出 {0} 行：{1}</source>
        <translation>Exported {0} rows: {1}</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/deliberation_dialogs.py" line="+118"/>
        <source>表决日期</source>
        <translation>Vote date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>通过比例</source>
        <translation>Pass threshold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出席人数</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>赞成</source>
        <translation>For</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>反对</source>
        <translation>Against</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>弃权</source>
        <translation>Abstain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>通过</source>
        <translation>passed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未通过</source>
        <translation>failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>需赞成{0}票，{1}</source>
        <translation>Needs {0} votes for: {1}</translation>
    </message>
</context>
<context>
    <name>_EntriesPage</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/log_entries.py" line="+24"/>
        <source>时间</source>
        <translation type="unfinished">Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation type="unfinished">Category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>电话</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事由</source>
        <translation type="unfinished">Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处理情况</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人次</source>
        <translation type="unfinished">Visits</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>新增…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改…</source>
        <translation type="unfinished">Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation type="unfinished">Delete</translation>
    </message>
</context>
<context>
    <name>_Section</name>
    <message>
        <location filename="../community_desk/ui/tabs/roster/settings.py" line="-47"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../community_desk/ui/application.py" line="+60"/>
        <source>数据库升级前的备份失败，未做任何改动：{0}</source>
        <translation>The backup before the database upgrade failed; nothing was changed: {0}</translation>
    </message>
</context>
<context>
    <name>background</name>
    <message>
        <location filename="../community_desk/ui/background.py" line="+92"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>操作未完成，数据没有改动。</source>
        <translation>The operation was not completed; no data was changed.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../community_desk/ui/tabs/volunteers/record_dialogs.py" line="-53"/>
        <source>开始时间</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结束时间（可跨午夜）</source>
        <translation>End time (may pass midnight)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务内容</source>
        <translation>Service content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务类别</source>
        <translation>Service category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>组织者</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确认人</source>
        <translation>Confirmed by</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../community_desk/ui/tabs/calendar/dialogs.py" line="+61"/>
        <source>同步服务记录</source>
        <translation>Update service records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>活动时间已改变。是否同时更新 {0} 条志愿服务记录（{1}）？</source>
        <translation>The event time has changed. Also update {0} volunteer service records ({1})?</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../community_desk/ui/tabs/reports/printing.py" line="+42"/>
        <source>打印预览 — {0}</source>
        <translation>Print preview — {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>打印 {0}</source>
        <translation>Print {0}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>第 {0} 页 共 {1} 页</source>
        <translation>Page {0} of {1}</translation>
    </message>
</context>
<context>
    <name>report_actions</name>
    <message>
        <location filename="../community_desk/ui/tabs/mediation/report_actions.py" line="+16"/>
        <source>保存调解统计</source>
        <translation>Save mediation statistics</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+56"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>已导出{0}调解统计（受理 {1} 件）：{2}</source>
        <translation>Exported {0} mediation statistics ({1} cases accepted): {2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在导出调解统计…</source>
        <translation>Exporting mediation statistics…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>保存{0}</source>
        <translation>Save {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word 文档 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已导出{0}：{1}</source>
        <translation>Exported {0}: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>正在生成{0}…</source>
        <translation>Generating {0}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>保存群议厅台账</source>
        <translation>Save Deliberation Hall ledger</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>已导出{0}年群议厅台账（{1} 个议题）：{2}</source>
        <translation>Exported Deliberation Hall ledger for {0} ({1} topics): {2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在导出群议厅台账…</source>
        <translation>Exporting Deliberation Hall ledger…</translation>
    </message>
</context>
</TS>
