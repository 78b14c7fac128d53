"""Bargaining sequences for six articles of the LSU / GWU-UAW Local 4811 ASE contract.

Each version is a list of edit operations applied to the CURRENT (2023-2026) article,
because every proposal marks its changes against the current contract.  Node ids are
the label paths of the current contract ("B/3", "D/3/c/1", "A/p1" for the first
unlabelled paragraph of A, "C" for a top-level section); they survive relabelling and
moves.  After the edits, every sibling group is renumbered from its style, so inserting
a section before C reletters C, D, ... automatically.

Operations:
  ("sub", id, old, new)           replace text that occurs exactly once in the node
  ("insert_before", id, outline)  insert new node(s) before a node
  ("insert_after", id, outline)   insert new node(s) after a node
  ("append", parent_id, outline)  add new node(s) as the last children ("" = top level)
  ("delete", id)                  remove a node and its children
  ("move_after", id, other_id)    move a node (a moved paragraph shows as struck + underlined)
  ("table", name, spec)           replace a table (spec: years/pcts for the wage table)

"stale_refs" lists cross-references that a version deliberately leaves pointing at the
wrong place (the generator fails if any other reference goes stale).
"""

# ---------------------------------------------------------------------------------------
# ARTICLE 12 - GRIEVANCE AND ARBITRATION
# ---------------------------------------------------------------------------------------

G_CLASS_UNION = """7. The Union may file a class grievance on behalf of all ASEs affected by the same act or omission, without naming each of them."""

