/* SPDX-License-Identifier: MIT */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Where a sentence puts the event it tells of: still ahead ("expected to
 * sign", "will launch"), done ("signed", "launched"), not happening ("no
 * deal", "failed to agree", "called off"), or a person or thing missing or
 * found. The diff reports a change of it as a status change. */
typedef enum {
	SW_STATUS_NONE,
	SW_STATUS_EXPECTED,
	SW_STATUS_DONE,
	SW_STATUS_NEGATED,
	SW_STATUS_MISSING,
	SW_STATUS_FOUND,
} SwStatusKind;

typedef struct {
	SwStatusKind kind;
	gsize start; /* byte offsets of the phrase that says so */
	gsize end;
	gchar *phrase; /* those bytes: "expected to sign", "no deal"; a long phrase between
			* the event and its verb elided ("hearing … was adjourned") */
	gchar *event;  /* the event's word family, lower case: "sign", "launch"; nullable */
	/* of a status ahead, the verb it waits on, lower case: "sign" of "is
	 * expected to sign", "begin" of "The ceasefire was due to begin";
	 * nullable */
	gchar *verb;
	gboolean named; /* the phrase names its event: "no deal", "the talks collapsed" */
	/* told in a relative clause ("the talks, which collapsed in May,
	 * resumed"): a sentence's main clause is preferred */
	gboolean relative;
	/* in one that says which thing it is, as background: "the ship that
	 * blocked the canal" */
	gboolean background;
} SwStatus;

void
sw_status_free(SwStatus *status);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(SwStatus, sw_status_free)

/* the status a sentence (UTF-8) states, the strongest when it states
 * several, its main clause's before a relative clause's; NULL when it
 * states none */
SwStatus *
sw_status_of_sentence(const gchar *sentence);

/* every status @sentence states, none overlapping another: the one
 * sw_status_of_sentence() gives first, then the others in the
 * sentence's order ("has been charged with her murder and will appear
 * in court": will appear, has been charged) */
GPtrArray *
sw_status_all_of_sentence(const gchar *sentence);

/* is @st a future denied ("would not cut", "will never sell", "won't
 * close")? Its past told later says it happened after all, as an
 * expectation's does */
gboolean
sw_status_future_denied(const SwStatus *st);

/* "is expected to peak" told of in @ahead, "peaked" in @sentence: the
 * event happened; so has "has not yet been published" when @sentence
 * gives "published" undenied, and one agreed or decided ("in talks to
 * buy" → "agreed to buy"). A done status for the past tense of @ahead's
 * verb in @sentence, or for "agreed to" or "decided to" before that
 * verb, or NULL (an event of a known family has its own rules) */
SwStatus *
sw_status_done_after(const SwStatus *ahead, const gchar *sentence);

/* the status a headline states: a sentence's, or its future told by "to"
 * and a verb with no verb before ("Firm to cut 3,000 jobs": ahead) */
SwStatus *
sw_status_of_headline(const gchar *headline);

/* "Firm to cut 3,000 jobs" told of in @ahead, "Firm cuts 4,500 jobs" in
 * the headline @headline: it happened, a headline telling it in the
 * present; or as sw_status_done_after() finds it. NULL when neither */
SwStatus *
sw_status_done_in_headline(const SwStatus *ahead, const gchar *headline);

/* a scale's reader: the rank a sentence names on it, its word and noun
 * (static), 0 for none; the sw_status_*_level() functions below */
typedef gint (*SwStatusLevelFunc)(const gchar *sentence, const gchar **word, const gchar **noun);

/* where the clause of @sentence that tells what holds now begins: past
 * the last clause break (a comma, a semicolon, a dash, "but") before the
 * last word that marks a later state ("now", not "until now" nor "now
 * that"; "later", not "later this month"; "since" after "has";
 * "eventually", "subsequently"), or the sentence's start when no break
 * comes before it; NULL when no word marks one */
const gchar *
sw_status_now_clause(const gchar *sentence);

/* the rank @level reads in @sentence, of what holds at its end when the
 * sentence tells a move in two clauses ("was remanded in custody but has
 * now been released on bail": the clause after the break before "now",
 * "later", "has since", "eventually" or "subsequently", where it names a
 * rank); else of the whole sentence */
gint
sw_status_level_now(SwStatusLevelFunc level, const gchar *sentence, const gchar **word, const gchar **noun);

/* the highest colour of a warning @sentence names ("an amber warning for
 * wind", "upgraded its warning to red", "a red alert"), a colour it is
 * graded to before any other ("The amber warning was downgraded to
 * yellow" is yellow): its rank, 1
 * yellow, 2 amber or orange, 3 red; its colour (lower case, static) in
 * *@colour and the noun it grades ("warning", "alert") in *@noun; 0 when
 * none */
gint
sw_status_warning_level(const gchar *sentence, const gchar **colour, const gchar **noun);

/* the condition a patient is said to be in ("is in a critical
 * condition", "his condition was described as stable", "in a serious but
 * stable condition", the worst word counting; "was critical but is now
 * stable", "upgraded from critical to stable": what holds now counting):
 * its rank, 1 critical (also "critically injured", "critically ill",
 * "life-threatening" injuries, "on a ventilator", "on life support",
 * "in an induced coma"), 2 serious ("seriously injured", "seriously
 * ill", "in intensive care"), 3 in hospital, how ill untold ("has been
 * hospitalised", "was taken to hospital"; only where no word says how
 * ill), or out of the gravest care ("moved out of intensive care",
 * "taken off a ventilator", "brought out of her coma"; not "taken off
 * life support"), 4 stable, 5 comfortable, 6 discharged ("was discharged from
 * hospital") or well again ("recovered": "she has fully recovered",
 * "recovered from his injuries", "made a full recovery"); the word (lower case, static) in *@word and the noun that
 * follows it in *@noun ("condition"; "injuries" after
 * "life-threatening"; "from hospital" discharged; NULL for the others);
 * 0 when none. "Good" and "fair" are left out: a house or a road is in
 * good condition too */
gint
sw_status_condition_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* whether one is held or bailed ("was remanded in custody", "was
 * released on bail"): 1 held, with "in" in *@word and "custody" in
 * *@noun; 2 bailed, "on" and "bail"; 0 when the sentence tells neither,
 * or both (two defendants) */
gint
sw_status_custody_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* how one missing was found: 1 dead ("was found dead", "her body was
 * found"), 2 alive ("has been found safe and well", "was rescued
 * alive"), with "found dead" or "found alive" in *@word and NULL in
 * *@noun; 0 when the sentence tells neither, or both (two people found) */
gint
sw_status_found_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* whether one is held or free ("was arrested", "were taken hostage",
 * "remain in captivity"; "was freed", "were released unharmed",
 * "escaped from prison"): 1 held, 2 free, with "held" or "free" in
 * *@word and NULL in *@noun; 0 when the sentence tells neither, or both
 * (one arrested, another freed). Bail is sw_status_custody_level()'s. */
gint
sw_status_freedom_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* whether a firm is insolvent or rescued ("entered administration",
 * "filed for bankruptcy"; "bought out of administration", "emerged from
 * bankruptcy", "administrators have found a buyer"): 1 in liquidation,
 * 2 otherwise insolvent, with "in" in *@word and "liquidation",
 * "administration", "receivership" or "bankruptcy" in *@noun; 3 rescued,
 * "rescued" and NULL; 0 when the sentence tells neither, or both */
gint
sw_status_insolvency_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* how far a bill has gone, the furthest step a sentence tells: 1 through
 * a chamber ("The bill passed the House", "the Senate approved the
 * measure"), with "passed" in *@word; 2 into law ("was signed into law",
 * "became law", "received royal assent"), with "law"; NULL in *@noun; 0
 * when neither */
gint
sw_status_bill_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* the stance a sentence gives on what it names ("opposes the bill",
 * "now supports it", "voted against"): 1 against, 2 for, with "against"
 * or "in favour" in *@word and NULL in *@noun; 0 when it gives neither,
 * or both ("Lee opposes it; Kim backs it"). Whose stance it is the
 * caller knows from the sentences it pairs. */
gint
sw_status_stance_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* what a report says, as a sentence has one it names deny, leave
 * unanswered or confirm it: 1 denied ("denied reports of a deal",
 * "dismissed the claims", "denied that it was in talks"), 2 no comment
 * ("would neither confirm nor deny the report", "declined to comment",
 * "could not confirm the reports"), 3 confirmed ("confirmed the
 * reports", "acknowledged that it had") or admitted ("admitted the
 * claims", said "admitted"), with "denied", "no comment" or "confirmed"
 * in *@word and NULL in *@noun; 0 when none, or two */
gint
sw_status_denial_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* a player's fitness for a match a sentence tells: 1 ruled out ("has
 * been ruled out of Saturday's match", "will miss the final"), 2 in
 * doubt ("is doubtful for", "is an injury doubt"), 3 fit ("has been
 * passed fit", "is fit to play"), with "ruled out", "doubtful" or "fit"
 * in *@word and NULL in *@noun; one out hurt now ("is injured",
 * "remains sidelined") is ruled out, said "injured" or "sidelined", and
 * one training again ("has returned to training", "is back in full
 * training") fit, said "back in training", as is one expected to be ("is
 * expected to be fit for", said "expected to be fit"); 0 when none, or two of them. Whose it
 * is the caller knows from the sentences it pairs. */
gint
sw_status_fitness_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* a bank's decision on its rates a sentence tells: 1 cut, 2 held, 3
 * raised, with "cut rates", "held rates" or "raised rates" in *@word and
 * NULL in *@noun; 0 when none, or two */
gint
sw_status_rates_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* the decision on its rates a sentence tells a bank is expected to take,
 * on sw_status_rates_level()'s ranks ("is expected to cut interest
 * rates", "economists expect it to hold rates"), with "expected to cut
 * rates", "expected to hold rates" or "expected to raise rates" in
 * *@word and NULL in *@noun; 0 when none, or two */
gint
sw_status_rates_expected_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* a storm's strength a sentence tells by its name, what it is or became
 * ("has strengthened into a hurricane"): 1 a depression or its remnants,
 * 2 a tropical storm, 3 a hurricane, typhoon or cyclone, with
 * "depression", "tropical storm" or "hurricane" in *@word and NULL in
 * *@noun; 0 when none, or two */
gint
sw_status_storm_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* how far a treaty or a deal has gone, as a sentence tells it: 1 signed
 * ("signed the treaty"), 2 ratified ("Parliament ratified the treaty",
 * "shareholders approved the deal"), 3 in force ("The treaty came into
 * force"), with "signed", "ratified" or "in force" in *@word and NULL in
 * *@noun; 0 when none, or two */
gint
sw_status_treaty_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* cases a sentence tells suspected ("12 suspected cases of measles"):
 * 1, with "suspected" in *@word; or confirmed ("12 confirmed cases",
 * "the cases have been confirmed"): 2, with "confirmed"; NULL in *@noun;
 * 0 when neither, or both */
gint
sw_status_certainty_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* what a sentence says the police make of a death or a fire: 1 not
 * suspicious ("is not being treated as suspicious"), 2 unexplained
 * ("are treating the death as unexplained"), 3 suspicious ("have
 * launched a murder investigation", "was started deliberately"), or a
 * crime named ("are treating the death as murder", "the attack as an
 * act of terrorism", said "murder", "terrorism"), with that word in
 * *@word and NULL in *@noun; 0 when none, or two */
gint
sw_status_suspicion_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* an economy a sentence says is in recession ("fell into recession"): 1,
 * with "in recession" in *@word; or out of it ("has emerged from
 * recession", "avoided a recession"): 2, with "out of recession"; NULL
 * in *@noun; 0 when neither, or both */
gint
sw_status_recession_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* a firm's result a sentence tells: 1 a loss ("reported a net loss",
 * "swung to a loss", "fell into the red"), 2 a profit ("returned to
 * profit", "is back in the black"), with "loss" or "profit" in *@word
 * and NULL in *@noun; 0 when none, or both */
gint
sw_status_result_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* one a sentence says is disciplined by a party, a club or an employer:
 * 1 out ("was expelled from the party"), 2 suspended ("was suspended
 * from the club", "had the whip withdrawn", an athlete "provisionally
 * suspended"), 3 back ("has been reinstated", "had the whip restored",
 * "has been cleared to compete", said "cleared"), with "expelled",
 * "suspended" or "reinstated" in *@word and NULL in *@noun; 0 when none,
 * or two */
gint
sw_status_discipline_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* an event a sentence says is put off, for good ("was cancelled",
 * "called off the tour"): 1, with "called off" in *@word; or for a while
 * ("was postponed", "has been pushed back"): 2, with "put off"; NULL in
 * *@noun; 0 when neither, or both */
gint
sw_status_putoff_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* a contest's outcome a sentence tells for its side ("survived a
 * confidence vote", "won the election", "lost the seat", "the motion was
 * defeated"): 1 lost, 2 won, with "lost" or "won" in *@word and what was
 * contested ("confidence vote", "seat", static) in *@noun; 0 when
 * neither, or both. Whose side it is the caller knows from the sentences
 * it pairs. */
gint
sw_status_outcome_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* one ill with a disease or over it: 1 ill ("has tested positive for
 * Covid", "was diagnosed with pneumonia", "contracted the virus", "is
 * self-isolating"), 2 well ("has recovered from Covid", "tested
 * negative", "was given the all-clear", "is in remission"); the words
 * said ("tested positive", "diagnosed", "infected", "recovered",
 * "tested negative", "all-clear", "in remission"; static) in *@word and
 * NULL in *@noun; 0 when neither, or both */
gint
sw_status_infection_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* a choice still weighed or made: 1 under consideration ("is
 * considering closing the library", "are weighing a sale", "has not yet
 * decided", "is undecided", "no decision has been made"), 2 decided
 * ("has decided to close it", "opted to", "voted to strike", "took the
 * decision to", "decided against a sale"); the word ("under
 * consideration", "decided"; static) in *@word and NULL in *@noun; 0
 * when neither, or both. A jury considering its verdict is none */
gint
sw_status_decision_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* one an authority rules on: 1 rejected ("the application was
 * rejected", "refused the plan", "vetoed the bill's proposal"), 2 under
 * review ("is under review", "is awaiting approval", "pending
 * approval", "still needs approval"), 3 approved ("was approved",
 * "cleared the takeover", "was backed by the council", "has been
 * granted planning permission", "given the green light"); the word
 * ("rejected", "under review", "awaiting approval", "needs approval", "approved";
 * static) in *@word and NULL in *@noun; 0 when none, or two. Bail
 * refused and claims rejected are none */
gint
sw_status_approval_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* a ballot: 1 open ("polls are open", "polls opened at 7am", "voting is
 * under way", "polls close at 10pm"), 2 closed with its count to come
 * ("polls have closed", "voting has ended", "counting is under way",
 * "votes are being counted"); the word ("polls open", "polls closed";
 * static) in *@word and NULL in *@noun; 0 when neither, or both */
gint
sw_status_ballot_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* whether a defence against water holds: 1 breached ("The levee was
 * breached overnight", "the dam burst"), 2 holding ("The levee held
 * overnight", "the flood barrier is holding"), with "breached" or
 * "holding" in *@word and NULL in *@noun; 0 when neither, or both */
gint
sw_status_defence_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* a measure's way as it goes: 1 falling ("Cases are falling", "the river
 * continues to recede"), 2 neither way now ("Cases have peaked",
 * "admissions are levelling off"), 3 rising ("Infections are still
 * rising", "Prices continue to climb"), with "falling", "peaked",
 * "steady" or "rising" in *@word and NULL in *@noun; 0 when none,
 * or two */
gint
sw_status_trend_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* a price's or a measure's way: 1 down ("The pound fell against the
 * dollar", "Oil prices have slumped", "Shares fell 5%", "Unemployment
 * fell to 5.2%"), 2 up ("Shares recovered their losses", "The FTSE 100
 * rallied", "Profits rose to $2 billion"); the verb said (static: "fell",
 * "rallied"; a participle as its past) in *@word and NULL in *@noun; 0
 * when neither, or both */
gint
sw_status_market_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* a result against what was foreseen ("missed forecasts", "fell short
 * of expectations"; "met expectations", "in line with forecasts"; "beat
 * forecasts", "exceeded analysts' estimates", "better-than-expected
 * profits"): 1 below, 2 in line, 3 above, with "below forecasts", "in
 * line with forecasts" or "above forecasts" in *@word and NULL in
 * *@noun; 0 when the sentence tells neither, or two */
gint
sw_status_forecast_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* a measure's way foreseen ("Inflation is expected to fall", "Energy
 * bills will go up", "The bank expects unemployment to rise"): 1 to fall,
 * 2 to rise, with "expected to fall" or "expected to rise" in *@word and
 * NULL in *@noun; 0 when the sentence foresees neither, or both */
gint
sw_status_outlook_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* an economy's way ("The economy has contracted", "GDP shrank 0.3%";
 * "grew 0.5%", "is expanding", "returned to growth"): 1 shrinking, 2
 * growing, with "shrinking" or "growing" in *@word and NULL in *@noun; 0
 * when the sentence tells neither, or both */
gint
sw_status_growth_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* a figure told ahead that a sentence says was revised ("raised its
 * profit forecast", "cut its growth forecast", "the target was
 * lowered"): 1 down, 2 up, with "cut" or "raised" in *@word and what was
 * revised ("forecast", "target", static) in *@noun; 0 when neither, or
 * both */
gint
sw_status_revision_level(const gchar *sentence, const gchar **word, const gchar **noun);

/* does @sentence say an event was moved to another time ("has been
 * rescheduled for 19 May", "pushed the vote back to June", "was brought
 * forward to Friday", "has been moved to Thursday")? The time it names
 * is the event's, ahead */
gboolean
sw_status_moved_to(const gchar *sentence);

/* does @sentence say a cause, a motive or a source is not known yet
 * ("the cause of the fire was not known", "the motive remains unclear",
 * "it was not clear what caused the crash", "are trying to identify the
 * source of the outbreak")? Which, "cause", "motive" or "source"
 * (static), in *@noun */
gboolean
sw_status_unknown(const gchar *sentence, const gchar **noun);

/* what @sentence tells the cause, the motive or the source (@noun, as
 * sw_status_unknown() gives it) was: "an electrical fault" of "the cause
 * was an electrical fault" or "was caused by an electrical fault", "a
 * restaurant" of "traced the outbreak to a restaurant"; NULL when it
 * tells none. Free with g_free() */
gchar *
sw_status_told(const gchar *sentence, const gchar *noun);

/* does @sentence tell one named side ahead of another ("Arsenal lead
 * Chelsea 2-1", "Smith is ahead of Jones", "Labour has overtaken the
 * Conservatives"), or of the field ("Smith leads the race", "Leeds are
 * top of the table", "Jones leads by 150 votes")? The sides, newly
 * allocated, in *@ahead and *@behind; when no side is named behind,
 * *@behind is NULL and *@contest the contest led ("race", "table"; ""
 * when a figure tells the lead instead), else *@contest is NULL */
gboolean
sw_status_lead(const gchar *sentence, gchar **ahead, gchar **behind, gchar **contest);

/* may @text tell a lead: does it hold one of the words a lead needs
 * ("lead ", "leads", "ahead", " top"; not "leaders")? A plain search, for
 * a whole story before its sentences are read */
gboolean
sw_status_may_lead(const gchar *text);

/* the offence @sentence tells one charged with, convicted of, cleared
 * of or admitting ("murder" of "has been charged with murder",
 * "attempted murder" of "was convicted of attempted murder"), lower
 * case, and its phrase in *@phrase ("charged with murder"), each newly
 * allocated; NULL, and *@phrase untouched, when it tells none */
gchar *
sw_status_charge(const gchar *sentence, gchar **phrase);

/* does the length at [@start, @end) of @sentence tell a term in prison
 * ("jailed for eight years", "his sentence was cut to six years on
 * appeal", "a six-year sentence", "eight years in jail")? */
gboolean
sw_status_prison_term(const gchar *sentence, gsize start, gsize end);

/* are @a and @b one side, by their last word ("the Conservatives",
 * "Conservatives")? */
gboolean
sw_status_same_side(const gchar *a, const gchar *b);

/* do the statuses of @a and @b tell events of two known families ("will
 * face a vote", "is expected to resign")? */
gboolean
sw_status_other_events(const gchar *a, const gchar *b);

const gchar *
sw_status_kind_to_string(SwStatusKind kind);

G_END_DECLS
