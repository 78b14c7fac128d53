"""Text of the fictional 2023-2026 LSU / GWU-UAW Local 4811 ASE contract, as data.

Every sentence here was written for this corpus.  The parties, case numbers, offices
and amounts are invented.  See outline.py for the outline notation used in ``body``.
Straight quotes are turned into curly quotes when the text is parsed.
"""

TITLE_LINES = [
    "AGREEMENT",
    "between",
    "LAKESHORE STATE UNIVERSITY",
    "and the",
    "GRADUATE WORKERS UNION, UAW LOCAL 4811",
    "Academic Student Employees (ASE) Unit",
    "December 1, 2023 \u2013 September 30, 2026",
]

DOC_TITLE = (
    "Agreement between Lakeshore State University and the Graduate Workers Union, "
    "UAW Local 4811 \u2014 Academic Student Employees, 2023\u20132026"
)

PREAMBLE = [
    "This Agreement is entered into by the Board of Trustees of Lakeshore State University (\"the University\") "
    "and the Graduate Workers Union, UAW Local 4811 (\"the Union\"). It sets out the wages, hours and other terms "
    "and conditions of employment of the Academic Student Employees described in Article 1, and it is the result of "
    "negotiations that both parties conducted in good faith under the state Public Employment Relations Act.",
    "The parties share an interest in the quality of undergraduate instruction at the University and in the "
    "academic success of the graduate and professional students who provide much of that instruction. They intend "
    "this Agreement to be read and applied in light of that shared interest.",
]