GRIEVANCE = dict(article=12, versions={
    "01-union-initial": dict(date="2026-03-05", summary=[
        "filing deadline in B.3 moved from thirty (30) to sixty (60) calendar days; outer limit from 90 to 180 days",
        "release time in A.6 extended to two representatives and to preparation time",
        "new A.7: class grievances",
        "Step 1 made optional at the grievant's choice (C.1)",
        "Step 2 decision due in ten (10) instead of fifteen (15) working days (C.2.b)",
        "back-pay limit D.3.c(1) deleted, so (2) and (3) are renumbered (1) and (2); interest allowed",
        "expedited arbitration threshold raised from $2,500 to $10,000",
    ], ops=[
        ("sub", "B/3", "within thirty (30) calendar days", "within sixty (60) calendar days"),
        ("sub", "B/3", "ninety (90) calendar days", "one hundred eighty (180) calendar days"),
        ("sub", "B/3", "the thirty-day period", "the sixty-day period"),
        ("sub", "A/6", "The grievant and one Union representative who are employed by the University shall be released from work without loss of pay to attend meetings the University schedules under this Article.",
         "The grievant and up to two (2) Union representatives who are employed by the University shall be released from work without loss of pay to attend meetings the University schedules under this Article, and for reasonable time to prepare for those meetings."),
        ("insert_after", "A/6", G_CLASS_UNION),
        ("sub", "C/1", "By agreement of the parties, a grievance filed within the time limits stated in Section B.3 of this Article may be moved directly to Step 2.",
         "At the grievant's option, a grievance filed within the time limits stated in Section B.3 of this Article may be filed directly at Step 2."),
        ("sub", "C/2/b", "within fifteen (15) working days after the meeting", "within ten (10) working days after the meeting"),
        ("delete", "D/3/c/1"),
        ("sub", "D/3/c/3", "no award shall include interest or punitive damages.", "no award shall include punitive damages, but an award of back pay shall include interest at the rate set by state law."),
        ("sub", "E/1", "less than $2,500", "less than $10,000"),
    ]),
    "02-management-counter": dict(date="2026-04-02", responds_to="Union proposal of 3/5/2026",
        summary=[
            "keeps the thirty (30) calendar day filing deadline",
            "A.6 release time: \"shall be released\" becomes \"may be released\", with supervisor approval",
            "new A.7 makes student-evaluation and non-renewal disputes non-grievable (class grievances rejected)",
            "new B.2 (group grievances must name each ASE) shifts B.2-B.5 to B.3-B.6; the reference in C.1 to "
            "\"Section B.3 of this Article\" is not updated and now points at the contents list (deliberately stale)",
            "Step 2 decision due in twenty (20) working days (C.2.b)",
            "arbitration panel reduced from seven (7) to five (5) (D.1)",
        ], stale_refs=["Section B.3 of this Article"], ops=[
        ("sub", "A/6", "shall be released from work without loss of pay", "may be released from work without loss of pay, with the approval of the immediate supervisor,"),
        ("insert_after", "A/6", "7. A dispute concerning the content of a student course evaluation, or the decision not to renew an appointment that has ended, shall not be subject to the grievance and arbitration procedure."),
        ("insert_after", "B/1", "2. A grievance filed on behalf of a group of ASEs shall identify each affected ASE by name."),
        ("sub", "C/2/b", "within fifteen (15) working days after the meeting", "within twenty (20) working days after the meeting"),
        ("sub", "D/1", "a standing panel of seven (7) arbitrators", "a standing panel of five (5) arbitrators"),
    ]),
    "03-union-counter": dict(date="2026-04-23", responds_to="University counter-proposal of 4/2/2026",
        summary=[
            "filing deadline in B.3 (now B.4) moved from thirty (30) to forty-five (45) calendar days; outer limit 120 days",
            "release time restored to \"shall\", after notice to the supervisor",
            "class grievances (A.7) re-proposed with a softer identification rule; the University's non-grievable A.7 struck",
            "accepts a group-grievance B.2 in modified form and corrects the C.1 reference to Section B.4",
            "Step 1 may be skipped for suspensions and dismissals",
            "back-pay limit kept but widened from thirty (30) to sixty (60) calendar days",
            "expedited arbitration threshold $5,000",
        ], ops=[
        ("sub", "B/3", "within thirty (30) calendar days", "within forty-five (45) calendar days"),
        ("sub", "B/3", "ninety (90) calendar days", "one hundred twenty (120) calendar days"),
        ("sub", "B/3", "the thirty-day period", "the forty-five-day period"),
        ("sub", "A/6", "shall be released from work without loss of pay", "shall be released from work without loss of pay, after notice to the immediate supervisor,"),
        ("insert_after", "A/6", "7. The Union may file a class grievance on behalf of all ASEs affected by the same act or omission. The grievance shall identify the affected ASEs as specifically as the information then available to the Union allows."),
        ("insert_after", "B/1", "2. A grievance filed on behalf of a group of ASEs shall identify the affected ASEs by name where the Union knows their names."),
        ("sub", "C/1", "By agreement of the parties, a grievance filed within the time limits stated in Section B.3 of this Article may be moved directly to Step 2.",
         "By agreement of the parties, or at the grievant's option when the grievance concerns a suspension or dismissal, a grievance filed within the time limits stated in Section B.4 of this Article may be moved directly to Step 2."),
        ("sub", "D/3/c/1", "earlier than thirty (30) calendar days", "earlier than sixty (60) calendar days"),
        ("sub", "E/1", "less than $2,500", "less than $5,000"),
    ]),
    "04-tentative-agreement": dict(date="2026-05-21", summary=[
        "filing deadline forty-five (45) calendar days, outer limit 120 days (B.4)",
        "release time stays mandatory, after notice to the supervisor",
        "class grievances (A.7) as in the Union's counter",
        "new A.8: non-renewal of an ended appointment is non-grievable except for claims under Article 17",
        "group-grievance B.2 added; C.1 reference corrected to Section B.4",
        "Step 1 may be skipped for suspensions and dismissals",
        "back-pay limit forty-five (45) calendar days; expedited arbitration threshold $5,000",
    ], ops=[
        ("sub", "B/3", "within thirty (30) calendar days", "within forty-five (45) calendar days"),
        ("sub", "B/3", "ninety (90) calendar days", "one hundred twenty (120) calendar days"),
        ("sub", "B/3", "the thirty-day period", "the forty-five-day period"),
        ("sub", "A/6", "shall be released from work without loss of pay", "shall be released from work without loss of pay, after notice to the immediate supervisor,"),
        ("insert_after", "A/6", "7. The Union may file a class grievance on behalf of all ASEs affected by the same act or omission. The grievance shall identify the affected ASEs as specifically as the information then available to the Union allows.\n8. The decision not to renew an appointment that has ended shall not be subject to the grievance and arbitration procedure, except that a claim that the decision violated Article 17 (Non-Discrimination) may be grieved."),
        ("insert_after", "B/1", "2. A grievance filed on behalf of a group of ASEs shall identify the affected ASEs by name where the Union knows their names."),
        ("sub", "C/1", "By agreement of the parties, a grievance filed within the time limits stated in Section B.3 of this Article may be moved directly to Step 2.",
         "By agreement of the parties, or at the grievant's option when the grievance concerns a suspension or dismissal, a grievance filed within the time limits stated in Section B.4 of this Article may be moved directly to Step 2."),
        ("sub", "D/3/c/1", "earlier than thirty (30) calendar days", "earlier than forty-five (45) calendar days"),
        ("sub", "E/1", "less than $2,500", "less than $5,000"),
    ]),
})

# ---------------------------------------------------------------------------------------
# ARTICLE 16 - IMMIGRATION
# ---------------------------------------------------------------------------------------

IMM_NEW_C_UNION = """C. # TRAVEL RESTRICTIONS AND REMOTE WORK
  1. If a government travel restriction or the closure of a consulate prevents an ASE from entering the United States, the University shall permit the ASE to perform the duties of the appointment remotely, or shall assign the ASE other duties at the same appointment percentage that can be performed remotely.
  2. An ASE who works remotely under this Section shall continue to receive the salary, fee remission and health benefits of the appointment."""

IMM_NEW_C_MGMT = """C. # TRAVEL RESTRICTIONS AND REMOTE WORK
  1. If a government travel restriction or the closure of a consulate prevents an ASE from entering the United States, the University may, at its sole discretion, permit the ASE to perform the duties of the appointment remotely, to the extent permitted by law and by the terms of the ASE's visa.
  2. An ASE who works remotely under this Section shall receive the salary of the appointment for the hours actually worked.
  3. A decision whether to permit remote work under this Section shall not be subject to the grievance and arbitration procedure of Article 12."""

IMM_NEW_C_UNION2 = """C. # TRAVEL RESTRICTIONS AND REMOTE WORK
  1. If a government travel restriction or the closure of a consulate prevents an ASE from entering the United States, the University shall make reasonable efforts to permit the ASE to perform the duties of the appointment remotely, or to assign the ASE other duties at the same appointment percentage that can be performed remotely, to the extent permitted by law and by the terms of the ASE's visa.
  2. An ASE who works remotely under this Section shall continue to receive the salary, fee remission and health benefits of the appointment."""

IMM_NEW_C_TA = """C. # TRAVEL RESTRICTIONS AND REMOTE WORK
  1. If a government travel restriction or the closure of a consulate prevents an ASE from entering the United States, the University shall make reasonable efforts to permit the ASE to perform the duties of the appointment remotely, to the extent permitted by law and by the terms of the ASE's visa.
  2. An ASE who works remotely under this Section shall continue to receive the salary, fee remission and health benefits of the appointment.
  3. A decision under Section C.1 of this Article may be grieved through Step 2 of Article 12, but shall not be submitted to arbitration."""