ARTICLES = [
    # ------------------------------------------------------------------ 1
    dict(number=1, title="RECOGNITION", slug="recognition", body="""
A. The University recognizes the Graduate Workers Union, UAW Local 4811 ("the Union") as the exclusive representative of all Academic Student Employees ("ASEs") in the bargaining unit that the Public Employment Relations Board ("PERB") certified in Case No. LS-RC-0417, for the purpose of collective bargaining over wages, hours and other terms and conditions of employment.
B. The bargaining unit consists of registered students of Lakeshore State University who hold an appointment in one of the following titles, whatever the source of the funds from which the appointment is paid:
  1. Teaching Assistant, including Teaching Assistant \u2013 Lead and Teaching Assistant \u2013 Language Instruction;
  2. Teaching Fellow;
  3. Reader;
  4. Tutor, including tutors employed by the Writing Center and the Quantitative Skills Center; and
  5. any new title placed in the unit under Section D of this Article.
C. The following are excluded from the unit:
  1. students whose only University employment is as a Graduate Student Researcher;
  2. undergraduate peer mentors and orientation leaders who have no grading or instructional duties;
  3. students appointed to positions that PERB has determined to be supervisory, managerial or confidential; and
  4. postdoctoral scholars, lecturers and other academic appointees who are not students.
D. If the University intends to create a new academic student title, or to change the duties of an existing title in a way that could affect whether it belongs in the unit, it shall give the Union written notice at least thirty (30) calendar days before the title is first used. At the Union's request, the parties shall meet within fifteen (15) working days of the notice to discuss unit placement. If they cannot agree, either party may ask PERB to decide the question, and the dispute shall not be processed under Article 12 (Grievance and Arbitration).
E. Nothing in this Article obligates the University to create or maintain any particular number of ASE positions, or to continue to use any particular title.
F. The University shall not assign the work normally performed by ASEs to students outside the unit for the purpose of avoiding the obligations of this Agreement. When the University assigns grading or tutoring work to a student in an excluded title, it shall tell the Union on request which title was used and why.
"""),
    # ------------------------------------------------------------------ 2
    dict(number=2, title="DEFINITIONS", slug="definitions", body="""
- For the purposes of this Agreement, the words and phrases below have the meanings given in this Article. Where another Article defines a term for its own purposes, that definition controls within that Article.
A. # TERMS USED THROUGHOUT THIS AGREEMENT
  (a) "Academic Student Employee" or "ASE" means a registered student of the University who holds an appointment in a title listed in Article 1 (Recognition), Section B.
  (b) "Academic year" means the period that begins on the first day of instruction of the fall semester and ends on the last day of final examinations of the following spring semester.
  (c) "Appointment" means an offer of employment in an ASE title that has been made in writing and accepted by the student, and that states the term of employment, the appointment percentage and the salary.
  (d) "Appointment percentage" means the portion of full-time employment stated in the appointment letter. A fifty percent (50%) appointment corresponds to an average of twenty (20) hours of work per week over the term of the appointment.
  (e) "Calendar days" means every day of the year, including Saturdays, Sundays and University holidays.
  (f) "Department" means the academic department, program, center or other unit that makes an appointment and to which the ASE reports for the work performed.
  (g) "Grievant" means an ASE, a group of ASEs, or the Union, that files a grievance under Article 12.
  (h) "Immediate supervisor" means the faculty member or other University employee who assigns and directs an ASE's day-to-day work.
  (i) "Instructional support" means the course materials, equipment, workspace and access to learning-management systems that an ASE needs to carry out the duties assigned.
  (j) "Working days" means Monday through Friday, except University holidays listed in Article 13 (Holidays) and days on which the campus is closed by order of the President.
B. # INTERPRETATION
  1. A reference in this Agreement to an Article, Section or Appendix means that part of this Agreement, unless the text clearly refers to another document.
  2. Article and Section headings are provided for convenience only. They do not add to or change the meaning of the text they introduce.
  3. When this Agreement requires notice "in writing," an email sent to the recipient's University address satisfies the requirement, unless a provision calls for a different method of delivery.
  4. If the last day of a period in this Agreement falls on a day that is not a working day, the period ends on the next working day.
  5. Words in the singular include the plural, and the plural includes the singular, unless the context requires otherwise. The use of "they" or "the ASE" in place of a name carries no meaning about gender.
"""),
    # ------------------------------------------------------------------ 3
    dict(number=3, title="APPOINTMENTS", slug="appointments", body="""
3.1 **Appointment Letters.** Before an appointment begins, the department shall give each ASE a written appointment letter. The letter shall state:
  (a) the ASE's title and, where known, the course or courses to which the ASE is assigned;
  (b) the first and last dates of the appointment;
  (c) the appointment percentage and the average number of hours per week it represents;
  (d) the monthly salary or hourly rate and the ASE's step on the applicable scale in Appendix A;
  (e) whether the appointment makes the ASE eligible for fee remission under Article 9 and for health benefits under Article 10;
  (f) the name of the immediate supervisor, if known when the letter is issued; and
  (g) a statement that the position is in a bargaining unit represented by the Union, with the Union's website and email address.
3.2 **Timing of Notice.** The University shall make reasonable efforts to issue appointment letters no later than the following dates:
  (a) June 1, for appointments that begin in the fall semester or that cover the full academic year;
  (b) November 15, for appointments that begin in the spring semester; and
  (c) April 15, for appointments in the summer session.
  - When an unforeseen change in enrollment, funding or staffing requires an appointment after these dates, the letter shall be issued as soon as practicable.
3.3 **Acceptance.** A student shall have at least ten (10) working days from the date a letter is sent to accept or decline the offer. The department may withdraw an offer that has not been accepted by the end of that period.
3.4 **Minimum Appointment.** Except for Readers and Tutors paid by the hour, no ASE shall be appointed at less than twenty-five percent (25%) time in a semester. An appointment above fifty percent (50%) time during the academic year requires the approval of the Dean of the Graduate School, who shall consider the student's academic progress.
3.5 **Multiple Appointments.** An ASE who holds more than one appointment in the unit shall receive a separate letter for each. Eligibility for fee remission and health benefits shall be based on the ASE's combined appointment percentage.
3.6 **Changes After Acceptance.** Once an ASE has accepted an appointment, the University shall not lower the appointment percentage or the rate of pay except as provided in Article 4 (Appointment Security) or Article 15 (Layoff). A change in the course to which an ASE is assigned is governed by Section D of Article 4.
3.7 **Multi-Year Commitments.** When a department has promised a student ASE employment for more than one academic year as part of an offer of admission, the department shall honor that promise for each year in which the student remains in good academic standing and has performed assigned duties satisfactorily. A department that cannot honor the promise shall notify the student in writing and explain the reason.
3.8 **International Students.** An offer to a student who is not a United States citizen or permanent resident may be made conditional only on the student obtaining authorization to work in the United States. The University's obligations to assist with work authorization are set out in Article 16 (Immigration).
3.9 **Continuing ASEs.** An ASE who will hold the same title in the same department in the following academic year shall be told in writing of the expected appointment percentage by the date in Section 3.2(a), even if the course assignment is not yet known. The course assignment shall be confirmed no later than thirty (30) calendar days before the term begins, unless enrollment changes after that date make a different assignment necessary.
3.10 **Appointment Records.** The University shall keep a copy of each appointment letter for at least three (3) years after the appointment ends, and shall give the ASE a copy on request within ten (10) working days.
"""),
    # ------------------------------------------------------------------ 4
    dict(number=4, title="APPOINTMENT SECURITY", slug="appointment-security", body="""
A. After an ASE has accepted an appointment, the University may cancel the appointment or reduce the appointment percentage only for one of the following reasons:
  1. enrollment in the course to which the ASE is assigned is too low to justify the appointment;
  2. a lack of funds, as described in Article 15 (Layoff);
  3. the ASE is no longer a registered student in good academic standing; or
  4. discipline or dismissal for just cause under Article 7 (Discipline and Dismissal).
B. When low enrollment causes a course to be canceled, the department shall first try to place the ASE in another assignment in the same title and at the same appointment percentage. If no such assignment is available, the ASE shall receive:
  1. written notice at least fourteen (14) calendar days before the cancellation takes effect, or pay in place of any notice not given; and
  2. if the cancellation is made fewer than thirty (30) calendar days before the first day of the term, pay equal to one (1) month's salary at the appointment percentage, in addition to the notice required by Section B.1 of this Article.
C. An ASE whose appointment is canceled or reduced under Section A.1 or A.2 of this Article shall keep the fee remission and health coverage that the original appointment would have provided for that term.
D. # REASSIGNMENT
  1. The department may reassign an ASE to a different course in the same department and title without loss of pay. Before reassigning an ASE, the department shall consult the ASE and shall take into account the ASE's qualifications and academic schedule.
  2. After the end of the third week of instruction, an ASE may be reassigned only with the ASE's agreement, unless the reassignment is needed because the instructor of record has become unavailable.
  3. A reassignment shall not increase the ASE's appointment percentage or require the ASE to work at a different campus location without the ASE's written consent.
  4. When an ASE is reassigned after the term has begun, the department shall give the ASE a revised workload estimate under Article 6 (Workload) within five (5) working days.
E. # EARLY RESIGNATION
  - An ASE who resigns before the end of an appointment should give the department at least fourteen (14) calendar days' notice, so that the department can arrange for the ASE's duties to be covered. An ASE who gives that notice shall not be treated as ineligible for future appointments because of the resignation.
F. # SUMMER AND HOURLY APPOINTMENTS
  1. This Article applies to summer session appointments, except that the notice required by Section B.1 of this Article shall be seven (7) calendar days.
  2. When an hourly Reader or Tutor appointment is canceled after it has been accepted, the ASE shall be paid for any hours already worked and for the hours scheduled during the following seven (7) calendar days.
G. An ASE who believes an appointment was canceled or reduced in violation of this Article may file a grievance directly at Step 2 of Article 12 (Grievance and Arbitration).
"""),
    # ------------------------------------------------------------------ 5
    dict(number=5, title="POSTING", slug="posting", body="""
A. Each department that expects to employ ASEs shall post its anticipated openings for the next academic year on the University's central ASE employment website no later than March 1. Departments that hire for individual semesters shall also post spring openings no later than October 15.
B. Each posting shall include:
  1. the title and the anticipated number of positions;
  2. the minimum qualifications and any preferred qualifications;
  3. the criteria the department will use to select among applicants;
  4. the anticipated appointment percentage or, for hourly titles, the estimated number of hours;
  5. the application deadline, which shall be no earlier than fourteen (14) calendar days after the posting date; and
  6. the name or office of a contact person who can answer questions about the position.
C. A vacancy that arises after the dates in Section A of this Article shall be posted as soon as possible and for at least seven (7) calendar days, unless the department must fill the position sooner to meet an instructional need. In that case, the department shall notify the Union of the appointment within ten (10) working days.
D. Departments shall consider every applicant who meets the minimum qualifications and shall apply the criteria stated in the posting. A department may give preference to students enrolled in its own degree program, or to students to whom it has made a multi-year commitment under Section 3.7 of Article 3, if the posting says so.
E. The choice among qualified applicants is an exercise of academic judgment reserved to the University by Article 19 (Management and Academic Rights). A department's failure to post a position, or to include the information required by Section B of this Article, may be grieved under Article 12.
F. An applicant who is not selected may ask the department, in writing, for the reason. The department shall respond in writing within fifteen (15) working days. The response shall refer to the selection criteria stated in the posting, but need not compare the applicant with the students who were selected.
G. The University shall keep each posting on the central website for at least one (1) year after its application deadline, and shall give the Union a list of postings and the number of positions filled under each at the end of each semester.
H. A department that fills a position without posting it, because the position had to be filled in fewer than seven (7) calendar days, shall post the position as filled and shall state the reason the ordinary posting period could not be used.
"""),
    # ------------------------------------------------------------------ 6
    dict(number=6, title="WORKLOAD", slug="workload", body="""
A. # GENERAL PROVISIONS
  1. An ASE's workload consists of all duties the University assigns, including preparing for and leading sections or laboratories, attending lectures when required, holding office hours, grading, responding to messages from students, attending required training and meetings, and proctoring examinations.
  2. The University shall not require an ASE to work more hours than the appointment percentage provides. For an appointment of fifty percent (50%), the ASE's hours shall not exceed an average of twenty (20) per week over the term of the appointment, and shall not exceed forty (40) hours in any single week without the ASE's agreement.
  3. Time an ASE spends on the ASE's own coursework or research is not part of the ASE's workload, even when the research is related to the course the ASE supports.
B. # WORKLOAD ESTIMATE
  1. Within the first two (2) weeks of each term, the immediate supervisor shall give each ASE a written estimate of the duties expected during the term, consistent with the appointment percentage stated in the appointment letter under Section 3.1 of Article 3. The estimate shall include:
    a. the expected number of students for whom the ASE is responsible;
    b. the number of sections, laboratories and office hours per week;
    c. the anticipated hours for grading and for preparation; and
    d. any required training, meetings or other duties.
  2. If the estimate exceeds the hours of the appointment, the supervisor shall revise the duties before the estimate is final.
  3. The ASE may request a meeting with the supervisor to discuss the estimate. The meeting shall take place within five (5) working days of the request.
C. # EXCESS HOURS
  1. An ASE who believes the assigned duties will exceed the hours of the appointment shall notify the immediate supervisor in writing as soon as the ASE becomes aware of the problem. Within five (5) working days after receiving the notice, the supervisor shall meet with the ASE and shall either reduce the ASE's duties or authorize the additional hours in writing.
  2. Hours worked in excess of the appointment that were authorized under Section C.1 of this Article shall be paid at the hourly equivalent of the ASE's salary rate, on the next regular pay date that falls at least ten (10) working days after the hours are reported.
  3. No ASE shall be subjected to reprisal for raising a concern about workload or for filing a grievance under this Article.
D. # CLASS SIZE
  1. When enrollment in a section led by an ASE exceeds the maximum stated in the workload estimate by more than ten percent (10%), the department shall either provide Reader support or reduce the ASE's other duties so that the total workload remains within the appointment.
  2. The department shall tell the ASE in writing which of these options it has chosen within ten (10) working days after the census date.
E. Decisions about the curriculum, course content and the number of sections offered are reserved to the University under Article 19 (Management and Academic Rights). An ASE or the Union may grieve an alleged violation of the hour limits and notice requirements of this Article under Article 12, and the parties may agree to hear such a grievance in expedited arbitration under Section E of Article 12.
"""),
    # ------------------------------------------------------------------ 7
    dict(number=7, title="DISCIPLINE AND DISMISSAL", slug="discipline-and-dismissal", body="""
A. The University may discipline or dismiss an ASE only for just cause. Discipline shall be corrective in purpose and, except in cases of serious misconduct, shall be progressive.
B. Discipline under this Article consists of:
  1. a written warning;
  2. suspension without pay; and
  3. dismissal before the end of the appointment.
  - Oral counseling and instructions about how to perform assigned work are not discipline, and shall not be recorded as discipline in the ASE's employment file.
C. # INVESTIGATORY MEETINGS
  1. An ASE who is asked to attend a meeting that the ASE reasonably believes may lead to discipline may be represented at that meeting by a Union representative.
  2. The University shall give the ASE at least two (2) working days' notice of an investigatory meeting and shall state its general purpose. The meeting may be postponed once, for no more than three (3) working days, so that a representative can attend.
D. # NOTICE OF INTENDED ACTION
  1. Before suspending or dismissing an ASE, the University shall give the ASE written notice of the intended action, with a copy to the Union. The notice shall include:
    a. the action the University intends to take and the date on which it will take effect;
    b. the reasons for the action;
    c. copies of the materials on which the action is based;
    d. a statement of the ASE's right to respond orally or in writing within ten (10) working days; and
    e. a statement of the ASE's right to be represented by the Union when responding.
  2. After considering any response, the University shall notify the ASE in writing of its final decision and of the date on which the action takes effect.
E. # PAID ADMINISTRATIVE LEAVE
  - While an investigation is pending, the University may place an ASE on administrative leave with pay when the ASE's presence at work would interfere with the investigation or would endanger students, employees or property. Leave under this Section is not discipline.
F. # ACADEMIC MATTERS
  - Decisions about an ASE's academic standing, academic progress or academic misconduct as a student are made under the academic policies of the Graduate School and are not discipline under this Article. When an ASE's appointment ends because the ASE is no longer a registered student in good academic standing, the ASE shall receive at least fourteen (14) calendar days' notice or pay in lieu of notice.
G. # GRIEVANCES
  - A suspension or dismissal may be grieved beginning at Step 2 of Article 12. A written warning may be grieved through Step 2, but shall not be submitted to arbitration.
H. # TIMELINESS
  1. The University shall begin any disciplinary action within a reasonable time after it learns of the conduct on which the action is based.
  2. Except for conduct that is the subject of a pending investigation by another University office or by an outside agency, no ASE shall be disciplined for conduct that occurred more than one hundred twenty (120) calendar days before the notice of intended action under Section D of this Article.
  3. An ASE who is dismissed shall be paid for all work performed through the effective date of the dismissal, and shall keep the fee remission for the semester in which the dismissal takes effect if the ASE has worked at least fifty percent (50%) of the appointment period, as provided in Article 9 (Fee Remission).
"""),
    # ------------------------------------------------------------------ 8
    dict(number=8, title="EMPLOYMENT FILES AND EVALUATION", slug="employment-files-and-evaluation", body="""
A. Each department shall keep no more than one official employment file for each ASE it employs. Material in the file that is unsigned, or whose author cannot be identified, shall be removed.
B. An ASE may review the ASE's official employment file during regular business hours within ten (10) working days after a written request. A former ASE may make the same request for one (1) year after the last appointment ends. The ASE may have a Union representative present, and may receive one copy of any document in the file without charge.
C. The University shall notify an ASE when material that reflects negatively on the ASE's performance or conduct is placed in the file. The ASE may submit a written response, which shall be attached to the material and kept with it for as long as the material remains in the file.
D. # EVALUATIONS
  1. A department that evaluates ASEs shall tell them the criteria for the evaluation at the start of the term.
  2. The ASE shall receive a copy of any written evaluation and may respond to it in writing within twenty (20) working days.
  3. Student course evaluations may be considered, but shall not be the only basis for a decision to discipline an ASE or to deny reappointment.
  4. An evaluation is not discipline. A disagreement with the content of an evaluation may be addressed through the response described in Section D.2 of this Article, but shall not be the subject of a grievance unless the evaluation is used as the basis for discipline.
E. At the ASE's written request, a written warning shall be removed from the file after two (2) years if the ASE has received no further discipline during that time. Material removed under this Section shall not be used in any later disciplinary action.
F. The University shall not disclose the contents of an ASE's employment file to any person outside the University except with the ASE's written consent, in response to lawful process, or as otherwise required by law.
G. Letters of recommendation written for an ASE at the ASE's request are not part of the official employment file and are not covered by this Article.
"""),
    # ------------------------------------------------------------------ 9
    dict(number=9, title="FEE REMISSION", slug="fee-remission", body="""
A. An ASE appointed at twenty-five percent (25%) time or more for a semester, or appointed for at least one hundred twenty-five (125) hours in a semester in an hourly title, shall receive remission of the following for that semester:
  i. the full amount of resident tuition;
  ii. the student services fee;
  iii. the graduate student association fee; and
  iv. the campus health fee, if the ASE is enrolled in the Graduate Student Health Plan under Article 10.
B. An ASE who is not a resident of the state for tuition purposes shall also receive remission of nonresident supplemental tuition for each semester of eligible employment, for up to a total of nine (9) semesters. Semesters of eligibility before this Agreement took effect count toward that limit.
C. Fee remission shall be credited directly to the ASE's student account before the payment deadline. An ASE shall not be charged a late fee, or have a registration hold placed on the ASE's account, because the University has not yet applied the remission.
D. If an ASE's appointment is canceled or reduced for a reason listed in Section A.1 or A.2 of Article 4 (Appointment Security), the ASE shall keep the remission for that semester. An ASE who resigns or is dismissed before the end of a semester shall keep the remission only if the ASE has worked at least fifty percent (50%) of the appointment period.
E. Fee remission does not cover course-specific materials fees, fees for optional services, parking, or penalties for late registration caused by the ASE.
F. When the University has charged an eligible ASE an amount that should have been remitted, it shall refund the amount within thirty (30) calendar days after the error is identified.
G. If the University increases the resident tuition or any of the fees listed in Section A of this Article during the term of this Agreement, the remission shall increase by the same amount.
H. The Graduate School shall publish each year, before the fall payment deadline, a statement of the tuition and fees that are remitted under this Article and of those that ASEs must pay themselves.
I. An ASE who holds appointments in two semesters of the same academic year and who is eligible for remission in both shall also receive remission of resident tuition for one summer session course, if the course is required for the ASE's degree program and the Graduate School certifies that it is offered only in summer.
"""),
    # ------------------------------------------------------------------ 10
    dict(number=10, title="HEALTH BENEFITS", slug="health-benefits", body="""
A. # ELIGIBILITY
  1. An ASE who holds an appointment of twenty-five percent (25%) time or more for a semester is eligible for the benefits described in this Article for that semester.
  2. An ASE who is eligible in the spring semester and who has accepted an eligible appointment for the following fall semester shall remain covered during the summer between them.
B. # GRADUATE STUDENT HEALTH PLAN
  1. The University shall pay one hundred percent (100%) of the premium for the ASE's own enrollment in the Graduate Student Health Plan ("GSHP"), including its dental and vision components.
  2. An ASE who has other comparable coverage may waive enrollment in the GSHP, using the same waiver process that applies to other graduate students.
  3. The University shall give each newly eligible ASE a written summary of GSHP benefits, premiums and enrollment deadlines, and shall send the summary to the ASE's University email address at least ten (10) working days before the enrollment deadline.
C. # DEPENDENT COVERAGE
  1. The University shall pay seventy-five percent (75%) of the premium for the ASE's eligible spouse, domestic partner and children enrolled in the GSHP.
  2. The University shall maintain a Dependent Health Fund of two hundred thousand dollars ($200,000) for each plan year. An ASE may apply to the fund for reimbursement of up to $2,500 per plan year of the dependent premium that the ASE pays. Money left in the fund at the end of a plan year shall be carried over to the next plan year.
D. # CHANGES TO THE PLAN
  - The University shall notify the Union in writing at least sixty (60) calendar days before it implements any change in the GSHP's benefits, carriers or premiums. On request, the University shall meet with the Union within fifteen (15) working days to discuss the change and any alternatives the Union proposes.
E. # CONTINUATION OF COVERAGE
  - Coverage shall continue during any paid leave under Article 14 (Leaves). An ASE on unpaid leave may continue coverage by paying the premium that the University would otherwise pay. An ASE whose eligibility ends in the middle of a plan year shall be told in writing of the date coverage will end and of any options to continue it at the ASE's own expense.
F. # EMPLOYEE ASSISTANCE
  - ASEs and members of their households may use the University's confidential counseling and employee assistance services on the same terms as staff employees. Use of these services shall not be reported to the ASE's department.
G. # HEALTH CARE ADVISORY COMMITTEE
  1. The University shall invite two (2) ASEs named by the Union to serve on the Student Health Insurance Advisory Committee, which reviews the GSHP each year before the University sets premiums.
  2. The committee shall receive the GSHP's claims experience, utilization and premium history for the previous three (3) plan years, in a form that does not identify any individual.
"""),
    # ------------------------------------------------------------------ 11
    dict(number=11, title="HEALTH AND SAFETY", slug="health-and-safety", plain_html_lists=True, body="""
A. # GENERAL OBLIGATION
  1. The University shall provide ASEs with a safe and healthful place to work, and shall comply with applicable federal, state and local health and safety laws.
  2. ASEs shall follow the safety rules that apply to their work and shall use the protective equipment the University provides.
B. # TRAINING
  1. Before assigning an ASE to work that involves hazardous materials, equipment or conditions, the University shall give the ASE the safety training that the work requires. Training shall be provided at no cost to the ASE and during paid time.
  2. An ASE who supervises students in a teaching laboratory shall be trained in the laboratory's emergency procedures, including the location of exits, eyewash stations and first-aid supplies.
C. # PROTECTIVE EQUIPMENT
  1. The University shall provide, at no cost to the ASE, the personal protective equipment needed for the assigned work, including:
    a. gloves, eye protection and laboratory coats;
    b. respirators, together with the medical evaluation and fit testing required to use them; and
    c. ergonomic equipment recommended by Environmental Health and Safety after a workstation assessment.
  2. Equipment that is damaged or worn out through ordinary use shall be replaced without charge.
D. # REPORTING UNSAFE CONDITIONS
  1. An ASE may report an unsafe condition to the immediate supervisor or directly to Environmental Health and Safety ("EHS").
  2. EHS shall acknowledge a report within two (2) working days, and shall inform the ASE of the results of any investigation within fifteen (15) working days.
  3. No ASE shall be subjected to reprisal for reporting a condition in good faith.
E. # IMMINENT DANGER
  1. An ASE who believes in good faith that an assignment places the ASE in imminent danger of death or serious physical harm may decline to perform the assignment until EHS has evaluated it. The ASE shall promptly notify the supervisor of the refusal and the reason for it.
  2. The department shall assign the ASE other work during the evaluation, and the ASE shall not lose pay as a result.
F. # JOINT HEALTH AND SAFETY COMMITTEE
  1. The Union may appoint two (2) ASEs to serve on the University's Campus Health and Safety Committee. Committee members shall receive paid release time to attend its meetings.
  2. The committee shall review injury and illness data for ASE titles at least once in each academic year, and may recommend changes to training or equipment.
  3. The University shall give the Union, on request, copies of workplace inspection reports and exposure monitoring results for areas in which ASEs regularly work. Personal medical information shall be removed before the reports are provided.
G. # INJURY ON THE JOB
  1. An ASE who is injured or becomes ill because of work shall report the injury or illness to the immediate supervisor as soon as possible. The supervisor shall give the ASE the forms needed to file a workers' compensation claim.
  2. Time spent obtaining emergency treatment for a work-related injury on the day it occurs shall be paid time.
H. # THREATS AND WORKPLACE VIOLENCE
  1. An ASE who receives a threat of violence from a student or any other person in connection with the ASE's work may report it to the University Police Department and to the immediate supervisor.
  2. On receiving such a report, the department shall meet with the ASE within two (2) working days to discuss measures to protect the ASE, which may include moving the ASE's section, office hours or workspace.
"""),
    # ------------------------------------------------------------------ 12
    dict(number=12, title="GRIEVANCE AND ARBITRATION", slug="grievance-and-arbitration", body="""
A. # GENERAL PROVISIONS
  1. For the purposes of this Article, a grievance is a written allegation by a grievant that the University breached a particular term of this Agreement while the Agreement was in effect. The purpose of this Article is to resolve such claims fairly and at the lowest possible level.
  2. Only the Union may file a grievance alleging:
    a. a failure to provide information required by Article 20 (Union Access and Rights);
    b. a failure to deduct or remit dues as required by Article 21 (Union Security); or
    c. a lockout prohibited by Article 18 (No Strikes).
  3. A grievant may be represented by the Union at every step of this procedure. An ASE may choose to present a grievance without the Union. In that case the University shall not resolve the grievance in a manner that conflicts with this Agreement, and shall give the Union a copy of the grievance and of any resolution, together with notice of any Step 2 meeting and the opportunity to attend it.
  4. The parties encourage ASEs and supervisors to try to settle disagreements informally before a grievance is filed. An informal discussion does not extend the time limits of this Article unless the parties agree in writing.
  5. No grievant, representative or witness shall suffer reprisal for taking part in this procedure.
  6. The grievant and one Union representative who are employed by the University shall be released from work without loss of pay to attend meetings the University schedules under this Article.
B. # FILING AND TIME LIMITS
  1. A grievance shall be filed with the Office of Labor Relations by email, on the form described in Appendix B. The date of filing is the date on which the email is received.
  2. The grievance shall:
    a. name the grievant and, for a group grievance, identify the affected ASEs as specifically as possible;
    b. state the Article and Section of this Agreement alleged to have been violated;
    c. describe the act or omission complained of and the date on which it occurred;
    d. state the remedy requested; and
    e. be signed by the grievant or the grievant's Union representative.
  3. A grievance shall be filed within thirty (30) calendar days after the date on which the grievant knew, or reasonably should have known, of the act or omission giving rise to it, but in no case later than ninety (90) calendar days after the act or omission occurred. For an ASE who is not employed during the summer, the thirty-day period does not run between the end of spring final examinations and the first day of the fall semester.
  4. The parties may lengthen any time limit in this Article, but only by agreeing to do so in writing. If the grievant does not file or appeal within the applicable time limit, the grievance shall be considered resolved on the basis of the University's last response. If the University does not respond within the applicable time limit, the grievant may appeal to the next step.
  5. Grievances that arise from the same facts may be consolidated by agreement of the parties. A grievance may be amended before the Step 2 meeting to cite additional provisions of this Agreement, but not to add a new claim based on different facts.
C. # STEPS OF THE PROCEDURE
  1. **Step 1 \u2013 Informal Review.** The department chair or a designee shall meet with the grievant within ten (10) working days after the grievance is received, and shall answer the grievance in writing within ten (10) working days after the meeting. By agreement of the parties, a grievance filed within the time limits stated in Section B.3 of this Article may be moved directly to Step 2.
  2. **Step 2 \u2013 Formal Review.** If the grievance is not resolved at Step 1, the grievant may appeal to the Office of Labor Relations within fifteen (15) calendar days after receiving the Step 1 answer.
    a. A Labor Relations representative who took no part in the Step 1 decision shall meet with the grievant and the Union within fifteen (15) working days after receiving the appeal.
    b. The representative shall issue a written decision within fifteen (15) working days after the meeting. The decision shall respond to each Article and Section cited in the grievance.
    c. The parties may agree to use mediation at Step 2. If they do, the Step 2 time limits are suspended until the mediator declares an impasse.
  3. **Step 3 \u2013 Arbitration.** If the grievance is not resolved at Step 2, the Union, and only the Union, may submit it to arbitration by written notice to the Office of Labor Relations within thirty (30) calendar days after receiving the Step 2 decision.
D. # ARBITRATION
  1. **Selection of the Arbitrator.** The parties shall maintain a standing panel of seven (7) arbitrators. Within ten (10) working days after a notice of arbitration, the parties shall select an arbitrator from the panel by alternately striking names, with the first strike decided by coin toss. Either party may ask to replace one member of the panel once in each academic year.
  2. **Hearing.** The hearing shall be scheduled on the earliest date on which the arbitrator and both parties are available. Each party shall bear the cost of its own representatives and witnesses. Either party may arrange for a stenographic record, at its own expense, unless both parties order a copy, in which case the cost shall be shared.
  3. **Authority of the Arbitrator.** The arbitrator shall decide only the issues submitted, and shall be bound by the following limits:
    a. The arbitrator shall have no authority to add to, subtract from, or modify any provision of this Agreement.
    b. The arbitrator shall not substitute the arbitrator's judgment for the University's academic judgment in any matter reserved by Article 19 (Management and Academic Rights).
    c. A monetary award shall be limited as follows:
      (1) back pay shall not be awarded for any period earlier than thirty (30) calendar days before the grievance was filed;
      (2) back pay shall be reduced by any earnings the grievant received from other employment that replaced the lost hours; and
      (3) no award shall include interest or punitive damages.
    d. The arbitrator's decision shall be in writing, and shall be final and binding on the University, the Union and the grievant.
  4. **Costs.** The fees and expenses of the arbitrator, and the cost of any hearing room that is not provided by the University, shall be shared equally by the University and the Union.
E. # EXPEDITED ARBITRATION
  1. By mutual agreement, the parties may submit a grievance to expedited arbitration when the amount in dispute is less than $2,500, or when the grievance concerns the hour limits in Article 6 (Workload).
  2. In expedited arbitration, no transcript or post-hearing brief shall be used, and the arbitrator shall issue a brief written award within five (5) working days after the hearing. An expedited award shall not be cited as precedent in any later proceeding.
F. # EFFECT OF SETTLEMENTS
  - A settlement reached at Step 1 or Step 2 shall not establish a precedent unless the Office of Labor Relations and the Union agree in writing that it does.
"""),
    # ------------------------------------------------------------------ 13
    dict(number=13, title="HOLIDAYS", slug="holidays", body="""
A. The following days are University holidays for ASEs:
  1. New Year's Day;
  2. Martin Luther King Jr. Day;
  3. Presidents' Day;
  4. Memorial Day;
  5. Juneteenth;
  6. Independence Day;
  7. Labor Day;
  8. Veterans Day;
  9. Thanksgiving Day and the Friday that follows it;
  10. December 24 and December 25; and
  11. December 31.
B. An ASE shall not be required to work on a holiday. When an ASE's assigned duties require work on a holiday, for example to proctor an examination scheduled by the Registrar, the department shall give the ASE equivalent time off during the same term. The time off shall be scheduled by agreement between the ASE and the immediate supervisor, and shall not be scheduled on a day on which the ASE must attend a class or an examination as a student.
C. A holiday that falls on a Saturday is observed on the Friday before it, and one that falls on a Sunday is observed on the Monday after it.
D. Hours that an ASE would have worked on a holiday count toward the ASE's appointment percentage, and the ASE's duties during the rest of that week shall not be increased to make up for them.
E. When the University closes the campus on a day that is not a holiday because of severe weather or another emergency, ASEs who are not directed to work shall be paid as though they had worked their regular schedule. An ASE who is directed to work remotely during a closure shall not be required to hold in-person office hours or sections.
F. An ASE may take time off for religious observance on a day that is not a University holiday. The ASE shall give the immediate supervisor at least ten (10) working days' notice, and the time off shall be arranged pursuant to the Leaves article.
"""),
    # ------------------------------------------------------------------ 14
    dict(number=14, title="LEAVES", slug="leaves", body="""
A. # GENERAL PROVISIONS
  1. An ASE shall request leave in writing from the immediate supervisor as far in advance as the circumstances permit. When the need for leave cannot be foreseen, the ASE shall notify the supervisor as soon as practicable.
  2. Leave does not extend the end date of an appointment.
  3. At the end of a leave of less than one semester, the ASE shall return to the same assignment. If the assignment has ended, the department shall offer an equivalent assignment if one is available.
  4. A department shall not count approved leave against an ASE in decisions about reappointment.
B. # SICK LEAVE
  1. An ASE shall be credited with one (1) day of paid sick leave for each month of an appointment, prorated by appointment percentage. Sick leave credited during an academic year may be carried over to the next academic year, up to a maximum of twelve (12) days.
  2. Sick leave may be used for:
    a. the ASE's own illness, injury or medical appointment;
    b. the care of a family member who is ill or injured, or who has a medical appointment;
    c. absences related to domestic violence, sexual assault or stalking; and
    d. bereavement beyond the leave provided in Section D of this Article.
  3. The University may require medical verification only for an absence of more than five (5) consecutive working days.
C. # PARENTAL LEAVE
  1. An ASE who gives birth, whose spouse or domestic partner gives birth, or who adopts a child or receives a child in foster placement, shall be entitled to up to eight (8) weeks of paid parental leave.
  2. Parental leave may be taken at any time within twelve (12) months after the birth or placement, and may be taken in separate periods of at least one (1) week.
  3. An ASE on parental leave shall continue to receive fee remission and health benefits as though the ASE were working.
D. # BEREAVEMENT LEAVE
  - An ASE shall receive up to five (5) working days of paid leave, prorated by appointment percentage, following the death of a family member or a member of the ASE's household. Up to two (2) additional days may be granted when the ASE must travel more than five hundred (500) miles.
E. # JURY DUTY AND WITNESS LEAVE
  - An ASE called for jury service, or subpoenaed to testify in a proceeding to which the ASE is not a party, shall receive paid leave for the time required. The ASE may keep any fee paid by the court.
F. # OTHER LEAVES
  1. Leave to attend immigration proceedings is provided in Article 16 (Immigration).
  2. An ASE may request an unpaid personal leave of up to thirty (30) calendar days. Approval of a personal leave shall not be unreasonably denied.
  3. An ASE called to active military service shall receive the leave required by federal and state law.
  4. An ASE who must care for a family member with a serious health condition may take unpaid family care leave of up to the end of the appointment, in addition to any sick leave the ASE uses for that purpose.
  5. An ASE who is a victim of a crime may take unpaid leave to attend court proceedings related to that crime.
G. # MEDICAL LEAVE
  1. An ASE who cannot work because of a serious health condition, including a condition related to pregnancy, may take a leave of absence for the period of incapacity, up to the end of the appointment.
  2. The first two (2) weeks of a medical leave shall be paid to the extent that the ASE has no sick leave available. The rest of the leave shall be unpaid unless the ASE uses accumulated sick leave.
  3. The University may ask for a health care provider's statement of the expected length of the leave, but shall not ask for a diagnosis.
H. # BENEFITS DURING LEAVE
  - Fee remission and health benefits continue during paid leave under this Article. Continuation of benefits during unpaid leave is governed by Article 9 (Fee Remission) and Article 10 (Health Benefits).
"""),
    # ------------------------------------------------------------------ 15
    dict(number=15, title="LAYOFF", slug="layoff", body="""
A. # DEFINITION
  - A layoff is the reduction or elimination of one or more accepted ASE appointments because of a lack of work or a lack of funds. The cancellation of a single course for insufficient enrollment is governed by Article 4 (Appointment Security) and is not a layoff.
B. # NOTICE
  1. The University shall notify the Union and each affected ASE in writing at least thirty (30) calendar days before a layoff takes effect.
  2. The notice shall state:
    a. the reasons for the layoff;
    b. the date on which the layoff will take effect;
    c. the titles, departments and names of the ASEs who will be affected; and
    d. any alternatives to layoff that the University has considered.
C. # ORDER OF LAYOFF
  1. Within a department and title, the department shall first seek volunteers for layoff.
  2. If there are not enough volunteers, ASEs shall be laid off in inverse order of the number of semesters they have worked in the title in that department, except that ASEs whose employment is guaranteed by a commitment under Section 3.7 of Article 3 shall be laid off last.
  3. When two or more ASEs have worked the same number of semesters, the department shall decide the order on the basis of the ASEs' qualifications for the remaining work.
D. # PAY IN LIEU OF NOTICE
  - When the University gives less notice than Section B.1 of this Article requires, each affected ASE shall receive pay for the number of days by which the notice fell short.
E. # RECALL
  1. An ASE who is laid off shall be placed on a recall list for the department and title for twelve (12) months from the date of layoff.
  2. Before hiring any other person into a title from which ASEs have been laid off, the department shall offer the work to qualified ASEs on the recall list, in order of the number of semesters worked.
  3. An ASE on the recall list shall have five (5) working days to accept an offer of recall. An ASE who declines two offers shall be removed from the list.
F. # EFFECTS BARGAINING
  - At the Union's request, the University shall meet within ten (10) working days after a layoff notice to bargain over the effects of the layoff on ASEs.
G. # GRIEVANCES
  - The decision whether to lay off ASEs, and how many, is reserved to the University by Article 19 (Management and Academic Rights). A claim that the University has not followed the notice, order of layoff or recall provisions of this Article may be grieved under Article 12.
"""),
    # ------------------------------------------------------------------ 16
    dict(number=16, title="IMMIGRATION", slug="immigration", body="""
A. # PURPOSE
  - The University recognizes that international ASEs make essential contributions to its teaching mission, and that changes in immigration law and in the processing of visas can disrupt their employment. This Article describes the support the University will provide so that those ASEs can begin and continue their appointments, in addition to the terms of Section 3.8 of Article 3.
B. # WORK AUTHORIZATION AND VISA DOCUMENTS
  1. The University shall provide, at no cost to the ASE, the institutional documents an ASE needs to obtain or keep F-1 or J-1 status and on-campus work eligibility, including the Form I-20 or Form DS-2019 and letters confirming enrollment and employment.
  2. If the start of an appointment is delayed because an ASE's work authorization has not been issued for reasons beyond the ASE's control:
    (a) the University shall:
      (i) hold the appointment open for at least sixty (60) calendar days after the scheduled start date;
      (ii) permit the ASE to begin work on the first day on which the ASE is authorized to work;
      (iii) continue the ASE's fee remission for the semester, provided the ASE remains enrolled; and
      (iv) refer the ASE to the Office of International Students and Scholars ("OISS") for advising at no cost;
    (b) the University is not required to pay salary for any period during which the ASE is not authorized to work; and
    (c) a delay under this Section shall not be treated as a cancellation under Article 4 (Appointment Security).
  3. The University shall not ask an ASE for proof of work authorization beyond what federal law requires for completion of Form I-9.
C. # LEAVE FOR IMMIGRATION PROCEEDINGS
  1. An ASE shall receive up to five (5) working days of paid leave in each academic year to attend immigration or naturalization proceedings, consular or biometrics appointments, or interviews required to maintain immigration status.
  2. When an ASE must travel abroad to renew a visa, the ASE may request unpaid leave of up to thirty (30) calendar days, which shall be requested and approved pursuant to the Leaves article.
  3. The ASE shall give the immediate supervisor notice of the need for leave as soon as the ASE learns of it, and shall provide documentation of the appointment or proceeding on request.
D. # DELAYED RETURN
  - If an ASE who has traveled abroad cannot return to the United States by the start of an appointment because of a visa delay or a government travel restriction, the University shall make reasonable efforts to hold the appointment open for up to one (1) semester. The ASE shall not be disciplined under Article 7 (Discipline and Dismissal) because of the delay.
E. # LEGAL ASSISTANCE
  - The University shall maintain a free, confidential immigration legal consultation service for ASEs, and shall contribute fifty thousand dollars ($50,000) in each academic year to an Immigration Legal Assistance Fund administered by OISS. The fund may be used to pay filing fees and attorneys' fees for ASEs.
F. # PROTECTION OF INFORMATION
  - Except as required by law, the University shall not share information about an ASE's immigration or citizenship status with a federal immigration enforcement agency. If the University receives a subpoena or warrant for such information, it shall notify the affected ASE and the Union before responding, unless the law prohibits the notice.
G. # GRIEVANCES
  - A dispute over the application of this Article may be grieved under Article 12.
"""),
    # ------------------------------------------------------------------ 17
    dict(number=17, title="NON-DISCRIMINATION", slug="non-discrimination", body="""
A. The University shall not discriminate against an ASE in employment on the basis of race, color, national origin, religion, sex, pregnancy, sexual orientation, gender identity, gender expression, age, disability, medical condition, genetic information, ancestry, marital status, citizenship, veteran status, or the exercise of rights protected by this Agreement or by law.
B. The Union shall represent all ASEs in the unit fairly and without regard to any of the characteristics listed in Section A of this Article.
C. No ASE shall be subjected to retaliation for opposing conduct that the ASE reasonably believes to be discriminatory, for filing a complaint, or for taking part in an investigation.
D. # COMPLAINTS AND GRIEVANCES
  1. An ASE may file a complaint of discrimination or harassment with the Office for Equity and Civil Rights ("OECR"), may file a grievance under Article 12, or may do both.
  2. If an ASE does both, the grievance shall be held in abeyance while OECR investigates. The time limits of Article 12 shall be suspended during that period, and shall resume when OECR issues its findings to the ASE.
  3. The University shall give the Union a copy of OECR's findings in any matter held in abeyance under this Section, with any information that the law requires to be withheld removed.
  4. OECR shall tell the complainant and the respondent in writing of the expected length of its investigation. If the investigation is not finished within one hundred twenty (120) calendar days, the Union may ask that the grievance be taken out of abeyance.
E. # INTERIM MEASURES
  - While a complaint is pending, the University may take interim measures to protect the complainant, such as changing a supervisory relationship or a work schedule. Interim measures shall not reduce the complainant's pay or appointment percentage without the complainant's consent.
F. # ACCOMMODATION
  - An ASE with a disability may request a reasonable accommodation from the department or from the University's Disability Management Office. The University shall respond within ten (10) working days and shall engage in a timely, good-faith interactive process with the ASE.
G. # NAMES AND PRONOUNS
  - On request, the University shall use an ASE's chosen name and pronouns in class rosters, email directories and other University systems in which the law does not require a legal name.
H. # PREVENTION TRAINING
  - The University shall provide ASEs with harassment and discrimination prevention training that explains how to report a concern, what protection against retaliation is available, and how to respond when a student reports harassment to an ASE. Time spent in the training is paid time.
"""),
    # ------------------------------------------------------------------ 18
    dict(number=18, title="NO STRIKES", slug="no-strikes", body="""
A. While this Agreement is in effect, neither the Union nor its officers or agents shall call, sanction or support any strike, work stoppage, slowdown, refusal to cross a picket line, or other interference with the work of the University by ASEs, including the withholding of grades.
B. During the term of this Agreement, the University shall not lock out ASEs.
C. If an action prohibited by Section A of this Article occurs, the Union shall promptly notify the ASEs involved, in writing, that the action is not authorized, and shall direct them to return to work.
D. An ASE who takes part in an action prohibited by this Article may be disciplined under Article 7 (Discipline and Dismissal).
E. A claim that the University has locked out ASEs may be filed by the Union directly at Step 2 of Article 12. A claim that the Union has breached Section A of this Article is not subject to the grievance procedure, and the University may seek any remedy available to it at law.
F. The obligations of this Article end when this Agreement expires.
"""),
    # ------------------------------------------------------------------ 19
    dict(number=19, title="MANAGEMENT AND ACADEMIC RIGHTS", slug="management-and-academic-rights", body="""
A. Except as expressly limited by a specific provision of this Agreement, the University retains the exclusive right to manage its operations and to make and carry out decisions concerning:
  1. the University's mission, budget and organization;
  2. the courses and programs it offers, the curriculum and course content, and the methods of instruction;
  3. the number of ASEs it employs and the titles in which it employs them;
  4. the hiring, assignment, direction and evaluation of ASEs;
  5. the qualifications required for ASE positions and the standards of performance expected of ASEs;
  6. the academic standards that students must meet, including the standards for admission, good standing and progress toward a degree; and
  7. the adoption of rules and policies, and the means and technology used to carry out the University's operations.
B. # ACADEMIC JUDGMENT
  1. Decisions that rest on academic judgment, including the selection of ASEs under Article 5 (Posting) on the basis of academic merit, the assignment of grades to students, and the evaluation of an ASE's academic progress, shall be made by the University.
  2. The exercise of academic judgment described in Section B.1 of this Article shall not be subject to the grievance and arbitration procedure of Article 12. A claim that the University did not follow a procedure required by this Agreement in reaching such a decision may be grieved.
C. The University's failure to exercise a right reserved by this Article, or its exercise of a right in a particular way, shall not be considered a waiver of that right or a limit on how it may be exercised in the future.
D. When the University exercises a right reserved by this Article in a way that significantly affects ASE terms and conditions of employment within the scope of bargaining, it shall, on request, bargain with the Union over those effects.
E. Nothing in this Article limits the rights of ASEs under Article 17 (Non-Discrimination) or the Union's right to request information under Article 20 (Union Access and Rights).
"""),
    # ------------------------------------------------------------------ 20
    dict(number=20, title="UNION ACCESS AND RIGHTS", slug="union-access-and-rights", body="""
A. # STEWARDS
  1. The Union may designate up to forty (40) ASEs as stewards, and shall give the Office of Labor Relations a current list of their names and departments each semester.
  2. A steward shall be released from work without loss of pay for reasonable time spent representing an ASE at a meeting scheduled by the University under Article 7 (Discipline and Dismissal) or Article 12 (Grievance and Arbitration). The steward shall notify the immediate supervisor in advance.
B. # ACCESS TO FACILITIES
  1. Union representatives may meet with ASEs in non-work areas of the campus, and in work areas outside scheduled class and laboratory time, as long as the meeting does not interfere with University operations.
  2. The Union may reserve University meeting rooms on the same terms as registered student organizations.
C. # INFORMATION ABOUT ASEs
  1. By the tenth (10th) working day of each month, the University shall give the Union an electronic list of all ASEs employed during the previous month. For each ASE the list shall include:
    a. name and employee identification number;
    b. title, department and appointment percentage;
    c. the beginning and ending dates of the appointment;
    d. work location and University email address; and
    e. home address, personal email address and personal telephone number, if the ASE has provided them to the University.
  2. The University shall respond to a written request from the Union for other information that is necessary and relevant to the Union's duties as exclusive representative within twenty (20) working days, or shall explain within that period why more time is needed.
D. # NEW EMPLOYEE ORIENTATION
  - The Union shall be given thirty (30) minutes, during paid time, to make a presentation to ASEs at each University or department orientation for new ASEs. The University shall notify the Union of the date, time and place of each orientation at least ten (10) working days in advance.
E. # BULLETIN BOARDS AND ELECTRONIC COMMUNICATION
  - Each department that employs ASEs shall provide the Union with space on a bulletin board in an area where ASEs regularly work. The Union may use the University email system to communicate with ASEs about representational matters, subject to the University's policies on the appropriate use of electronic resources.
F. # RELEASE TIME FOR BARGAINING
  - Up to ten (10) ASEs designated by the Union as members of its bargaining team shall be released from work without loss of pay to attend negotiation sessions with the University for a successor agreement.
G. # UNION LEAVE
  - An ASE elected or appointed to a Union office may request unpaid leave of up to one (1) semester to carry out Union business. The request shall be made at least thirty (30) calendar days before the leave is to begin, and shall not be unreasonably denied.
H. # USE OF UNIVERSITY PROPERTY
  - The Union shall not use University equipment, supplies or staff time for internal Union business, except as this Article expressly permits. Stewards may use University telephones and email for brief communications with ASEs about a pending grievance.
I. # DISTRIBUTION OF THE AGREEMENT
  - Within ninety (90) calendar days after ratification, the University shall post the full text of this Agreement on the website of the Office of Labor Relations, and each appointment letter shall include a link to it. The cost of any printed copies shall be shared equally by the parties.
"""),
    # ------------------------------------------------------------------ 21
    dict(number=21, title="UNION SECURITY", slug="union-security", body="""
Section 1. **Dues Deduction.** The University shall deduct Union dues from the pay of each ASE who has authorized the deduction, as certified to the University by the Union, and shall remit the amounts deducted to the Union.
Section 2. **Authorization.** Whether an ASE has authorized dues deductions, and the terms on which the ASE may revoke that authorization, are governed by the authorization the ASE signed with the Union. The University shall rely on the Union's certification and shall not require a copy of the authorization unless a dispute arises about whether it exists.
Section 3. **Remittance.** Within ten (10) working days after each pay date, the University shall:
  (a) send the Union the total amount deducted; and
  (b) provide an electronic report that lists, for each ASE from whom dues were deducted, the ASE's name, employee identification number and the amount deducted.
Section 4. **Changes in Dues.** The Union shall notify the University in writing of a change in the amount of dues at least thirty (30) calendar days before the change is to take effect.
Section 5. **Employee Inquiries.** The University shall refer questions from ASEs about their membership, or about the cancellation of deductions, to the Union.
Section 6. **Errors.** The University shall correct an error in the amount deducted or remitted in the next regular payroll after the error is discovered. Once the error is corrected, the University shall not be liable to the Union for an amount that the University failed to deduct because of the error.
Section 7. **New Hires.** Within thirty (30) calendar days after an ASE is first appointed, the University shall send the Union the information listed in Section C.1 of Article 20 for that ASE, so that the Union can offer membership.
Section 8. **Voluntary Contributions.** The University shall also deduct voluntary political contributions for ASEs who authorize them in writing, on the same terms as dues deductions.
Section 9. **Indemnification.** The Union shall indemnify and hold the University harmless against any claim brought against the University because of the University's reliance on the Union's certification under Section 2 of this Article. The University shall promptly notify the Union of any such claim, and the Union shall have the right to choose and direct the defense.
"""),
    # ------------------------------------------------------------------ 22
    dict(number=22, title="WAGES", slug="wages", body="""
A. # SALARY SCALES
  1. The minimum salary rates for each ASE title are set out in Appendix A. Monthly rates in this Article are stated for a fifty percent (50%) appointment, and shall be prorated for other appointment percentages.
  2. No ASE shall be paid less than the rate for the ASE's title and step.
B. # GENERAL INCREASES
  1. Effective October 1, 2023, the salary rates for all ASE titles and steps shall be increased by 5.0%.
  2. Effective October 1, 2024, the salary rates for all ASE titles and steps shall be increased by 4.0%.
  3. Effective October 1, 2025, the salary rates for all ASE titles and steps shall be increased by 3.5%.
  - The resulting monthly rates for Teaching Assistants are shown in Table 1.
  @table wages
C. # STEP PLACEMENT AND ADVANCEMENT
  1. An ASE appointed for the first time in a title shall be placed at Step 1, and the step shall be stated in the appointment letter required by Article 3 (Appointments). A department may place an ASE at a higher step on the basis of prior teaching experience at the University or elsewhere.
  2. An ASE shall advance one step on the scale after completing three (3) semesters of service in the title. Service in a summer session shall count as one-half of a semester.
D. # HOURLY TITLES
  - Readers and Tutors who are paid by the hour shall receive no less than the hourly rates stated in Appendix A. Effective October 1, 2023, the minimum hourly rate shall be $21.50, and it shall be increased on the same dates and by the same percentages as the salary rates under Section B of this Article.
E. # PAYMENT OF SALARY
  1. ASEs shall be paid monthly, on the first working day of the month following the month in which the work was performed.
  2. An ASE whose first paycheck of an appointment is delayed by more than ten (10) working days through no fault of the ASE may request an emergency advance of up to fifty percent (50%) of the expected monthly salary, which the University shall issue within three (3) working days of the request.
  3. When the University underpays an ASE by $100 or more, it shall correct the underpayment by an off-cycle payment within five (5) working days after the ASE reports the error. Smaller underpayments shall be corrected in the next regular paycheck.
  4. The University shall not recover an overpayment without first notifying the ASE in writing and offering a repayment plan. Deductions to recover an overpayment shall not exceed fifteen percent (15%) of the ASE's net pay in any pay period.
  5. A dispute over the amount of pay owed may be submitted to expedited arbitration under Section E of Article 12.
F. # SUMMER APPOINTMENTS
  - ASEs appointed in a summer session shall be paid at the same rates as during the academic year.
"""),
    # ------------------------------------------------------------------ 23
    dict(number=23, title="LABOR\u2013MANAGEMENT MEETINGS", slug="labor-management-meetings", body="""
A. The University and the Union shall hold labor\u2013management meetings at least twice in each semester, at a mutually agreed time, to discuss the administration of this Agreement and other matters of mutual concern. Either party may request an additional meeting, which shall be held within fifteen (15) working days of the request.
B. Each party may bring up to five (5) representatives. ASEs who attend as Union representatives shall be released from work without loss of pay for the time spent in the meeting.
C. The party requesting a meeting shall provide a written agenda at least five (5) working days before the meeting. Labor\u2013management meetings shall not be used to negotiate changes to this Agreement or to resolve pending grievances, unless both parties agree otherwise in writing.
D. At the first meeting of each academic year, the University shall report on the number of ASE appointments by department and title, the average appointment percentage, and the number of grievances filed during the previous academic year.
E. The parties may agree to form joint subcommittees to study particular subjects, such as the use of online instruction or the accessibility of teaching spaces. A subcommittee shall report to the full labor\u2013management meeting and shall have no authority to change this Agreement.
F. Either party may prepare written notes of a labor\u2013management meeting. Notes shall be shared with the other party within ten (10) working days, but neither party's notes are binding on the other.
"""),
    # ------------------------------------------------------------------ 24
    dict(number=24, title="TRAINING", slug="training", body="""
A. When the University requires an ASE to attend training, the time spent in training, including required online modules, shall be paid time and shall count toward the ASE's appointment percentage.
B. Before the first term in which an ASE teaches, the University shall offer a pedagogy orientation of at least eight (8) hours. An ASE who has completed the orientation once shall not be required to repeat it when appointed in another department, unless the new department's teaching methods differ substantially.
C. Departments shall make reasonable efforts to schedule required training at times that do not conflict with the ASE's own classes. An ASE who cannot attend a scheduled session because of a class conflict shall be offered another session or an online alternative.
D. # PROFESSIONAL DEVELOPMENT
  1. The University shall maintain a Professional Development Fund of seventy-five thousand dollars ($75,000) in each academic year. An ASE may apply for reimbursement of up to $600 per academic year for registration fees and travel to conferences or workshops related to teaching.
  2. The Graduate School shall decide applications in the order received, and shall tell the ASE of its decision within fifteen (15) working days.
  3. Any money left in the fund at the end of an academic year shall not be carried over.
E. # TRAINING RECORDS
  - The University shall keep a record of the required training each ASE has completed and shall give the ASE a copy on request. Training that an ASE completed in one department shall be recognized by other departments when the content is the same.
"""),
    # ------------------------------------------------------------------ 25
    dict(number=25, title="WORKSPACE AND INSTRUCTIONAL SUPPORT", slug="workspace-and-instructional-support", body="""
A. ASEs are entitled to the instructional support, as defined in Article 2 (Definitions), that they need to perform their assigned duties.
B. # WORKSPACE
  1. Each department shall provide ASEs with access to a workspace suitable for preparing for class, grading and storing course materials. The workspace may be shared.
  2. Each ASE who holds office hours shall have access to a space in which the ASE can meet privately with a student when the discussion involves grades, academic integrity or other confidential matters.
C. # EQUIPMENT AND MATERIALS
  1. The University shall provide, without charge to the ASE, the textbooks, software licenses, laboratory manuals and supplies that the course requires the ASE to use.
  2. When an ASE is required to use a personal computer or telephone for assigned duties because University equipment is not available, the department shall reimburse the reasonable cost of any software or service the ASE must buy for that purpose.
D. # ACCESSIBILITY
  - When an ASE reports that an assigned room or workspace is not accessible to the ASE or to a student in the ASE's section, the department shall make reasonable efforts to move the section or meeting to an accessible location within five (5) working days.
E. # KEYS AND ACCESS
  - Departments shall give ASEs the keys, building access and computer accounts needed for their assignments no later than the first day of the appointment, and shall not charge a deposit for them.
F. A dispute about the adequacy of a workspace shall first be raised with the department chair. If it is not resolved within ten (10) working days, it may be grieved under Article 12.
"""),
    # ------------------------------------------------------------------ 26
    dict(number=26, title="DURATION", slug="duration", body="""
A. This Agreement shall take effect on December 1, 2023, and shall remain in effect through 11:59 p.m. on September 30, 2026.
B. Either party may give written notice of its desire to negotiate a successor agreement no earlier than December 1, 2025, and no later than February 1, 2026. Negotiations shall begin within thirty (30) calendar days after notice is given, unless the parties agree on a later date.
C. Unless a provision states otherwise, the terms of this Agreement shall remain in effect after it expires while the parties negotiate a successor agreement, until the parties reach agreement or complete the impasse procedures required by law.
D. This Agreement, including its appendices and side letters, is the complete agreement between the parties on the matters it covers. It may be amended only by a written document signed by authorized representatives of both parties.
E. If a provision of this Agreement is held invalid by a court or agency of competent jurisdiction, the remaining provisions shall stay in effect, and the parties shall meet within thirty (30) calendar days to negotiate a lawful replacement for the invalid provision.
F. The parties acknowledge that each had the opportunity to bargain over all subjects within the scope of bargaining. During the term of this Agreement, neither party shall be required to bargain over a matter covered by this Agreement, except by mutual consent or as provided in Article 19 (Management and Academic Rights), Section D.
"""),
    # ------------------------------------------------------------------ appendices
    dict(kind="appendix", number="A", title="SALARY SCALES", slug="appendix-a-salary-scales", body="""
- The rates in this Appendix reflect the general increases provided in Article 22 (Wages). They are minimum rates; a department may pay more.
@table a1
@table a2
@table a3
1. Annual rates in Table A-1 are shown for comparison only. ASEs are paid monthly as provided in Section E of Article 22.
2. Teaching Fellow rates are six percent (6%) above the Teaching Assistant rate for the same step, rounded to the nearest dollar.
3. Hourly rates apply to Readers and Tutors who are not appointed at a monthly rate.
"""),
    dict(kind="appendix", number="B", title="GRIEVANCE FORM", slug="appendix-b-grievance-form", body="""
- The parties have agreed on a single grievance form, which the Office of Labor Relations and the Union shall post on their websites in a fillable electronic format. The form required by Section B.1 of Article 12 shall contain the following parts:
1. **Part 1 \u2013 Grievant.** The grievant's name, title, department, University email address and telephone number. For a Union grievance, the name of the Union representative who is filing it.
2. **Part 2 \u2013 Representative.** The name and contact information of the grievant's representative, if any, and whether the grievant authorizes the University to send correspondence to the representative.
3. **Part 3 \u2013 Provisions Violated.** The Article and Section of the Agreement that the grievant believes were violated.
4. **Part 4 \u2013 Statement of the Grievance.** A description of what happened, when it happened and who was involved. Additional pages may be attached.
5. **Part 5 \u2013 Remedy Requested.** The action the grievant asks the University to take.
6. **Part 6 \u2013 Step and Date.** The step at which the grievance is filed or appealed, the date of filing and, for an appeal, the date of the response being appealed.
7. **Part 7 \u2013 Signature.** The signature of the grievant or the grievant's representative, and the date signed. An electronic signature shall be accepted.
- The Office of Labor Relations shall record the date of receipt on each form and shall return a copy to the grievant within two (2) working days.
"""),
    dict(kind="side-letter", number=1, title="JOINT STUDY OF GRADUATE HOUSING COSTS", slug="side-letter-1-housing-study", body="""
- This side letter is made by Lakeshore State University and the Graduate Workers Union, UAW Local 4811, at the same time as their Agreement covering Academic Student Employees for 2023\u20132026. It is not part of the Agreement, and it is not subject to Article 12 (Grievance and Arbitration).
1. Within sixty (60) calendar days after ratification, the parties shall form a joint committee of three (3) members appointed by the University and three (3) members appointed by the Union to study the cost of housing for graduate students in the Lakeshore area.
2. The committee shall gather rent data for University-owned housing and for the surrounding private market, compare ASE salaries under Appendix A with local housing costs, and identify steps the University could take to reduce the share of income that ASEs spend on housing.
3. The University shall give the committee the occupancy, rate and waiting-list data for University graduate housing that it keeps in the ordinary course of business.
4. Union-appointed members who are ASEs shall be released from work without loss of pay for up to two (2) hours per month to attend committee meetings.
5. The committee shall deliver a written report to the Vice Provost for Graduate Education and to the Union no later than June 30, 2025. The report is advisory, and neither party is bound by its recommendations.
6. This side letter expires on September 30, 2026.
"""),
]