IMMIGRATION = dict(article=16, versions={
    "01-union-initial": dict(date="2026-03-14", summary=[
        "new Section C (Travel Restrictions and Remote Work) inserted; former C-G relettered D-H",
        "work-authorization hold period in B.2(a)(i) from sixty (60) to ninety (90) calendar days",
        "new B.2(a)(v): interest-free advance of up to $2,000 during a delay",
        "paid immigration leave from five (5) to ten (10) working days, and may be used to accompany a family member",
        "unpaid visa-renewal leave from thirty (30) to sixty (60) calendar days",
        "delayed return: \"reasonable efforts\" removed; appointment held for two (2) semesters",
        "legal assistance fund from $50,000 to $150,000",
        "information protection extended to agencies acting for immigration enforcement",
    ], ops=[
        ("insert_before", "C", IMM_NEW_C_UNION),
        ("sub", "B/2/a/i", "sixty (60) calendar days", "ninety (90) calendar days"),
        ("sub", "B/2/a/iii", "provided the ASE remains enrolled; and", "provided the ASE remains enrolled;"),
        ("sub", "B/2/a/iv", "for advising at no cost;", "for advising at no cost; and"),
        ("insert_after", "B/2/a/iv", "(v) provide, at the ASE's request, an interest-free advance of up to $2,000 to cover living expenses during the delay, to be repaid through payroll deductions over the remainder of the appointment;"),
        ("sub", "C/1", "up to five (5) working days of paid leave", "up to ten (10) working days of paid leave"),
        ("sub", "C/1", "or interviews required to maintain immigration status.", "or interviews required to maintain immigration status, and to accompany a family member to any such proceeding or appointment."),
        ("sub", "C/2", "up to thirty (30) calendar days", "up to sixty (60) calendar days"),
        ("sub", "D/p1", "the University shall make reasonable efforts to hold the appointment open for up to one (1) semester", "the University shall hold the appointment open for up to two (2) semesters"),
        ("sub", "E/p1", "fifty thousand dollars ($50,000)", "one hundred fifty thousand dollars ($150,000)"),
        ("sub", "F/p1", "with a federal immigration enforcement agency.", "with a federal immigration enforcement agency, or with any other law enforcement agency acting on its behalf."),
    ]),
    "02-management-counter": dict(date="2026-04-09", responds_to="Union proposal of 3/14/2026", summary=[
        "accepts a Section C on remote work, but \"shall permit\" becomes \"may, at its sole discretion, permit\"",
        "new C.3 makes remote-work decisions non-grievable",
        "remote workers paid for hours worked only; no fee remission or benefits guarantee",
        "rejects the longer hold period, the advance and the longer leaves",
        "legal assistance fund $75,000",
        "information clause: \"shall not share\" becomes \"will not voluntarily share\"; notice to the Union dropped",
        "grievance clause (now H) excepts Section C.3",
    ], ops=[
        ("insert_before", "C", IMM_NEW_C_MGMT),
        ("sub", "E/p1", "fifty thousand dollars ($50,000)", "seventy-five thousand dollars ($75,000)"),
        ("sub", "F/p1", "the University shall not share information", "the University will not voluntarily share information"),
        ("sub", "F/p1", "it shall notify the affected ASE and the Union before responding", "it shall make reasonable efforts to notify the affected ASE before responding"),
        ("sub", "G/p1", "may be grieved under Article 12.", "may be grieved under Article 12, except as provided in Section C.3 of this Article."),
    ]),
    "03-union-counter": dict(date="2026-05-07", responds_to="University counter-proposal of 4/9/2026", summary=[
        "Section C: \"shall make reasonable efforts to permit\" remote work; pay and benefits continue; non-grievable C.3 struck",
        "hold period seventy-five (75) days; advance reduced to $1,500",
        "paid immigration leave eight (8) working days; visa-renewal leave forty-five (45) days",
        "delayed return: appointment held (no \"reasonable efforts\") for one (1) semester",
        "legal assistance fund $120,000",
    ], ops=[
        ("insert_before", "C", IMM_NEW_C_UNION2),
        ("sub", "B/2/a/i", "sixty (60) calendar days", "seventy-five (75) calendar days"),
        ("sub", "B/2/a/iii", "provided the ASE remains enrolled; and", "provided the ASE remains enrolled;"),
        ("sub", "B/2/a/iv", "for advising at no cost;", "for advising at no cost; and"),
        ("insert_after", "B/2/a/iv", "(v) provide, at the ASE's request, an interest-free advance of up to $1,500 to cover living expenses during the delay, to be repaid through payroll deductions over the remainder of the appointment;"),
        ("sub", "C/1", "up to five (5) working days of paid leave", "up to eight (8) working days of paid leave"),
        ("sub", "C/2", "up to thirty (30) calendar days", "up to forty-five (45) calendar days"),
        ("sub", "D/p1", "the University shall make reasonable efforts to hold the appointment open", "the University shall hold the appointment open"),
        ("sub", "E/p1", "fifty thousand dollars ($50,000)", "one hundred twenty thousand dollars ($120,000)"),
    ]),
    "04-tentative-agreement": dict(date="2026-05-28", summary=[
        "Section C: reasonable efforts to permit remote work; pay and benefits continue",
        "new C.3: remote-work decisions grievable through Step 2 only, not arbitrable",
        "hold period seventy-five (75) days; no advance",
        "paid immigration leave seven (7) working days; visa-renewal leave forty-five (45) days",
        "delayed return: reasonable efforts to hold the appointment for up to two (2) semesters",
        "legal assistance fund $100,000; grievance clause (now H) excepts Section C.3",
    ], ops=[
        ("insert_before", "C", IMM_NEW_C_TA),
        ("sub", "B/2/a/i", "sixty (60) calendar days", "seventy-five (75) calendar days"),
        ("sub", "C/1", "up to five (5) working days of paid leave", "up to seven (7) working days of paid leave"),
        ("sub", "C/2", "up to thirty (30) calendar days", "up to forty-five (45) calendar days"),
        ("sub", "D/p1", "for up to one (1) semester", "for up to two (2) semesters"),
        ("sub", "E/p1", "fifty thousand dollars ($50,000)", "one hundred thousand dollars ($100,000)"),
        ("sub", "G/p1", "may be grieved under Article 12.", "may be grieved under Article 12, except as provided in Section C.3 of this Article."),
    ]),
})

# ---------------------------------------------------------------------------------------
# ARTICLE 19 - MANAGEMENT AND ACADEMIC RIGHTS
# ---------------------------------------------------------------------------------------

MR_TECH_UNION = """F. # NEW TECHNOLOGY
  - The University shall give the Union at least sixty (60) calendar days' notice before it introduces a new technology, including software that uses artificial intelligence, that changes how the work of ASEs is assigned, monitored or evaluated, and shall bargain over the effects of the change on request."""

MR_TECH_UNION2 = """F. # NEW TECHNOLOGY
  - The University shall give the Union at least forty-five (45) calendar days' notice before it introduces a new technology, including software that uses artificial intelligence, that changes how the work of ASEs is assigned, monitored or evaluated, and shall bargain over the effects of the change on request."""

MR_TECH_TA = """F. # NEW TECHNOLOGY
  - The University shall give the Union at least thirty (30) calendar days' notice before it introduces a new technology, including software that uses artificial intelligence, that changes how the work of ASEs is monitored or evaluated, and shall meet with the Union on request to discuss the effects of the change. The decision to introduce such a technology shall not be subject to the grievance and arbitration procedure of Article 12, but a failure to give the notice required by this Section may be grieved."""

MGMT_RIGHTS = dict(article=19, versions={
    "01-union-initial": dict(date="2026-03-05", summary=[
        "\"exclusive\" struck from the reservation of rights in A",
        "the non-grievability sentence in B.2 struck; arbitrary decisions made grievable",
        "Section C (no waiver) deleted, so D and E are relettered C and D",
        "effects bargaining (now C) requires thirty (30) calendar days' notice",
        "new Section E: notice and effects bargaining before new technology, including AI, is introduced",
    ], ops=[
        ("sub", "A", "the University retains the exclusive right", "the University retains the right"),
        ("sub", "B/2", "The exercise of academic judgment described in Section B.1 of this Article shall not be subject to the grievance and arbitration procedure of Article 12. A claim",
         "A claim"),
        ("sub", "B/2", "in reaching such a decision may be grieved.", "in reaching such a decision, or that a decision described in Section B.1 of this Article was arbitrary or was made for a reason unrelated to academic merit, may be grieved under Article 12."),
        ("delete", "C"),
        ("sub", "D", "it shall, on request, bargain", "it shall give the Union at least thirty (30) calendar days' notice and shall, on request, bargain"),
        ("append", "", MR_TECH_UNION),
    ]),
    "02-management-counter": dict(date="2026-04-16", responds_to="Union proposal of 3/5/2026", summary=[
        "keeps \"exclusive\" and the non-grievability sentence; keeps Section C",
        "A.5 (qualifications and standards of performance) moved out of A and into B as B.2, where academic "
        "judgment is non-grievable; B.2 becomes B.3 and now refers to all of Section B",
        "new A.7: use of technology, including AI tools, in instruction and grading",
        "effects bargaining in D replaced by a duty to meet and discuss at a labor-management meeting (Article 23)",
        "rejects the new-technology notice section",
    ], ops=[
        ("move_after", "A/5", "B/1"),
        ("sub", "A/5", "the qualifications required for ASE positions and the standards of performance expected of ASEs;",
         "Decisions about the qualifications required for ASE positions and the standards of performance expected of ASEs are matters of academic judgment and shall be made by the University."),
        ("sub", "A/6", "progress toward a degree; and", "progress toward a degree;"),
        ("sub", "A/7", "used to carry out the University's operations.", "used to carry out the University's operations; and"),
        ("append", "A", "8. the use of technology, including artificial intelligence tools, in instruction, grading and the administration of courses."),
        ("sub", "B/2", "The exercise of academic judgment described in Section B.1 of this Article", "The exercise of academic judgment described in Section B of this Article"),
        ("sub", "D", "it shall, on request, bargain with the Union over those effects.", "it shall, on request, meet with the Union to discuss those effects at a labor\u2013management meeting under Article 23."),
    ]),
    "03-union-counter": dict(date="2026-05-07", responds_to="University counter-proposal of 4/16/2026", summary=[
        "accepts \"exclusive\" and Section C; rejects moving A.5 into Section B",
        "accepts a technology item in A (A.8) limited by new Section F",
        "B.2 keeps non-grievability but adds a grievable claim for decisions unrelated to academic merit",
        "effects bargaining in D requires thirty (30) calendar days' notice",
        "new Section F: forty-five (45) days' notice before new technology",
    ], ops=[
        ("sub", "A/6", "progress toward a degree; and", "progress toward a degree;"),
        ("sub", "A/7", "used to carry out the University's operations.", "used to carry out the University's operations; and"),
        ("append", "A", "8. the use of technology in instruction and in the administration of courses, subject to Section F of this Article."),
        ("sub", "B/2", "in reaching such a decision may be grieved.", "in reaching such a decision, or that such a decision was made for a reason unrelated to academic merit, may be grieved."),
        ("sub", "D", "it shall, on request, bargain", "it shall give the Union at least thirty (30) calendar days' notice and shall, on request, bargain"),
        ("append", "", MR_TECH_UNION2),
    ]),
    "04-tentative-agreement": dict(date="2026-06-04", summary=[
        "Sections A-E as in the current contract, plus A.8 on technology, including AI tools, subject to Section F",
        "new Section F: thirty (30) days' notice of new monitoring or evaluation technology; the decision to "
        "introduce it is non-grievable, a failure to give notice is grievable",
    ], ops=[
        ("sub", "A/6", "progress toward a degree; and", "progress toward a degree;"),
        ("sub", "A/7", "used to carry out the University's operations.", "used to carry out the University's operations; and"),
        ("append", "A", "8. the use of technology, including artificial intelligence tools, in instruction and in the administration of courses, subject to Section F of this Article."),
        ("append", "", MR_TECH_TA),
    ]),
})

# ---------------------------------------------------------------------------------------
# ARTICLE 15 - LAYOFF
# ---------------------------------------------------------------------------------------

LAYOFF_BENEFITS_UNION = """G. # CONTINUATION OF BENEFITS
  - An ASE who is laid off shall continue to receive fee remission and health benefits through the end of the academic year in which the layoff takes effect."""

LAYOFF_BENEFITS_TA = """G. # CONTINUATION OF BENEFITS
  - An ASE who is laid off shall continue to receive fee remission and health benefits through the end of the semester in which the layoff takes effect."""

LAYOFF_MERGED_D = """3. When the University gives less notice than Section B.1 of this Article requires, each affected ASE shall receive pay for the number of days by which the notice fell short, in place of the missing notice."""

LAYOFF = dict(article=15, versions={
    "01-union-initial": dict(date="2026-03-19", summary=[
        "layoff notice from thirty (30) to sixty (60) calendar days",
        "new B.2.e: notice must state expected hiring in the same title next year",
        "ASEs whose immigration status depends on their employment laid off last (C.2)",
        "recall list from twelve (12) to twenty-four (24) months; ten (10) working days to accept; three refusals",
        "new Section G (Continuation of Benefits) inserted before Grievances, which becomes H",
    ], ops=[
        ("sub", "B/1", "at least thirty (30) calendar days", "at least sixty (60) calendar days"),
        ("sub", "B/2/c", "who will be affected; and", "who will be affected;"),
        ("sub", "B/2/d", "that the University has considered.", "that the University has considered; and"),
        ("append", "B/2", "e. the number of ASE positions the University expects to fill in the same title and department during the following academic year."),
        ("sub", "C/2", "shall be laid off last.", "shall be laid off last, together with ASEs whose immigration status depends on their employment."),
        ("sub", "E/1", "twelve (12) months", "twenty-four (24) months"),
        ("sub", "E/3", "five (5) working days", "ten (10) working days"),
        ("sub", "E/3", "An ASE who declines two offers", "An ASE who declines three offers"),
        ("insert_before", "G", LAYOFF_BENEFITS_UNION),
    ]),
    "02-management-counter": dict(date="2026-04-16", responds_to="Union proposal of 3/19/2026", summary=[
        "layoff notice forty-five (45) calendar days",
        "Section D (Pay in Lieu of Notice) folded into B as B.3; E, F, G relettered D, E, F",
        "recall: \"the department shall offer\" becomes \"may offer\"",
        "selection of individual ASEs for layoff under C.3 made non-grievable",
    ], ops=[
        ("sub", "B/1", "at least thirty (30) calendar days", "at least forty-five (45) calendar days"),
        ("append", "B", LAYOFF_MERGED_D),
        ("delete", "D"),
        ("sub", "E/2", "the department shall offer the work", "the department may offer the work"),
        ("sub", "G/p1", "may be grieved under Article 12.", "may be grieved under Article 12. The selection of individual ASEs for layoff under Section C.3 of this Article shall not be subject to the grievance and arbitration procedure."),
    ]),
    "03-union-counter": dict(date="2026-05-14", responds_to="University counter-proposal of 4/16/2026", summary=[
        "accepts forty-five (45) days' notice and the move of Pay in Lieu of Notice into B.3",
        "recall list eighteen (18) months; \"shall offer\" restored; seven (7) working days to accept",
        "keeps immigration-status protection in C.2",
        "benefits continue to the end of the semester (new F); non-grievability of C.3 rejected",
    ], ops=[
        ("sub", "B/1", "at least thirty (30) calendar days", "at least forty-five (45) calendar days"),
        ("append", "B", LAYOFF_MERGED_D),
        ("delete", "D"),
        ("sub", "C/2", "shall be laid off last.", "shall be laid off last, together with ASEs whose immigration status depends on their employment."),
        ("sub", "E/1", "twelve (12) months", "eighteen (18) months"),
        ("sub", "E/3", "five (5) working days", "seven (7) working days"),
        ("insert_before", "G", LAYOFF_BENEFITS_TA),
    ]),
    "04-tentative-agreement": dict(date="2026-06-04", summary=[
        "forty-five (45) days' notice; Pay in Lieu of Notice moved into B.3 (sections relettered)",
        "recall list eighteen (18) months; five (5) working days to accept",
        "where practicable, ASEs whose immigration status depends on their employment are retained (new C.4)",
        "benefits continue to the end of the semester (new F)",
    ], ops=[
        ("sub", "B/1", "at least thirty (30) calendar days", "at least forty-five (45) calendar days"),
        ("append", "B", LAYOFF_MERGED_D),
        ("delete", "D"),
        ("append", "C", "4. Where practicable, and consistent with Sections C.1 through C.3 of this Article, the department shall retain ASEs whose immigration status depends on their employment."),
        ("sub", "E/1", "twelve (12) months", "eighteen (18) months"),
        ("insert_before", "G", LAYOFF_BENEFITS_TA),
    ]),
})

# ---------------------------------------------------------------------------------------
# ARTICLE 22 - WAGES
# ---------------------------------------------------------------------------------------

YEARS_NEW = ["2026\u201327", "2027\u201328", "2028\u201329"]


def wage_ops(p1, p2, p3, hourly):
    return [
        ("sub", "B/1", "Effective October 1, 2023,", "Effective October 1, 2026,"),
        ("sub", "B/1", "increased by 5.0%.", f"increased by {p1}%."),
        ("sub", "B/2", "Effective October 1, 2024,", "Effective October 1, 2027,"),
        ("sub", "B/2", "increased by 4.0%.", f"increased by {p2}%."),
        ("sub", "B/3", "Effective October 1, 2025,", "Effective October 1, 2028,"),
        ("sub", "B/3", "increased by 3.5%.", f"increased by {p3}%."),
        ("table", "wages", {"years": YEARS_NEW, "pcts": [p1, p2, p3], "base_label": "2025\u201326"}),
        ("sub", "D/p1", "Effective October 1, 2023, the minimum hourly rate shall be $21.50,",
         f"Effective October 1, 2026, the minimum hourly rate shall be {hourly},"),
    ]


WAGES = dict(article=22, versions={
    "01-union-initial": dict(date="2026-03-19", summary=[
        "general increases of 8.0%, 7.0% and 7.0% on October 1 of 2026, 2027 and 2028 (table rebuilt)",
        "minimum hourly rate $27.00",
        "off-cycle correction for underpayments of $50 or more, within three (3) working days",
        "new Section G: housing stipend of $2,500 per academic year",
    ], ops=wage_ops("8.0", "7.0", "7.0", "$27.00") + [
        ("sub", "E/3", "underpays an ASE by $100 or more", "underpays an ASE by $50 or more"),
        ("sub", "E/3", "within five (5) working days", "within three (3) working days"),
        ("append", "", """G. # HOUSING STIPEND
  - Each ASE appointed at twenty-five percent (25%) time or more shall receive a housing stipend of $2,500 for each academic year, paid in two equal installments at the start of the fall and spring semesters."""),
    ]),
    "02-management-counter": dict(date="2026-04-23", responds_to="Union proposal of 3/19/2026", summary=[
        "general increases of 3.0%, 2.5% and 2.5% (table rebuilt)",
        "minimum hourly rate $23.83",
        "step advancement: \"shall advance\" becomes \"may advance\", on a satisfactory evaluation",
        "overpayment recovery cap raised from fifteen percent (15%) to twenty-five percent (25%) of net pay",
        "no housing stipend",
    ], ops=wage_ops("3.0", "2.5", "2.5", "$23.83") + [
        ("sub", "C/2", "An ASE shall advance one step on the scale after completing three (3) semesters of service in the title.",
         "An ASE may advance one step on the scale after completing three (3) semesters of service in the title, upon a satisfactory evaluation by the department."),
        ("sub", "E/4", "fifteen percent (15%)", "twenty-five percent (25%)"),
    ]),
    "03-union-counter": dict(date="2026-05-21", responds_to="University counter-proposal of 4/23/2026", summary=[
        "general increases of 6.5%, 5.5% and 5.0% (table rebuilt)",
        "minimum hourly rate $25.50",
        "off-cycle correction threshold $75",
        "housing stipend reduced to $1,500",
    ], ops=wage_ops("6.5", "5.5", "5.0", "$25.50") + [
        ("sub", "E/3", "underpays an ASE by $100 or more", "underpays an ASE by $75 or more"),
        ("append", "", """G. # HOUSING STIPEND
  - Each ASE appointed at twenty-five percent (25%) time or more shall receive a housing stipend of $1,500 for each academic year, paid in two equal installments at the start of the fall and spring semesters."""),
    ]),
    "04-tentative-agreement": dict(date="2026-06-11", summary=[
        "general increases of 5.0%, 4.5% and 4.0% (table rebuilt)",
        "minimum hourly rate $24.50",
        "off-cycle correction threshold $75",
        "new Section G: one-time payment of $1,000 in place of a recurring housing stipend",
    ], ops=wage_ops("5.0", "4.5", "4.0", "$24.50") + [
        ("sub", "E/3", "underpays an ASE by $100 or more", "underpays an ASE by $75 or more"),
        ("append", "", """G. # ONE-TIME PAYMENT
  - Each ASE who holds an appointment of twenty-five percent (25%) time or more in the fall 2026 semester shall receive a one-time payment of $1,000, paid no later than December 1, 2026. The payment is not part of the ASE's base salary."""),
    ]),
})

# ---------------------------------------------------------------------------------------
# ARTICLE 6 - WORKLOAD
# ---------------------------------------------------------------------------------------

WORKLOAD_TECH_ITEM = ("d/after", "e. the hours the ASE is expected to spend learning or using software or other technology that is new to the course.")

WORKLOAD = dict(article=6, versions={
    "01-union-initial": dict(date="2026-03-05", summary=[
        "weekly cap in A.2 from forty (40) to thirty (30) hours",
        "anti-reprisal paragraph C.3 moved to A.4, so it covers the whole Article",
        "workload estimate due before the term starts; new B.1.e on new technology",
        "authorized excess hours paid at one and one-half (1.5) times the hourly equivalent",
        "class-size trigger from ten percent (10%) to five percent (5%); new D.3 caps sections at 25 students",
    ], ops=[
        ("sub", "A/2", "shall not exceed forty (40) hours in any single week", "shall not exceed thirty (30) hours in any single week"),
        ("move_after", "C/3", "A/3"),
        ("sub", "B/1", "Within the first two (2) weeks of each term,", "Before the first day of each term,"),
        ("sub", "B/1/c", "for preparation; and", "for preparation;"),
        ("sub", "B/1/d", "or other duties.", "or other duties; and"),
        ("append", "B/1", WORKLOAD_TECH_ITEM[1]),
        ("sub", "C/2", "shall be paid at the hourly equivalent", "shall be paid at one and one-half (1.5) times the hourly equivalent"),
        ("sub", "D/1", "by more than ten percent (10%)", "by more than five percent (5%)"),
        ("append", "D", "3. No section led by an ASE shall enroll more than twenty-five (25) students, or more than eighteen (18) students in a writing-intensive course."),
    ]),
    "02-management-counter": dict(date="2026-04-02", responds_to="Union proposal of 3/5/2026", summary=[
        "keeps the forty (40) hour weekly cap and leaves C.3 where it is",
        "workload estimate due within three (3) weeks instead of two (2)",
        "C.1: the supervisor \"shall either reduce\" becomes \"may reduce\"; ten (10) working days to meet",
        "new sentence in E makes differences between the estimate and actual duties non-grievable",
    ], ops=[
        ("sub", "B/1", "Within the first two (2) weeks of each term,", "Within the first three (3) weeks of each term,"),
        ("sub", "C/1", "Within five (5) working days after receiving the notice, the supervisor shall meet with the ASE and shall either reduce the ASE's duties or authorize the additional hours in writing.",
         "Within ten (10) working days after receiving the notice, the supervisor shall meet with the ASE and may reduce the ASE's duties or authorize the additional hours in writing."),
        ("sub", "E", "under Section E of Article 12.", "under Section E of Article 12. The workload estimate described in Section B of this Article is a planning document, and a difference between the estimate and the duties actually assigned shall not by itself be subject to the grievance and arbitration procedure."),
    ]),
    "03-union-counter": dict(date="2026-04-30", responds_to="University counter-proposal of 4/2/2026", summary=[
        "weekly cap thirty-five (35) hours",
        "keeps the move of the anti-reprisal paragraph to A.4 and the new-technology item B.1.e",
        "estimate within the first week; C.1 restores \"shall either reduce\" with seven (7) working days",
        "class-size trigger seven and one-half percent (7.5%); cap of thirty (30) students",
        "rejects the non-grievability sentence",
    ], ops=[
        ("sub", "A/2", "shall not exceed forty (40) hours in any single week", "shall not exceed thirty-five (35) hours in any single week"),
        ("move_after", "C/3", "A/3"),
        ("sub", "B/1", "Within the first two (2) weeks of each term,", "Within the first week of each term,"),
        ("sub", "B/1/c", "for preparation; and", "for preparation;"),
        ("sub", "B/1/d", "or other duties.", "or other duties; and"),
        ("append", "B/1", WORKLOAD_TECH_ITEM[1]),
        ("sub", "C/1", "Within five (5) working days", "Within seven (7) working days"),
        ("sub", "D/1", "by more than ten percent (10%)", "by more than seven and one-half percent (7.5%)"),
        ("append", "D", "3. No section led by an ASE shall enroll more than thirty (30) students."),
    ]),
    "04-tentative-agreement": dict(date="2026-05-21", summary=[
        "weekly cap thirty-five (35) hours, with the ASE's written agreement needed to exceed it",
        "anti-reprisal paragraph moved to A.4; new-technology item B.1.e",
        "seven (7) working days to meet on excess hours",
        "differences between estimate and actual duties grievable only when the A.2 limits are exceeded",
    ], ops=[
        ("sub", "A/2", "shall not exceed forty (40) hours in any single week without the ASE's agreement", "shall not exceed thirty-five (35) hours in any single week without the ASE's written agreement"),
        ("move_after", "C/3", "A/3"),
        ("sub", "B/1/c", "for preparation; and", "for preparation;"),
        ("sub", "B/1/d", "or other duties.", "or other duties; and"),
        ("append", "B/1", WORKLOAD_TECH_ITEM[1]),
        ("sub", "C/1", "Within five (5) working days", "Within seven (7) working days"),
        ("sub", "E", "under Section E of Article 12.", "under Section E of Article 12. The workload estimate described in Section B of this Article is a planning document; a difference between the estimate and the duties actually assigned may be grieved only if the ASE's hours exceed the limits in Section A.2 of this Article."),
    ]),
})

SEQUENCES = [WORKLOAD, GRIEVANCE, LAYOFF, IMMIGRATION, MGMT_RIGHTS, WAGES]
