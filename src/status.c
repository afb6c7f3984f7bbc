/* SPDX-License-Identifier: MIT
 *
 * The status a sentence gives its event: ahead, done, not happening,
 * missing or found. A table of patterns (ours), each naming the kind it
 * states and, where it can, the event's word; when several match, the
 * strongest kind wins (a "no deal" outranks the "expected to sign" beside
 * it), then the earliest phrase.
 */
#define G_LOG_DOMAIN "storywatch-facts"

#include "sw/status.h"
#include "sw/regex.h"
#include "sw/text.h"
#include "status-private.h"

#include <string.h>

/* words that sit between an auxiliary and its verb */
#define SW_STATUS_ADV "(?:(?:now|also|still|soon|formally|finally|already|widely|reportedly|officially|jointly)\\s+)?"
#define SW_STATUS_BE "(?:is|are|was|were|be|been|being|looks?|looked|seems?|seemed|appears?|appeared)"
#define SW_STATUS_EVENT_NOUN                                                                       \
	"deal|agreement|accord|pact|treaty|contract|signing|launch|decision|vote|referendum|ruling|verdict|"   \
	"release|announcement|merger|takeover|talks|summit|visit|election|strike|sale|plan|"       \
	"hearing|trial|inquest|opening|ceasefire|truce|eruption|match|game|concert|festival|fixture|tournament|"   \
	"ceremony|parade|search|bid|offer|appeal|lawsuit|tour|wedding|operation|mission|"         \
	"protest|rally|demonstration|walkout|meeting|conference|premiere|exhibition|auction|"            \
	"inauguration|funeral"

/* no event's word: "be" itself, or the determiner that opens what one
 * is to be ("is expected to be the last", "will be a success") */
#define SW_STATUS_NO_EVENT                                                                         \
	"(?!(?:be|been|a|an|the|this|that|these|those|his|her|their|its|our|my|your|one|some|any|now|also|still|soon|" \
	"formally|finally|already|widely|reportedly|officially|jointly|probably|likely|then)\\b)"

/* a place a closure threatens, and that may be saved */
#define SW_STATUS_VENUE                                                                            \
	"museum|library|pub|theatre|theater|school|hospital|factory|plant|club|shop|store|branch|mill|"    \
	"cinema|venue|church|centre|center|gallery|zoo|college|nursery|pool|ward|clinic|surgery|station"

/* what a contest awards */
#define SW_STATUS_PRIZE "prize|award|oscar|bafta|emmy|grammy|medal|trophy|cup|championship|title|crown|final"
/* a prize by its category: "best picture", "best supporting actress" */
#define SW_STATUS_BEST                                                                             \
	"(?<ev>best)\\s+[\\w-]+(?:\\s+(?:actor|actress|director|film|picture|album|song|novel|series|drama|comedy|" \
	"documentary|newcomer|play|musical))?\\b"

/* what a defendant is charged with, denies, admits or is cleared of */
#define SW_STATUS_CHARGE                                                                             \
	"(?:murder|manslaughter|charges?|offences?|counts?|fraud|theft|assault|rape|robbery|burglary|arson|" \
	"bribery|perjury|kidnapping|stalking|harassment|allegations?|wrongdoing|misconduct)"

/* where a place or a service is, between it and its verb: "schools in
 * Aberdeenshire are closed", "flights at Gatwick have been suspended" */
#define SW_STATUS_PLACE_WHERE "(?:\\s+(?:at|from|to|on|in|across|near|between)\\s+[^.,;:!?]{1,40}?)?"

/* the words that end a noun phrase read after a verb ("called off
 * strikes planned for 14 April", "cancelled the concert on Friday") */
#define SW_STATUS_NP_END                                                                           \
	"(?:the|a|an|at|in|on|by|for|from|to|after|before|because|due|over|as|across|amid|until|and|"   \
	"but|or|with|that|which|who|this|last|next|earlier|later|of|since|while|when|despite|"        \
	"following|is|are|was|were|has|have|had|will|would|its|their|it|them|his|her|planned|"      \
	"scheduled|set|due|expected|announced|proposed|agreed|signed|held|called|said|says|today|"   \
	"tonight|tomorrow|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

/* what goes on until it is over: a stoppage, a stand-off, a fight */
#define SW_STATUS_STANDOFF                                                                         \
	"strike|walkout|protest|siege|stand-off|standoff|blockade|occupation|dispute|war|fighting|lockout|eruption"

/* one stopped, said alone: "the fighting has stopped", "ceased
 * overnight" (not "the protest stopped traffic") */
#define SW_STATUS_STOPPED                                                                          \
	"(?:stopped|ceased)(?=\\s*[.,;:]|\\s*$|\\s+(?:on|at|after|in|overnight|last|early|late|when|as|by|shortly)\\b)"

/* how one missing is found alive */
#define SW_STATUS_ALIVE "(?:alive|safe\\s+and\\s+(?:well|sound)|safe|unharmed|unhurt)\\b"

/* a title or a final as the noun's end: "lost in the final on Sunday",
 * not "lost its final reading" */
#define SW_STATUS_FINAL_END "(?=\\s*[.,;:]|\\s*$|\\s+(?:on|in|at|against|to|after|by|with|and|of|for|last|this)\\b)"

/* a storm by its name */
#define SW_STATUS_STORM "storm|hurricane|typhoon|cyclone|tornado"

/* a child to be born, and born */
#define SW_STATUS_BABY "(?:baby|babies|child|son|daughter|twins|triplets|boy|girl)"
/* and the noun's end: "a baby in May", not "a baby boom" */
#define SW_STATUS_BABY_END                                                                         \
	"(?=\\s*[.,;:]|\\s*$|\\s+(?:in|on|at|with|next|this|last|later|after|early|together|due|and|,)\\b)"

/* what burns until it is put out */
#define SW_STATUS_FIRE "fire|blaze|wildfire|bushfire|flames|inferno"

/* what carries people and can be seized with them aboard */
#define SW_STATUS_CRAFT                                                                            \
	"(?:ship|vessel|tanker|boat|ferry|yacht|plane|aircraft|airliner|jet|flight|bus|coach|train|lorry|truck)"

/* what flies or dives unmanned, and is lost to its controllers */
#define SW_STATUS_UNMANNED "(?:satellite|probe|lander|rover|spacecraft|capsule|submersible|drone)"

/* a post one is put in */
#define SW_STATUS_POST                                                                             \
	"(?:chief\\s+executive|chief\\s+exec|ceo|chief\\s+operating\\s+officer|chief\\s+financial\\s+officer|chair|" \
	"chairman|chairwoman|chairperson|president|prime\\s+minister|minister|secretary|manager|head\\s+coach|coach|" \
	"director|governor|leader|captain|editor|ambassador|commissioner|chancellor|speaker|archbishop|bishop|"      \
	"principal|head|chief|boss|envoy|successor|replacement)"

/* what a court upholds or overturns */
#define SW_STATUS_RULING                                                                           \
	"ban|ruling|judgment|judgement|conviction|convictions|decision|verdict|sentence|order|"     \
	"injunction|law|fine|penalty|suspension"

/* a road by its number: "the M6", "the A9", "I-95" */
#define SW_STATUS_ROAD_NUMBER "(?-i:[AMB]\\d{1,4}(?:\\(M\\))?|I-\\d{1,3})\\b"

/* a place or a way that is shut, and reopens */
#define SW_STATUS_SHUT_PLACE "road|bridge|airport|station|school|line|motorway|border|crossing|port|runway|tunnel|airspace"
/* and a building or a site told shut or open, each with its plural's
 * stem ("embassie" of "embassies") */
#define SW_STATUS_OPEN_PLACE                                                                       \
	SW_STATUS_SHUT_PLACE "|museum|factory|plant|mine|park|beach|embass(?:y|ie)|consulate|librar(?:y|ie)|"    \
	"hospital|ward|clinic|stadium|universit(?:y|ie)|college|campus|terminal|mall|store|shop|galler(?:y|ie)|" \
	"zoo|venue|office"

/* where one is held, and let out of */
#define SW_STATUS_HELD "custody|prison|jail|detention|captivity"

/* where the evacuated go back to */
#define SW_STATUS_HOME "(?:(?<ev>home)|to\\s+(?:their|his|her)\\s+(?<ev>homes?|houses?|properties))\\b"

/* what is issued or declared, and lifted */
#define SW_STATUS_WARNING                                                                          \
	"warning|alert|advisory|curfew|lockdown|state of emergency|martial law|evacuation order|critical incident|"    \
	"major incident|pandemic|public health emergency|national emergency|famine|boil[ -]water notice|"  \
	"hosepipe ban|(?:tornado|hurricane|storm|flood|tsunami|winter\\s+storm|fire\\s+weather)\\s+watch"

/* what a government imposes on others and lifts: sanctions, tariffs,
 * an embargo, a ban ("a travel ban", "the ban on imports") */
#define SW_STATUS_CURB "sanctions?|tariffs?|embargo(?:e?s)?|bans?|restrictions?|quotas?"

/* what a count's result is of */
#define SW_STATUS_BALLOT "election|vote|referendum|ballot|count|race|poll|primary"

/* what is imposed for a while and may be lifted, or extended */
#define SW_STATUS_RESTRICTION                                                                      \
	"restriction|ban|lockdown|curfew|measure|sanction|state of emergency|deadline|suspension|"         \
	"moratorium|freeze"

/* each rule with its gate: words one of which the sentence must hold,
 * lower case, "|" between, for the pattern to be worth running (most
 * sentences hold none, and a string search costs a fraction of a match) */
static const struct {
	SwStatusKind kind;
	const gchar *gate;
	const gchar *pattern;
} sw_status_rules[] = {
    /* not happening */
    /* a warning or an order lifted: "has lifted a tsunami warning", "the
     * curfew was lifted"; the warning's family, whose issuing is done */
    {SW_STATUS_NEGATED, "lifted|cancelled|canceled|withdrawn|withdrew|rescinded|ended|stood down|stands down|expired",
     "(?J)\\b(?:lifted|cancell?ed|canceled|withdrawn|withdrew|rescinded|ended|stood\\s+down|stands\\s+down)\\s+"
     "(?:the\\s+|a\\s+|an\\s+|its\\s+|all\\s+)?"
     "(?:[\\w-]+\\s+){0,3}?(?<ev>" SW_STATUS_WARNING ")s?\\b|"
     "\\b(?<ev>" SW_STATUS_WARNING ")s?\\s+(?:[\\w,.'’-]+\\s+){0,4}?(?:(?:has|have|had|was|were)\\s+(?:now\\s+)?(?:been\\s+)?"
     "(?:lifted|cancell?ed|canceled|withdrawn|rescinded|ended|stood\\s+down|expired)|"
     /* or ran out, said in the past: "The warning expired at 18:00" */
     "(?:expired|ended(?!\\s+up\\b)))\\b"},
    /* a restriction or a deadline extended does not end when it was to:
     * "The lockdown has been extended until March", "Ministers have
     * extended the restrictions", against "are expected to lift the
     * restrictions", "The ban is due to end in May"; its event the
     * extension, not the warning's family (whose negation is a lifting) */
    {SW_STATUS_NEGATED, "xtended|xtends",
     /* the phrase from the verb (\\K), so that the noun before it is
      * its subject */
     "(?J)\\b(?:" SW_STATUS_RESTRICTION ")s?\\s+(?:[\\w-]+\\s+){0,3}?\\K(?:has|have|had|was|were|is|are)\\s+(?:now\\s+|again\\s+)?"
     "(?:been\\s+)?(?<ev>extended)\\b|"
     "\\b(?<ev>extended|extends)\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+|his\\s+|her\\s+)?(?:[\\w-]+\\s+){0,2}?"
     "(?:" SW_STATUS_RESTRICTION ")s?\\b"},
    /* an outbreak or a crisis declared at an end: "The outbreak has been
     * declared over", "declared the epidemic over" */
    {SW_STATUS_NEGATED, "declared",
     "(?J)\\b(?<ev>outbreak|epidemic|pandemic|emergency|crisis|drought|famine|siege)s?\\s+"
     /* where it was, what it did: "The outbreak in Leeds that infected
      * 51 people has been declared over" */
     "(?:(?:in|at|of|that|which)\\s+[^.;:!?\"]{1,60}?\\s+\\K)?(?:has|have|had|was|were|is|are)\\s+"
     "(?:now\\s+)?(?:been\\s+)?(?:officially\\s+|formally\\s+)?declared\\s+(?:to\\s+be\\s+)?over\\b|"
     "\\bdeclared\\s+(?:the|an|its|their)\\s+(?:[\\w-]+\\s+){0,2}?(?<ev>outbreak|epidemic|pandemic|emergency|crisis|drought|famine|siege)"
     "\\s+(?:officially\\s+)?over\\b"},
    /* the evacuated let home again: "have been allowed to return home",
     * "residents can return to their homes"; the evacuation over, its
     * event the home (not "has returned home from the tour") */
    {SW_STATUS_NEGATED, "return",
     "(?J)\\b(?:allowed|able|free|told\\s+they\\s+(?:can|could))\\s+to\\s+return\\s+" SW_STATUS_HOME "|"
     "\\b(?:residents|evacuees|people|families|householders)\\s+(?:can|could|may)\\s+(?:now\\s+)?return\\s+" SW_STATUS_HOME},
    {SW_STATUS_NEGATED, "no", "\\bno\\s+(?:final\\s+|formal\\s+|such\\s+)?(?<ev>" SW_STATUS_EVENT_NOUN ")\\b"},
    /* a truce broken: "The ceasefire was broken within hours", "have
     * violated the truce" */
    {SW_STATUS_NEGATED, "ceasefire|truce",
     "(?J)\\b(?<ev>ceasefire|truce)\\s+(?:was|were|has\\s+been|had\\s+been|have\\s+been)\\s+(?:\\w+ly\\s+)?"
     "(?:broken|violated|breached)\\b|"
     "\\b(?:broke|broken|violated|violating|breached|breaching)\\s+(?:the|a|an)\\s+(?:[\\w-]+\\s+)?(?<ev>ceasefire|truce)\\b"},
    /* "talks ended without agreement", "end without deal" */
    {SW_STATUS_NEGATED, "without",
     "\\b(?:ended|end|ends|broke\\s+up|closed|finished|concluded|adjourned)\\s+without\\s+(?:a\\s+|an\\s+|any\\s+)?"
     "(?<ev>deal|agreement|accord|breakthrough|settlement)\\b"},
    /* a couple that will not marry: "The couple have split up", "have
     * separated", "broke up in May" (not "have split the bill", "police
     * broke up the crowd", "split into two") */
    {SW_STATUS_NEGATED, "split|separated|broke up|broken up|divorced",
     "(?J)\\b(?:(?:has|have|had)\\s+(?:now\\s+)?(?<ev>split(?:\\s+up)?|separated|broken\\s+up|divorced)|"
     "(?<ev>split\\s+up|broke\\s+up|separated|divorced))"
     "(?=\\s*(?:[.,;:]|$|(?:after|in|last|earlier|on|and|but|amid|following|over|just|weeks|months|years)\\b))"},
    /* and a marriage ending: "The couple are divorcing", "She has filed
     * for divorce", "are to divorce" (not "is separating the twins") */
    {SW_STATUS_NEGATED, "divorc|separating|splitting up",
     "(?J)\\b(?:is|are)\\s+(?:now\\s+)?(?<ev>divorcing|separating|splitting\\s+up)"
     "(?=\\s*(?:[.,;:]|$|(?:after|amid|following|over|and|but)\\b))|"
     "\\b(?:filed|files|filing|has\\s+sued|sued)\\s+for\\s+(?:a\\s+)?(?<ev>divorce)\\b|"
     "\\b(?:is|are)\\s+(?:now\\s+)?(?:set\\s+|due\\s+|going\\s+)?to\\s+(?<ev>divorce)\\b"},
    /* one who will not go after all: "will stay on", "has agreed to
     * remain in post", "will remain in office" (not "will stay on
     * the island") */
    {SW_STATUS_NEGATED, "stay on|remain in|remain on|staying on",
     "(?J)\\b(?:will|would|is\\s+to|to|is|are)\\s+(?:now\\s+)?(?:(?<ev>stay(?:ing)?\\s+on)(?=\\s*(?:[.,;:]|$|as\\b|until\\b|for\\b|at\\b|in\\b))|"
     "(?<ev>remain(?:ing)?\\s+(?:in|on)\\s+(?:post|office|the\\s+job|the\\s+board))\\b)"},
    /* and one who was to be sacked and was not: "The minister kept her
     * job", "will keep his job", "clung on to her job" (not "is fighting
     * to keep his job", no outcome yet) */
    {SW_STATUS_NEGATED, "kept|keep|held on|hold on|holds on|clung on|cling on|clings on",
     "(?J)\\b(?<!not\\s)(?<!n't\\s)(?<!n’t\\s)(?<!never\\s)(?<!to\\s)(?:(?:will|would)\\s+)?(?:kept|keeps|keep|"
     "(?:held|holds|hold|clung|clings|cling)\\s+on\\s+to)\\s+(?:his|her|their)\\s+(?<ev>job)\\b"},
    /* and one that stayed up: "avoided relegation", "escaped the drop" */
    {SW_STATUS_NEGATED, "relegation|the drop",
     "\\b(?:avoided|avoids|escaped|escapes|survived|survives|staved\\s+off|fought\\s+off)\\s+"
     "(?<ev>relegation|the\\s+drop)\\b"},
    /* a contender out: "was knocked out in the first round", "have
     * been eliminated", "crashed out of the tournament" (not "was
     * knocked out" cold by a blow, which names no contest) */
    {SW_STATUS_NEGATED, "knocked out|eliminated|crashed out",
     "(?J)\\b(?:(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+)?(?<ev>knocked\\s+out|eliminated)"
     "(?=\\s+(?:of|from|in|at|by)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,2}?(?:round|stage|tournament|cup|competition|"
     "contest|race|final|semi-finals?|quarter-finals?|championships?|open|league|playoffs?|election)\\b)|"
     "\\b(?<ev>crashed\\s+out)\\b"},
    /* a craft run aground or stuck ("A container ship has run aground",
     * "the ship is stuck in the canal"), which is refloated; the
     * restore family's, a way blocked */
    {SW_STATUS_NEGATED, "aground|stuck",
     "(?J)\\b(?:ran|run|runs|running|went|gone|is|are|was|were|remains?|remained|been)\\s+(?:still\\s+)?(?<ev>aground)\\b|"
     "\\b" SW_STATUS_CRAFT "s?\\s+(?:(?:is|are|was|were|has\\s+been|have\\s+been|remains?|remained)\\s+)(?:still\\s+)?"
     "(?<ev>stuck)\\b"},
    /* a bill or a motion that fell: "The bill failed in the Senate",
     * "the motion was defeated", "MPs voted down the amendment" (not
     * "failed to" do something, the rule above) */
    {SW_STATUS_NEGATED, "failed|defeated|voted down|thrown out",
     "(?J)\\b(?<ev>bill|motion|amendment|legislation|resolution)s?(?:\\s+(?:has|had|was|were|has\\s+been|had\\s+been))?\\s+"
     "(?:narrowly\\s+|heavily\\s+|overwhelmingly\\s+)?(?:failed(?!\\s+to\\b)|defeated|voted\\s+down|thrown\\s+out)\\b|"
     "\\b(?:defeated|voted\\s+down|threw\\s+out)\\s+(?:the|a|an|his|her|their|its)\\s+(?:[\\w-]+\\s+){0,2}?"
     "(?<ev>bill|motion|amendment|legislation|resolution)\\b"},
    /* and one vetoed: "The president vetoed the bill", "the measure was
     * vetoed by the governor" */
    {SW_STATUS_NEGATED, "veto",
     "(?J)\\bvetoe[ds]\\s+(?:the|a|an|his|her|their|its)\\s+(?:[\\w$£€.,-]+\\s+){0,3}?"
     "(?<ev>bill|legislation|measure|resolution|budget)\\b|"
     "\\b(?<ev>bill|legislation|measure|resolution|budget)s?\\s+(?:was|were|(?:has|have|had)\\s+been)\\s+vetoed\\b"},
    /* a closure that will not be: "The plant will stay open", "has been
     * saved from closure", "the closure was averted", "won a reprieve"
     * (most often from closure) */
    {SW_STATUS_NEGATED, "stay open|remain open|kept open|closure|reprieve|saved",
     "(?J)\\b(?:will|would|is\\s+to|are\\s+to|to|can|could)\\s+(?:now\\s+|still\\s+)?(?<ev>(?:stay|remain)\\s+open)\\b|"
     "\\b(?:will|would|is\\s+to|are\\s+to|to)\\s+(?:now\\s+)?be\\s+(?<ev>kept\\s+open)\\b|"
     "\\b(?:saved|spared|rescued|reprieved)\\s+from\\s+(?<ev>closure)\\b|"
     "\\b(?<ev>closure)(?<mid>\\s+of\\s+[^.,;:!?]{1,60}?)?\\s+(?:has|have|had|was|were)\\s+(?:now\\s+)?(?:been\\s+)?(?:averted|called\\s+off|scrapped|"
     "shelved|halted|abandoned|reversed|overturned)\\b|"
     "\\b(?:won|wins|given|granted|handed|gets|got|received|receives)\\s+(?:a|an)\\s+(?:[\\w-]+\\s+)?(?<ev>reprieve)\\b|"
     /* a place saved, by whom said: "The museum has been saved by a
      * donor" (not lives saved) */
     "\\b(?:" SW_STATUS_VENUE ")\\s+(?:has|have|had|was|were)\\s+(?:now\\s+)?(?:been\\s+)?(?<ev>saved)\\b"
     /* from what, the rule above's or none ("saved from administration"
      * is the firm's) */
     "(?!\\s+from\\b)"},
    /* a closure ahead, feared: "The museum faces closure", "is on the
     * brink of closure", "is threatened with closure" */
    {SW_STATUS_EXPECTED, "closure",
     "\\b(?:(?:faces|facing|face)\\s+(?:possible\\s+|imminent\\s+|permanent\\s+)?|(?:is|are|was|were|been|now)\\s+"
     "(?:now\\s+|still\\s+)?(?:threatened\\s+with|at\\s+risk\\s+of|on\\s+the\\s+brink\\s+of|under\\s+threat\\s+of)\\s+"
     "(?:permanent\\s+)?)(?<ev>closure)\\b"},
    /* a jury that could not decide: "failed to reach a verdict", "was
     * discharged", "a hung jury"; the verdict, no verdict */
    {SW_STATUS_NEGATED, "verdict|discharged|hung jury",
     "(?J)\\b(?:failed|failing|unable|could\\s+not|couldn['’]t)\\s+(?:to\\s+)?(?:reach|agree\\s+on|return)\\s+(?:a\\s+)?"
     "(?:unanimous\\s+|majority\\s+)?(?<ev>verdicts?)\\b|"
     "\\b(?:jury|jurors)\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?<ev>discharged)\\b|"
     "\\bhung\\s+(?<ev>jury)\\b"},
    {SW_STATUS_NEGATED, "came and went",
     "\\bcame and went\\s+with(?:out|\\s+no)(?:\\s+(?:a\\s+|an\\s+)?(?<ev>" SW_STATUS_EVENT_NOUN "))?\\b"},
    /* an end denied is no event denied but one going on ("the fighting
     * has not stopped", "the eruption has not ended") */
    {SW_STATUS_NEGATED, "n't|n’t|not|never",
     "\\b(?:did|does|do|has|have|had|(?<be>was|were|is|are)|will|would|could|should)(?:n['’]t|"
     /* "has still not been approved", "have so far not agreed" */
     "(?:\\s+(?:still|so\\s+far|also|even))?\\s+(?:not|never))\\s+"
     "(?:(?<yet>yet)\\s+|been\\s+|be\\s+|(?:already|also|then|widely|always|ever|even|fully|really|actually)\\s+)*"
     "(?!(?:stopped|ceased|ended|finished|abated|subsided)\\b)" SW_STATUS_NO_EVENT
     "(?<ev>[a-z]+)"},
    {SW_STATUS_NEGATED, "won't|won’t|cannot|can't|can’t", "\\b(?:won['’]t|cannot|can['’]t)\\s+(?:be\\s+)?(?<ev>[a-z]+)"},
    /* "failed to return" from a walk is someone missing, below */
    {SW_STATUS_NEGATED, "failed|refused|declined",
     "\\b(?:failed(?!\\s+to\\s+(?:return|come\\s+back|arrive)\\b)|refused|declined)\\s+to\\s+(?<ev>[a-z]+)"},
    {SW_STATUS_NEGATED, "not", "\\bnot\\s+yet\\s+(?:been\\s+)?(?<ev>[a-z]+)"},
    /* work stopped at a plant: "has halted production", "production at
     * the plant has been suspended", the restore family's, so "has
     * resumed" is its turn (before the rules whose event is the thing
     * stopped) */
    {SW_STATUS_NEGATED, "halted|suspended|paused",
     "(?J)\\b(?:(?:has|have|had)\\s+(?:now\\s+)?)?(?<ev>halted|suspended|paused)\\s+(?:all\\s+|its\\s+|their\\s+)?"
     "(?:production|operations|output|manufacturing)\\b|"
     "\\b(?:production|operations|output|manufacturing)\\s+(?:at\\s+[^.,;:!?]{1,40}?\\s+)?(?:has|have|had|was|were)\\s+"
     "(?:now\\s+)?been\\s+(?<ev>halted|suspended|paused)\\b|"
     /* and work of other kinds: "The trial was halted early",
      * "construction has been paused", "the update was paused", "sales
      * of the drug have been suspended" */
     "\\b(?:trial|study|work|works|construction|building|drilling|mining|testing|excavation|demolition|"
     "roll-?out|update|upgrade|deliveries|shipments|sales|vaccinations|programme|program|scheme)s?\\s+(?:(?:on|at|of|in)\\s+[^.,;:!?]{1,40}?\\s+)?(?:(?:has|have|had)\\s+(?:now\\s+)?been|was|were)\\s+"
     "(?<ev>halted|suspended|paused)\\b"},
    /* what is now not foreseen: "The pact is now unlikely to be signed
     * this year", "looks unlikely to go ahead"; and one told dead or
     * off: "the deal is dead", "the wedding is off" */
    {SW_STATUS_NEGATED, "unlikely",
     "\\b(?:is|are|was|were|now|seems?|seemed|looks?|looked|appears?|appeared)\\s+(?:now\\s+|increasingly\\s+|highly\\s+|"
     "very\\s+)?unlikely\\s+to\\s+(?:be\\s+)?" SW_STATUS_NO_EVENT "(?<ev>[a-z]+)"},
    {SW_STATUS_NEGATED, "is dead|was dead|are dead|were dead|now dead|is off|was off|are off|were off|now off",
     "\\b(?<ev>" SW_STATUS_EVENT_NOUN ")s?\\s+(?:is|was|are|were)\\s+(?:now\\s+)?(?:dead|off)(?=\\s*[.,;:!?]|\\s*$|\\s+(?:for\\s+now|"
     "after|because|as|and|but|,)\\b)"},
    /* one put on hold ("The deal is on hold", "the merger has been
     * put on hold", "put the plan on hold"), paused as one suspended is;
     * and one back on, ahead again ("The wedding is back on") */
    {SW_STATUS_NEGATED, "on hold",
     "(?J)\\b(?<ev>" SW_STATUS_EVENT_NOUN ")s?\\s+(?:is|was|are|were|remains?|remained|(?:has|have|had)\\s+been)\\s+"
     "(?:now\\s+|still\\s+)?(?:put\\s+|placed\\s+)?on\\s+hold\\b|"
     "\\b(?:put|puts|putting|placed|places)\\s+(?:the\\s+|its\\s+|their\\s+|a\\s+)?(?:[\\w-]+\\s+){0,2}?"
     "(?<ev>" SW_STATUS_EVENT_NOUN ")s?\\s+on\\s+hold\\b"},
    {SW_STATUS_EXPECTED, "back on",
     "\\b(?<ev>" SW_STATUS_EVENT_NOUN ")s?\\s+(?:is|are)\\s+(?:now\\s+)?back\\s+on(?=\\s*[.,;:!?]|\\s*$|\\s+(?:after|for|as|and|but)\\b)"},
    /* what is no longer to be: "is no longer expected to be signed",
     * "will no longer go ahead", "no longer expect to find survivors"
     * (not a state ended, "is no longer closed", which is its opposite) */
    {SW_STATUS_NEGATED, "no longer",
     "\\bno\\s+longer\\s+(?:be\\s+)?(?:(?:expected|set|due|scheduled|planning|plans?|expects?|intends?|going)\\s+to\\s+"
     "(?:be\\s+)?)?(?!(?:closed|shut|suspended|cancell?ed|banned|missing|blocked|grounded|halted|in|on|at|a|an|the)\\b)"
     "(?<ev>[a-z]+)"},
    {SW_STATUS_NEGATED, "collapsed|fell through|broke down|broken down|stalled|called off|cancel|postponed|adjourned|delayed|suspended|scrapped|scrubbed|shelved|abandoned|rejected|blocked|dismissed|thrown out|averted|deadlocked|impasse|standstill",
     /* "the talks between Acme and Beta collapsed": who they were
      * between may come first; and a player's or a firm's move undone,
      * "his move to Arsenal has collapsed" */
     "(?J)\\b(?<ev>" SW_STATUS_EVENT_NOUN "|move|transfer)(?<mid>\\s+(?:between|with|over|on|about|for|into|of|in|at|to)\\s+[^.,;:!?\"]{1,60}?)?\\s+"
     "(?:has\\s+|have\\s+|had\\s+|was\\s+|were\\s+|been\\s+)*"
     "(?:collapsed|fell through|broke down|broken\\s+down|stalled|called off|cancell?ed|canceled|postponed|adjourned|"
     "delayed|suspended|scrapped|scrubbed|shelved|abandoned|rejected|blocked|dismissed|thrown\\s+out)\\b|"
     /* stuck: "the talks are deadlocked", "remain at an impasse" */
     "\\b(?<ev>" SW_STATUS_EVENT_NOUN ")(?<mid>\\s+(?:between|with|over|on|about|for|into|of|in|at)\\s+[^.,;:!?\"]{1,60}?)?\\s+"
     "(?:is|are|was|were|remains?|remained)\\s+(?:still\\s+|now\\s+)?(?:deadlocked|at\\s+an\\s+impasse|"
     "at\\s+a\\s+standstill)\\b|"
     /* one only undergone: "the strike was averted" (a deal that
      * averted it is no deal undone) */
     "\\b(?<ev>" SW_STATUS_EVENT_NOUN ")\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+averted\\b"},
    /* one who will not stand after all: "has dropped out of the
     * presidential race", "withdrew from the race", "has pulled out of
     * the leadership contest", the vote family's (before the rule of one
     * who pulls out of anything, whose event is the verb's) */
    {SW_STATUS_NEGATED, "out of the|withdr",
     "(?J)\\b(?:(?:has|have|had)\\s+)?(?:dropped|dropping|drops|pulled|pulling|pulls|bowed|bowing|bows)\\s+out\\s+of\\s+the\\s+(?:[\\w-]+\\s+){0,2}?"
     "(?<ev>race|contest)\\b|\\b(?:(?:has|have|had)\\s+)?(?:withdrew|withdrawn|withdraws|withdrawing)\\s+from\\s+the\\s+(?:[\\w-]+\\s+){0,2}?"
     "(?<ev>race|contest)\\b"},
    /* a player or a bidder who pulls out: "has withdrawn from the
     * tournament", "withdrew its offer", a headline's "withdraws from",
     * "has walked away from the talks", "backed out of the deal" (not
     * "withdrew its support", no event of the story) */
    {SW_STATUS_NEGATED, "withdr|pull|walk|back|dropped out|drops out",
     "\\b(?:(?:has|have|had)\\s+" SW_STATUS_ADV "(?<ev>withdrawn|pulled\\s+out)|(?:withdrew|withdraws|pulls\\s+out|pulled\\s+out))"
     "\\s+(?:from|of|(?:its|his|her|their)\\s+(?:\\S+\\s+)?(?:offer|bid|candidacy|nomination|application))\\b|"
     /* dropped out of what was to be, not of school or of sight: "has
      * dropped out of the film" */
     "\\b(?:(?:has|have|had)\\s+" SW_STATUS_ADV ")?(?:dropped|drops)\\s+out\\s+of"
     "(?=\\s+(?!(?:the\\s+|his\\s+|her\\s+|their\\s+)?(?:school|university|college|education|sight|view|work|workforce|"
     "labour|labor|public|industry|business|politics|life)\\b)(?:the|a|an|this|next|its|their|his|her)\\b)|"
     /* walked away or backed out only of an event ("walked away from
      * the crash unhurt", "backed out of the driveway" are none) */
     "\\b(?:(?:has|have|had)\\s+" SW_STATUS_ADV ")?(?:(?:walked|walks|walk)\\s+away\\s+from|"
     "(?:backed|backs|back)\\s+out\\s+of)"
     "(?=\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+|his\\s+|her\\s+)?(?:[\\w-]+\\s+){0,2}?"
     "(?:" SW_STATUS_EVENT_NOUN "|negotiations|project|film|move)s?\\b)"},
    /* a choice made against: "has decided against selling its stake",
     * "ruled out raising taxes" (not "ruled out of the final", a
     * player's fitness) */
    {SW_STATUS_NEGATED, "decided against|decides against|decide against|voted against|votes against|opted against|opts against|ruled out|rules out|rule out",
     "(?J)\\b(?:decided|decides|decide|voted|votes|opted|opts|ruled|rules|rule)\\s+(?:against|out)\\s+(?<ev>[a-z]{3,}ing)\\b|"
     /* and an event ruled out: "has ruled out an early election", "ruled
      * out a deal" */
     "\\b(?:ruled|rules|rule)\\s+out\\s+(?:(?:a|an|any|the)\\s+)?(?:[\\w-]+\\s+)?(?<ev>" SW_STATUS_EVENT_NOUN ")s?\\b"},
    /* an election called, the call done: "called an early election"
     * (not "called for an election") */
    {SW_STATUS_DONE, "called|calls",
     "\\b(?:called|calls)\\s+(?:a|an)\\s+(?:(?:early|snap|general|fresh|new|national)\\s+)*(?<ev>election|referendum)\\b"},
    /* a penalty escaped: "has escaped a ban", "avoided a driving ban" */
    {SW_STATUS_NEGATED, "escape|avoid",
     "\\b(?:escaped|escapes|avoided|avoids)\\s+(?:a\\s+|an\\s+|the\\s+)?(?:[\\w-]+\\s+)?(?<ev>ban)\\b"},
    /* hope given up: "have given up hope of finding more survivors",
     * "there is no longer any hope of finding", "abandoned hope of" */
    {SW_STATUS_NEGATED, "hope",
     "(?J)\\b(?:(?:given|gave|giving|give)\\s+up|abandoned|abandon|lost|lose)\\s+(?:all\\s+|any\\s+)?hopes?\\s+of\\s+"
     "(?<ev>[a-z]{3,}ing)\\b|"
     "\\b(?:no|little)\\s+(?:longer\\s+)?(?:any\\s+|real\\s+)?hopes?\\s+(?:remains?\\s+)?of\\s+(?<ev>[a-z]{3,}ing)\\b"},
    /* an inquiry ended with nothing to answer; or found nothing:
     * "Regulators found no wrongdoing", "The inquiry concluded there was
     * no evidence of wrongdoing" (not "found no survivors") */
    {SW_STATUS_NEGATED, "no wrongdoing|no wrong-doing|no evidence|no criminality|no foul play|no case to answer",
     "\\b(?<ev>investigation|inquiry|probe|review|investigators|regulators)\\s+(?:[\\w-]+\\s+){0,3}?"
     "(?:(?:(?:has|have)\\s+)?(?:found|concluded)|finds)\\s+(?:that\\s+)?(?:there\\s+(?:was|had\\s+been)\\s+)?"
     "no\\s+(?:evidence\\s+of\\s+)?(?:wrongdoing|wrong-doing|criminality|foul\\s+play|case\\s+to\\s+answer)\\b"},
    {SW_STATUS_NEGATED, "no further action|investigation|inquiry|probe",
     "(?J)\\b(?:(?:will|would)\\s+)?(?:take|taking|took|taken)\\s+no\\s+further\\s+(?<ev>action)\\b|"
     "\\b(?:closed|dropped|ended|abandoned)\\s+(?:the|its|their|an|a)\\s+(?:\\w+\\s+)?"
     "(?<ev>investigation|inquiry|probe)\\b|"
     /* and in the passive: "The investigation was closed without
      * charges" (not "closed to the public") */
     "\\b(?<ev>investigation|inquiry|probe)(?:\\s+(?:into|of)\\s+[^.,;:!?]{1,50}?)?\\s+(?:was|were|(?:has|have|had)\\s+been)\\s+"
     "(?:closed|dropped|abandoned|shelved|discontinued)\\b(?!\\s+to\\b)"},
    /* a measure voted down: "the bill was defeated" */
    {SW_STATUS_NEGATED, "defeated|voted down|thrown out|rejected",
     "\\b(?<ev>vote|motion|bill|budget|amendment|resolution)\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+"
     "(?:\\w+ly\\s+)?(?:defeated|voted\\s+down|thrown\\s+out|rejected)\\b"},
    /* "has been delayed until the autumn": of the sentence's event */
    {SW_STATUS_NEGATED, "been",
     "\\b(?:has|have|had)\\s+been\\s+(?:delayed|postponed|cancell?ed|scrapped|scrubbed|shelved|suspended|called off|"
     "adjourned)\\b"},
    {SW_STATUS_NEGATED, "called off|cancel|postpone|delayed|scrap|scrubbed|shelve|abandon|suspended|rejected|blocked|retracted|calls off|axed|ditch|averted",
     /* and a headline's present: "scraps plan", "calls off strike",
      * "cancels tour" */
     "(?J)\\b(?:called off|calls off|cancell?ed|cancels|postponed|postpones|delayed|scrapped|scraps|scrubbed|shelved|"
     "shelves|abandoned|abandons|axed|ditched|ditches|averted|suspended|rejected|"
     "blocked|retracted)\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+|his\\s+|her\\s+|our\\s+)?"
     /* a part of it: "cancelled the rest of her tour" is of the tour */
     "(?:(?:rest|remainder|part|parts|most|all|some)\\s+of\\s+(?:the\\s+|its\\s+|their\\s+|his\\s+|her\\s+|our\\s+)?)?"
     /* whose or when the event is: "called off Saturday's launch" */
     "(?:[\\w-]+['’]s\\s+)?"
     /* "blocked the £7.2bn merger": past an amount to the event; a
      * count cancelled ("cancelled 240 flights") is a figure, no event */
     "(?:(?:[£$€]\\d[\\d.,]*(?:bn|m|k|\\s+(?:million|billion|trillion))?|"
     "\\d[\\d.,]*(?:bn|\\s+(?:million|billion|trillion)))\\s+)?"
     /* "600 flights cancelled at UK airports": no event after a preposition */
     "(?!(?:the|a|an|at|in|on|by|for|from|to|after|because|due|over|as|across|amid|until)\\b)"
     /* the event is the noun that ends its phrase: "rejected the pay
      * offer by 54%", "scrapped the clean air zone plan" (not "pay",
      * "clean"), "calls off Monday strike", words in lower case but the
      * first; else the first word */
     "(?:(?:(?-i:[A-Za-z][a-z-]*)\\s+(?!" SW_STATUS_NP_END "\\b)(?=(?-i:[a-z]))){0,3}?(?<ev>[a-z]+)"
     "(?=\\s*$|\\s*[^\\sa-z]|\\s+" SW_STATUS_NP_END "\\b)|(?<ev>[a-z]+))"},
    /* a suspect let go ("released without charge", "the charges were
     * dropped", "the charges against the woman have been withdrawn",
     * "prosecutors dropped all charges"): no case */
    {SW_STATUS_NEGATED, "released|dropped|withdr",
     "(?J)\\breleased\\s+(?:on\\s+bail\\s+)?(?:without\\s+(?:being\\s+)?(?<ev>charges?|charged)|with\\s+no\\s+further\\s+action)\\b|"
     "\\b(?<ev>charges?)(?<mid>\\s+(?:against|of)\\s+[^.,;:!?\"]{1,50}?)?\\s+(?:were|have\\s+been|had\\s+been|has\\s+been|was)\\s+"
     "(?:dropped|withdrawn)\\b|"
     "\\b(?:dropped|withdrew|withdrawn)\\s+(?:all\\s+|the\\s+|its\\s+|their\\s+)?(?:\\w+\\s+)?(?<ev>charges?)\\b"},
    /* a place closed ("the road is closed", "the airport will remain
     * shut", a headline's "Bridge closed", "100 schools in Aberdeenshire
     * are closed"), which reopens */
    {SW_STATUS_NEGATED, "closed|shut|blocked|sealed",
     "(?J)\\b(?:(?:" SW_STATUS_OPEN_PLACE "|refiner(?:y|ie)|reactor|smelter|mill|pipeline)s?|"
     SW_STATUS_ROAD_NUMBER ")" SW_STATUS_PLACE_WHERE
     "\\s+(?:(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been|remains?|remained|"
     "(?:will|to|would)\\s+(?:be|remain|stay)|stays?|stayed)\\s+)?(?:still\\s+|partly\\s+|partially\\s+|fully\\s+)?"
     "(?<ev>closed|shut)\\b|"
     /* or a way blocked: "The road is blocked by a fallen tree", "The
      * A30 remains blocked" */
     "\\b(?:(?:" SW_STATUS_SHUT_PLACE ")s?|" SW_STATUS_ROAD_NUMBER ")\\s+(?:is|are|was|were|has\\s+been|have\\s+been|remains?|remained)\\s+"
     "(?:still\\s+|partly\\s+|partially\\s+|completely\\s+)?(?<ev>blocked|sealed(?:\\s+off)?)\\b"},
    /* and what closed it: "closing the A9 between Perth and Inverness",
     * a headline's "Snow closes roads" */
    {SW_STATUS_NEGATED, "clos|shut|seal",
     "\\b(?<ev>closed|closing|closes|shut|shuts|shutting|sealed|sealing|seals)\\s+(?:the\\s+|a\\s+|an\\s+|all\\s+|several\\s+|many\\s+|some\\s+)?"
     "(?:(?:[\\w-]+\\s+){0,2}?(?:" SW_STATUS_SHUT_PLACE ")s?\\b|(?-i:[AM]\\d{1,4})\\b(?![-/.]?\\d))"},
    /* ties between states cut, the restore family's: "cut diplomatic
     * ties", "severed diplomatic relations with", "diplomatic ties were
     * broken off" */
    {SW_STATUS_NEGATED, "diplomatic",
     "(?J)\\b(?:cut|cuts|severed|severs|broke\\s+off|broken\\s+off|breaks\\s+off|suspended|suspends)\\s+(?:all\\s+|its\\s+|their\\s+)?"
     "(?<ev>diplomatic\\s+(?:ties|relations))\\b|"
     "\\b(?<ev>diplomatic\\s+(?:ties|relations))\\s+(?:with\\s+[^.,;:!?]{1,40}?\\s+)?(?:were|was|(?:have|has|had)\\s+been)\\s+"
     "(?:cut|severed|broken\\s+off|suspended)\\b"},
    /* and mended: "restored diplomatic ties", "re-established diplomatic
     * relations" */
    {SW_STATUS_DONE, "diplomatic",
     "(?J)\\b(?:restored|restores|re-?established|re-?establishes|resumed|resumes|renewed)\\s+(?:full\\s+)?"
     "(?<ev>diplomatic\\s+(?:ties|relations))\\b|"
     "\\b(?<ev>diplomatic\\s+(?:ties|relations))\\s+(?:with\\s+[^.,;:!?]{1,40}?\\s+)?(?:were|was|(?:have|has|had)\\s+been)\\s+"
     "(?:restored|re-?established|resumed)\\b"},
    /* a supply cut, the restore family's: "About 3,000 homes are without
     * power" */
    {SW_STATUS_NEGATED, "without|cut|knocked out|lost|losing",
     "(?J)\\b(?:are|is|were|was|remain|remains|remained|left|been)\\s+(?:still\\s+)?without\\s+"
     "(?<ev>power|electricity|water|heating)\\b|"
     /* or told cut: "Power was cut to 10,000 homes", "knocked out power
      * to the city", "20,000 homes lost power" (not "lost power" of a
      * party or a ruler: a supply's words only) */
     "\\b(?<ev>power|electricity|water|gas)(?:\\s+supplies|\\s+supply)?\\s+(?:was|were|(?:has|have|had)\\s+been)\\s+"
     "(?:cut(?:\\s+off)?|knocked\\s+out|shut\\s+off)\\b|"
     "\\b(?:cut|knocked\\s+out|knocks\\s+out|cuts)\\s+(?:the\\s+)?(?<ev>power|electricity)(?=\\s+(?:supplies\\s+|supply\\s+)?to\\b)|"
     "\\b(?:homes|households|properties|customers|buildings|residents)\\s+(?:have\\s+|had\\s+)?(?:lost|losing)\\s+"
     "(?<ev>power|electricity)\\b"},
    /* and open again, or still: "Schools in Aberdeenshire are open",
     * "The embassy remains open" */
    {SW_STATUS_DONE, "open",
     "\\b(?:" SW_STATUS_OPEN_PLACE ")s?" SW_STATUS_PLACE_WHERE
     "\\s+(?:is|are|remains?|remained|stays?|stayed)\\s+(?:still\\s+|now\\s+)?(?<ev>open)\\b"},
    /* a service stopped: "Flights remain suspended", "trains are still
     * suspended", "All flights at Gatwick have been suspended", "Ferry
     * sailings were cancelled", the restore family's, so "resumed" is
     * its turn */
    {SW_STATUS_NEGATED, "suspended|cancel",
     "\\b(?:flights|trains|services|service|ferries|buses|trading|operations|deliveries|production|"
     "sailings|routes|shares)" SW_STATUS_PLACE_WHERE
     "\\s+(?:(?:is|are|was|were|remains?|remained|stays?|stayed|(?:has|have|had)\\s+been|"
     "(?:will|to|would)\\s+(?:remain|stay))\\s+)"
     "(?:still\\s+|temporarily\\s+)?(?<ev>suspended|cancell?ed|canceled)\\b"},
    /* a rocket away: "The rocket lifted off on Tuesday", "Starship
     * blasted off", the launch family's, so a launch scrubbed has its
     * turn */
    {SW_STATUS_DONE, "lifted off|blasted off",
     "\\b(?:rockets?|spacecraft|shuttle|probe|capsule|starship|mission)\\b[^.;:!?]{0,40}?\\b\\K"
     "(?:(?:has|have|had)\\s+(?:now\\s+)?)?(?<ev>lifted\\s+off|blasted\\s+off)\\b"},
    /* and lost: "The rocket exploded shortly after lift-off", "the
     * capsule broke apart", "the launch failed"; the launch family's by
     * its noun, its turn (not "failed to reach orbit", another verb's) */
    {SW_STATUS_NEGATED, "exploded|blew up|broke apart|broke up|failed|was lost",
     "\\b(?<ev>rocket|spacecraft|shuttle|capsule|starship|lander|launch)s?\\s+(?:[\\w-]+\\s+){0,2}?\\K"
     "(?:(?:has|have|had)\\s+(?:now\\s+)?)?(?:exploded|blew\\s+up|broke\\s+apart|broke\\s+up|failed|"
     "was\\s+lost)\\b(?!\\s+to\\b)"},
    /* a flight sent elsewhere, then down safely: "The flight was
     * diverted to Shannon", "the plane turned back to Heathrow" → "has
     * landed safely", "touched down in New York" (not "landed a job",
     * "landed in jail") */
    {SW_STATUS_NEGATED, "divert|turned back",
     "\\b(?:flights?|planes?|aircraft|jets?|airliners?)\\b[^.;:!?]{0,60}?\\b\\K(?:(?:was|were|is|are|has\\s+been|"
     "have\\s+been|had\\s+been|had\\s+to\\s+be|being)\\s+)?(?<ev>diverted|turned\\s+back)\\b"},
    {SW_STATUS_DONE, "landed|touched down",
     "(?J)\\b(?:flights?|planes?|aircraft|jets?|airliners?|helicopters?)\\b[^.;:!?]{0,60}?\\b\\K"
     "(?:(?:has|have|had)\\s+(?:now\\s+)?)?(?<ev>landed|touched\\s+down)\\b(?!\\s+(?:an?|the|his|her|their|its|in\\s+(?:jail|prison|court|trouble|"
     "hot\\s+water|hospital))\\b)|\\b(?<ev>landed)\\s+safely\\b"},
    /* a website or a network down: "The website was down for several
     * hours", "phone lines went down", "systems remain offline", "the
     * service has been down since Monday" */
    {SW_STATUS_NEGATED, "down|offline",
     "\\b(?:websites?|site|app|apps|network|networks|system|systems|servers?|platform|internet|phone\\s+lines|"
     "email|portal|broadband|services?)" SW_STATUS_PLACE_WHERE "\\s+(?:is|are|was|were|went|(?:has|have|had)\\s+(?:been|gone)|remains?|"
     "remained)\\s+(?:still\\s+)?(?<ev>down|offline)\\b(?!\\s+(?:by|to|from|\\d))"},
    /* a service named down for its users: "Twitter is down for
     * thousands of users" */
    {SW_STATUS_NEGATED, "down for",
     "\\b(?:is|are|was|were|went|(?:has|have|had)\\s+(?:been|gone))\\s+(?:still\\s+)?(?<ev>down)\\s+for\\s+"
     "(?:(?:tens\\s+of\\s+|hundreds\\s+of\\s+)?(?:thousands|hundreds|millions)|many|some|most|users|customers|"
     "[\\d,.]+(?:\\s+(?:million|thousand))?\\s+(?:users|customers|people))\\b"},
    /* a fleet kept on the ground, traffic stopped: "grounded all of its
     * flights", "flights remain grounded", "blocking traffic", the
     * restore family's */
    {SW_STATUS_NEGATED, "grounded|blocking|blocked|halted",
     /* a count grounded is a figure ("grounded 600 flights"); the
      * participle before its noun describes ("the 171 grounded planes
      * must be inspected") */
     "(?J)(?<!\\d\\s)(?<!\\bthe\\s)(?<!\\bits\\s)(?<!\\btheir\\s)\\b(?<ev>grounded|halted)\\s+(?:all\\s+)?(?:of\\s+)?(?:its\\s+|their\\s+|the\\s+)?(?:[\\w-]+['’]s\\s+)?"
     "(?:[a-z]+\\s+)?"
     "(?:flights|fleet|planes|aircraft|jets|trains|services)\\b|"
     "\\b(?:flights|fleet|planes|aircraft|jets|trains|traffic)\\s+(?:(?:is|are|was|were|has\\s+been|have\\s+been|"
     "remains?|remained|(?:will|to|would)\\s+(?:remain|stay|be))\\s+)(?:still\\s+)?(?<ev>grounded|halted|blocked)\\b|"
     "\\b(?<ev>blocking|blocked)\\s+(?:all\\s+)?traffic\\b"},
    /* and flying again: "The fleet has been cleared to fly again",
     * "Flights are back in the air", "planes are flying again", "the
     * FAA lifted the grounding"; the restore family's */
    {SW_STATUS_DONE, "cleared to fly|flying again|back in the air|grounding",
     "(?J)\\b(?:is|are|was|were|(?:has|have|had)\\s+been)\\s+(?:now\\s+)?(?<ev>cleared\\s+to\\s+fly(?:\\s+again)?|"
     "flying\\s+again)\\b|"
     "\\b(?:flights|fleet|planes|aircraft|jets|" SW_STATUS_CRAFT ")\\s+(?:is|are|was|were|(?:has|have|had)\\s+been)\\s+"
     "(?:now\\s+)?(?<ev>back\\s+in\\s+the\\s+air)\\b|"
     "\\b(?:lifted|lifts|ended|ends)\\s+(?:the|its|a)\\s+(?:[\\w-]+\\s+){0,2}?(?<ev>grounding)\\b|"
     "\\b(?<ev>grounding)\\s+(?:of\\s+[^.,;:!?]{1,40}?\\s+)?(?:(?:has|have|had)\\s+been|was|were)\\s+lifted\\b"},
    /* a court's reversal: "overturned the ban", "his conviction was
     * quashed" (the ruling no longer stands) */
    {SW_STATUS_NEGATED, "overturn|quash|struck down|strikes down|revers",
     "\\b(?:overturn(?:ed|s)|quash(?:ed|es)|str(?:uck|ikes) down|revers(?:ed|es))\\s+(?:the\\s+|a\\s+|an\\s+|his\\s+|her\\s+|their\\s+|its\\s+)?"
     "(?:\\w+\\s+){0,2}?(?<ev>" SW_STATUS_RULING ")\\b"},
    {SW_STATUS_NEGATED, "overturned|quashed|struck down|reversed",
     "\\b(?<ev>" SW_STATUS_RULING ")\\s+(?:has\\s+|have\\s+|had\\s+|was\\s+|were\\s+|been\\s+)+"
     "(?:overturned|quashed|struck down|reversed)\\b"},
    /* missing, found */
    {SW_STATUS_FOUND, "found|located|rescued|recovered|freed",
     "\\b(?:was|were|has been|have been|had been|is|are)\\s+" SW_STATUS_ADV
     "(?<ev>found|located|rescued|recovered|freed)\\b"
     /* and how: "found dead", "found safe and well" */
     "(?:\\s+(?:dead\\b|injured\\b|" SW_STATUS_ALIVE "))?"
     /* "was found guilty", "found to have lied": a finding, no one found */
     "(?!\\s+(?:not\\s+)?(?:guilty|liable|responsible|innocent|in\\s+contempt|to|that)\\b)"},
    {SW_STATUS_FOUND, "found|located|rescued|pulled", "\\b(?<ev>found|located|rescued|pulled)\\s+(?!that\\b)(?:(?!(?:was|were|is|are|to|be)\\b)[\\w-]+\\s+){0,3}?"
     /* "found the drug was safe" is a finding, no one found */
     "(?:alive|dead|safe|unharmed)\\b"},
    /* the missing or what is left of them found: "have found the
     * missing climber", "found the body of", "have found the wreckage
     * of the plane", a headline's "Wreckage of missing plane found" */
    {SW_STATUS_FOUND, "found|located|recovered",
     "\\b(?<ev>found|located|recovered)\\s+(?:the\\s+|its\\s+)?(?:wreckage|remains|debris|missing|body|bodies)\\b|"
     /* "remains" a noun, not "the climber remains missing, but
      * rescuers found his tent" */
     "\\b(?:wreckage|debris|(?:the|human|his|her|their)\\s+remains)\\b[^.;:!?]{0,60}?\\b(?:was|were|has\\s+been|have\\s+been|been)?\\s*"
     "(?:found|located|recovered)\\b"},
    /* a sanction for matches or a time: "was suspended for three
     * matches", "has been banned for two years", which an appeal may
     * overturn (not a service "suspended for two weeks") */
    {SW_STATUS_DONE, "suspended for|banned for",
     "(?J)\\b(?:was|were|(?:has|have|had)\\s+been|is|are)\\s+(?:\\w+ly\\s+)?(?<ev>suspended|banned)\\s+for\\s+"
     "(?:[\\w-]+\\s+){1,3}?(?:matches|games|races|fixtures|seasons?)\\b|"
     "\\b(?:was|were|(?:has|have|had)\\s+been|is|are)\\s+(?:\\w+ly\\s+)?(?<ev>banned)\\s+for\\s+(?:[\\w-]+\\s+){1,2}?"
     "(?:months|years|life)\\b"},
    /* a search for the living ended without one: "Rescuers have found
     * no survivors", "no survivors were found" (not "found no evidence") */
    {SW_STATUS_FOUND, "no survivors|no sign of life|no signs of life",
     "(?J)\\b(?:(?:has|have|had)\\s+)?(?<ev>found)\\s+no\\s+(?:more\\s+|further\\s+|other\\s+)?(?:survivors|signs?\\s+of\\s+life)\\b|"
     "\\bno\\s+(?:more\\s+|further\\s+)?(?:survivors|signs?\\s+of\\s+life)\\s+(?:were|was|(?:has|have|had)\\s+been)\\s+(?<ev>found|located)\\b"},
    /* the missing all known safe or found: "All crew members have
     * been accounted for", "everyone is now accounted for" (not
     * "accounted for 40% of sales", nor costs "accounted for in the
     * budget") */
    {SW_STATUS_FOUND, "accounted for",
     "\\b(?:was|were|is|are|(?:has|have|had)\\s+(?:now\\s+|all\\s+|since\\s+)?been)\\s+(?:now\\s+|all\\s+|safely\\s+)*"
     "(?<ev>accounted\\s+for)(?!\\s+(?:in|by|as|under|within|separately|elsewhere|\\d)\\b)"},
    /* the held let go: "have been freed", a headline's "aid workers
     * freed", "the hostages were released" (not "freed up") */
    {SW_STATUS_FOUND, "freed", "\\b(?<ev>freed)\\b(?!\\s+up\\b)"},
    /* one sought, stopped by force: "The gunman was shot dead by
     * police", "was killed in a shootout with officers" (the find
     * family's: the hunt is over) */
    {SW_STATUS_FOUND, "shot dead|shot and killed|killed",
     "\\b(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?<ev>shot\\s+dead|shot\\s+and\\s+killed|killed)\\s+"
     "(?:by|in\\s+an?\\s+(?:shootout|shoot-out|gunfight|firefight|exchange\\s+of\\s+fire|raid|stand-?off)\\s+(?:with|by))\\s+"
     "(?:armed\\s+|the\\s+)?(?:police|officers|troops|soldiers|security\\s+forces|special\\s+forces|marshals|agents)\\b"},
    /* a firm gone under: "entered administration", "has filed for
     * bankruptcy", "The bank has collapsed", "went bust" (the insolvency
     * family's; its rescue the insolvency scale's turn) */
    {SW_STATUS_DONE, "into administration|enters administration|entered administration|ankruptcy|eceivership|"
		     "iquidation|collapsed|bust|gone under|went under",
     "(?J)\\b(?:entered|enters|went\\s+into|gone\\s+into|goes\\s+into|collapsed\\s+into|collapses\\s+into|"
     "(?:was|were|been)\\s+placed\\s+(?:in|into)|(?:was|were|been)\\s+put\\s+into|fell\\s+into|falls\\s+into)\\s+"
     "(?:(?:voluntary|special|compulsory)\\s+)?(?<ev>administration|receivership|liquidation)\\b|"
     "\\b(?:filed|files)\\s+for\\s+(?:chapter\\s+(?:11|7)\\s+)?(?<ev>bankruptcy)\\b|"
     "\\b(?:declared|declares)\\s+(?<ev>bankruptcy)\\b|"
     "\\b(?:bank|firm|company|lender|retailer|chain|airline|group|business|carmaker|housebuilder|builder|supplier|"
     "operator|brand|exchange|insurer)s?\\s+(?:has\\s+|have\\s+|had\\s+)?(?:now\\s+)?"
     "(?<ev>collapsed|gone\\s+bust|went\\s+bust|gone\\s+under|went\\s+under)\\b(?!\\s+into\\b)"},
    /* a hostage's captivity ended by death: "The hostage was killed by
     * his captors", "two hostages have been executed" (the find
     * family's: no longer to be freed) */
    {SW_STATUS_DONE, "killed|murdered|executed|beheaded",
     "\\b(?:hostages?|captives?)\\s+(?:[\\w,-]+\\s+){0,4}?(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+"
     "(?<ev>killed|murdered|executed|beheaded)\\b"},
    /* the trapped reached and brought out: "All 33 miners have been
     * brought to the surface", "was pulled out alive" */
    {SW_STATUS_FOUND, "surface|alive",
     "\\b(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+" SW_STATUS_ADV
     "(?<ev>brought\\s+to\\s+the\\s+surface|brought\\s+out\\s+alive|pulled\\s+out\\s+alive)\\b"},
    /* one let out: "was released from prison", the place the event;
     * or on parole ("was released early on licence") */
    {SW_STATUS_FOUND, "released",
     "(?J)\\b(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+" SW_STATUS_ADV "released\\s+from\\s+(?<ev>" SW_STATUS_HELD ")\\b|"
     "\\b(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+" SW_STATUS_ADV "released\\s+(?:early\\s+)?on\\s+"
     "(?<ev>parole|licen[cs]e)\\b"},
    {SW_STATUS_FOUND, "released",
     "\\b(?<ev>hostages?|captives?)\\s+(?:[\\w-]+\\s+){0,4}?(?:were|was|have\\s+been|has\\s+been|had\\s+been)\\s+"
     "(?:\\w+\\s+)?released\\b"},
    {SW_STATUS_FOUND, "arrested|detained|captured|caught|questioned|interviewed|into custody",
     "(?J)\\b(?:was|were|has been|have been|had been|is|are)\\s+" SW_STATUS_ADV
     "(?<ev>arrested|detained|captured|recaptured|caught)\\b|"
     /* "was taken into custody" */
     "\\b(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+taken\\s+into\\s+(?:police\\s+)?(?<ev>custody)\\b|"
     /* held for questioning: "Two men are being questioned by police" */
     "\\b(?:is|are|was|were)\\s+(?:still\\s+)?being\\s+(?<ev>questioned|interviewed)\\s+(?:by\\s+(?:police|detectives|"
     "officers|investigators)|under\\s+caution)\\b"},
    /* and in the active, one caught only as a person: "Police caught
     * the gunman" (not "caught a glimpse", "doctors caught his
     * condition early") */
    {SW_STATUS_FOUND, "arrested|detained|captured|caught",
     "(?J)\\b(?<ev>arrested|detained|captured)(?=\\s+(?:the|a|an|his|her|their|two|three|four|five|\\d+)\\b)|"
     "\\b(?<ev>caught)(?=\\s+(?:(?:the|a|an|two|three|\\d+)\\s+(?:[\\w-]+\\s+)?(?:suspects?|gunm[ae]n|killers?|thie(?:f|ves)|"
     "robbers?|attackers?|fugitives?|escapees?|prisoners?|burglars?|culprits?|man|men|woman|women|teenagers?|driver)|"
     "him|her|them)\\b)"},
    {SW_STATUS_MISSING, "missing", "\\b(?:went|gone|go|goes|going)\\s+missing\\b"},
    /* one sought by the police, and one who gave himself up: "is
     * wanted by police", "handed himself in", "surrendered to police" */
    {SW_STATUS_MISSING, "wanted by|wanted in connection|wanted for questioning",
     "\\b(?:is|are|was|were|remains?|remained)\\s+(?:still\\s+)?wanted\\s+(?:by\\s+(?:the\\s+)?(?:police|detectives|"
     "officers|fbi|authorities)|in\\s+connection\\s+with|for\\s+questioning)\\b"},
    {SW_STATUS_FOUND, "himself|herself|themselves|surrender",
     "(?J)\\b(?<ev>handed|handing|hands)\\s+(?:himself|herself|themselves)\\s+in\\b|"
     "\\b(?<ev>gave|given|giving|gives)\\s+(?:himself|herself|themselves)\\s+up\\b|"
     "\\b(?<ev>surrendered|surrenders)\\s+to\\s+(?:the\\s+)?(?:police|authorities|officers|detectives)\\b"},

    /* held by kidnappers, to be freed: "were kidnapped", "abducted two
     * engineers", a headline's "taken hostage" */
    {SW_STATUS_MISSING, "kidnapped|abducted|hostage|captive",
     "(?J)\\b(?:(?:was|were|been|being|is|are)\\s+(?:\\w+\\s+)?(?<ev>kidnapped|abducted)\\b|"
     "(?:kidnapped|abducted)(?=\\s+(?:the|a|an|his|her|their|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\b)|"
     "(?:taken|held|seized)\\s+(?:as\\s+)?(?:hostage|hostages|captive)\\b|"
     /* "Two hostages are still being held" */
     "(?<ev>hostages?|captives?)\\s+(?:[\\w-]+\\s+){0,3}?(?:is|are|was|were|remains?|remained)\\s+(?:still\\s+)?"
     "(?:being\\s+)?held\\b)"},
    /* and a craft seized with those aboard: "have hijacked a cargo
     * ship", "the plane was hijacked" (not "hijacked the account") */
    {SW_STATUS_MISSING, "hijacked",
     "\\bhijacked\\s+(?:a|an|the|its|their)\\s+(?:[\\w-]+\\s+){0,2}?" SW_STATUS_CRAFT "\\b|"
     "\\b" SW_STATUS_CRAFT "s?\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+hijacked\\b"},
    /* and where it is again, lost: "A plane carrying 72 people crashed
     * near Pokhara" (news only where it was missing) */
    {SW_STATUS_FOUND, "crashed",
     "\\b" SW_STATUS_CRAFT "\\s+(?:[\\w-]+\\s+){0,6}?\\K(?:has\\s+|had\\s+)?(?<ev>crashed)\\b"},
    /* one told of by where they were last seen: "The boy was last seen
     * on Friday" */
    {SW_STATUS_MISSING, "last seen", "\\b(?:was|were|(?:has|have|had)\\s+been)\\s+last\\s+seen\\b"},
    /* a thing stolen, to be recovered: "The painting was stolen in
     * 1990", "thieves stole a Stradivarius" */
    {SW_STATUS_MISSING, "stolen|stole",
     "(?J)\\b(?:was|were|(?:has|have|had)\\s+been)\\s+(?:reportedly\\s+)?(?<ev>stolen)\\b|"
     "\\b(?:thieves|burglars|robbers|raiders)\\s+(?:[\\w-]+\\s+)?(?<ev>stole)\\b"},
    /* people cut off where they are, to be brought out: "The climbers
     * are stranded on the mountain", "were left stranded overnight" */
    {SW_STATUS_MISSING, "stranded",
     "\\b(?:is|are|was|were|remains?|remained|been|left|still)\\s+(?:still\\s+|now\\s+)?(?<ev>stranded)"
     "(?=\\s+(?:on|in|at|by|after|overnight|aboard|for)\\b)"},
    /* and brought out: "have been airlifted to safety", "were winched to
     * safety", "led the children to safety" */
    {SW_STATUS_FOUND, "to safety",
     "\\b(?:airlifted|winched|brought|led|carried|pulled|taken|helped|flown|ferried|evacuated|rescued)\\s+"
     "(?:(?:the|all|them|him|her|[\\w-]+)\\s+){0,3}?(?<ev>to\\s+safety)\\b"},
    /* a craft out of touch: "has lost contact with air traffic control" */
    /* ... or told in the past of what flies unmanned: "The probe lost
     * contact with Earth", "contact with the satellite was lost" */
    {SW_STATUS_MISSING, "lost contact|lost all contact|contact with",
     "\\b(?:has|have|had)\\s+lost\\s+(?:all\\s+)?contact\\s+with\\b|\\bcontact\\s+with\\s+(?:the\\s+|a\\s+|its\\s+)?"
     "(?:[\\w-]+\\s+)?(?:" SW_STATUS_CRAFT "|" SW_STATUS_UNMANNED ")\\s+(?:was|has\\s+been|had\\s+been)\\s+lost\\b|"
     "\\b" SW_STATUS_UNMANNED "s?\\s+lost\\s+(?:all\\s+)?contact\\b"},
    /* and found again: "Engineers have regained contact with the
     * probe", "contact was re-established", "is back in contact with" */
    {SW_STATUS_FOUND, "contact",
     "(?J)\\b(?:regained|re-established|reestablished|restored)\\s+(?<ev>contact)\\s+with\\b|"
     "\\b(?<ev>contact)\\s+(?:with\\s+(?:the\\s+|a\\s+|its\\s+)?(?:[\\w-]+\\s+){1,2}?)?(?:was|has\\s+been|had\\s+been)\\s+"
     "(?:regained|re-established|reestablished)\\b|"
     "\\b(?:is|are|was|were|been)\\s+(?:now\\s+)?back\\s+in\\s+(?<ev>contact)\\s+with\\b"},
    {SW_STATUS_MISSING, "failed", "\\bfailed\\s+to\\s+(?:return|come\\s+back|arrive)\\b"},
    /* the trapped not yet reached: "Rescuers are trying to reach the
     * trapped miners" */
    {SW_STATUS_MISSING, "reach",
     "\\b(?:trying|working|racing|struggling|battling|scrambling|digging)\\s+to\\s+reach\\s+(?:the\\s+)?"
     "(?:[\\w-]+\\s+)?(?<ev>trapped|stranded)\\b"},
    /* a suspect not yet caught */
    {SW_STATUS_MISSING, "searching|hunting|at large|on the run",
     "\\b(?:searching|hunting)\\s+for\\b|\\b(?:remains?|is|are|was|were|still)\\s+"
     "(?:still\\s+)?(?:at large|on the run)\\b|"
     /* "Police are hunting a man who escaped" */
     "\\b(?:is|are|was|were)\\s+(?:still\\s+)?hunting(?=\\s+(?:a|an|the|two|three|four|\\d+)\\s)"},
    /* one escaped, to be caught: "The prisoner escaped on Monday",
     * "Two inmates have escaped from the jail", "broke out of prison"
     * (not "escaped injury", "escaped the flames") */
    {SW_STATUS_MISSING, "escaped|broke out|broken out",
     "\\b(?:prisoner|inmate|convict|detainee|suspect|fugitive|killer|murderer|offender)s?\\s+(?:(?:has|have|had)\\s+)?"
     "escaped\\b(?!\\s+(?:injury|unhurt|unharmed|death|serious|with|the\\s+(?:fire|flames|blaze|crash)))|"
     "\\b(?:escaped|broke\\s+out|broken\\s+out)\\s+(?:from\\s+|of\\s+)?(?:a\\s+|the\\s+|an\\s+)?(?:[\\w-]+\\s+)?"
     "(?:" SW_STATUS_HELD "|jail|prison)\\b"},
    /* "A manhunt is under way for the suspect", "launched a manhunt" */
    {SW_STATUS_MISSING, "manhunt",
     "\\b(?:manhunt|man-hunt)\\s+(?:is|was|has\\s+been|remains|continues)\\s+(?:under\\s*way|launched|continuing)\\b|"
     "\\b(?:launched|launches|mounted|began|begun|started)\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}?(?:manhunt|man-hunt)\\b"},
    /* trapped where rescuers must reach them: "Four miners are trapped
     * underground", "remain trapped under the rubble", "are feared
     * trapped" (not "trapped in poverty") */
    {SW_STATUS_MISSING, "trapped",
     "\\b(?:is|are|was|were|remains?|remained|been|still|became|become)\\s+(?:still\\s+)?(?:trapped\\s+"
     "(?:underground|inside|below|beneath|under|in\\s+(?:the|a|an)\\s+(?:[\\w-]+\\s+)?(?:rubble|debris|mine|cave|"
     "wreckage|building|lift|elevator|car|vehicle|tunnel|shaft|flood\\s*water|snow|mud))\\b|"
     /* or feared so, where: "where dozens are feared trapped" */
     "(?:feared|believed|thought)\\s+(?:to\\s+be\\s+)?(?:still\\s+)?trapped\\b)"},
    {SW_STATUS_MISSING, "missing|unaccounted for|lost at sea",
     "\\b(?:is|are|was|were|remains?|remained|been|still)\\s+(?:still\\s+)?(?:missing|"
     "unaccounted for|lost at sea)\\b|"
     /* told so by others: "was reported missing", "are listed as
      * missing", "feared missing" */
     "\\b(?:reported|listed\\s+as|feared|believed|thought\\s+to\\s+be|declared)\\s+(?:still\\s+)?missing\\b"},
    /* ahead */
    /* an inquiry under way: what it finds is still to come */
    {SW_STATUS_EXPECTED, "investigat|under review",
     "(?J)\\b(?:is|are|was|were|been|still|now)\\s+(?:still\\s+|now\\s+)?(?<ev>investigating)\\b|"
     /* "The company is being investigated by regulators" */
     "\\b(?:is|are)\\s+(?:still\\s+|now\\s+)?being\\s+(?<ev>investigated)\\b|"
     "\\bunder\\s+(?<ev>investigation)\\b|"
     /* "The merger is under review by regulators": the event the
      * sentence's, its outcome still to come */
     "\\b(?:is|are|was|were|been|remains?|remained|still|now)\\s+(?:still\\s+|now\\s+)?under\\s+(?:regulatory\\s+|formal\\s+|legal\\s+)?review\\b"},
    /* what waits on another's word: "is awaiting approval", "are
     * awaiting sentencing" */
    {SW_STATUS_EXPECTED, "awaiting",
     "\\b(?:is|are|was|were|remains?|remained|still|now)\\s+(?:still\\s+)?awaiting\\s+(?:(?:a|the|final|formal|"
     "regulatory|official)\\s+)*(?<ev>approval|verdict|sentencing|ruling|judgment|judgement)\\b"},
    /* a hearing ahead: "Two men are due in court on Monday", "is due
     * before magistrates"; the verdict's family */
    {SW_STATUS_EXPECTED, "court|magistrates|tribunal",
     "\\b(?:is|are|was|were)\\s+(?:now\\s+|also\\s+)?due\\s+(?:to\\s+be\\s+)?(?:in|at|before)\\s+(?:(?:a|the)\\s+)?"
     "(?:[\\w'’-]+\\s+){0,2}?(?<ev>court|magistrates|tribunal)\\b"},
    /* a vote or a penalty ahead in the present: "The bill faces a vote
     * in the Senate", "is facing a confidence vote", "faces a ban",
     * "The tenants face eviction", "face possible deportation" (the plain
     * "face" with no word between but an article and a word of how
     * likely: not a "face mask ban") */
    {SW_STATUS_EXPECTED, "face|facing",
     "\\b(?:(?:faces|is\\s+facing|are\\s+facing)\\s+(?:a\\s+|an\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?|"
     "face\\s+(?:a\\s+|an\\s+|the\\s+)?(?:(?:possible|likely|imminent|certain|forced|fresh|new|another)\\s+)?)(?<ev>vote|ballot|"
     "referendum|ban|motion|challenge|deportation|extradition|eviction|impeachment|trial)\\b"},
    /* one sent away fought in court: "is fighting extradition",
     * "are challenging their deportation" */
    {SW_STATUS_EXPECTED, "fighting|challenging|contesting",
     "\\b(?:is|are|was|were|been)\\s+(?:still\\s+|now\\s+)?(?:fighting|challenging|contesting)\\s+(?:his\\s+|her\\s+|their\\s+|the\\s+)?"
     "(?:[\\w-]+\\s+)?(?<ev>extradition|deportation|eviction)\\b"},
    /* an appeal lodged: its ruling still to come ("has lodged an
     * appeal", "filed a legal challenge"), the verdict's family */
    {SW_STATUS_EXPECTED, "appeal|challenge",
     "\\b(?:lodged|lodges|launched|launches|filed|files)\\s+(?:an?\\s+|his\\s+|her\\s+|their\\s+|its\\s+)?(?:[\\w-]+\\s+)?"
     "(?<ev>appeal|challenge)\\b"},
    /* a ballot under way, or over with its count to come: "Voting is
     * under way", "Polls have closed", "counting is continuing" */
    {SW_STATUS_EXPECTED, "voting|polling|counting|polls|counted",
     "(?J)\\b(?<ev>voting|polling|counting)\\s+(?:is|was|has\\s+been|remains?)\\s+(?:now\\s+|still\\s+)?"
     "(?:under\\s*way|continuing|ongoing|in\\s+progress)\\b|"
     "\\b(?<ev>polls)\\s+(?:have|had|are|were)\\s+(?:now\\s+)?(?:closed|opened|open)\\b|"
     /* "Votes are still being counted" */
     "\\b(?:votes|ballots)\\s+(?:are|were)\\s+(?:still\\s+)?being\\s+(?<ev>counted)\\b"},
    /* a count that has a leader, not yet a winner: "Smith leads by 2,000
     * votes", "Labour is ahead in the count" (not "leads the party") */
    {SW_STATUS_EXPECTED, "votes|in the count|in the race|in the vote|in the ballot|in the tally",
     "(?J)\\b(?:leads|(?:is|are|was|were)\\s+(?:still\\s+|narrowly\\s+)?(?:leading|ahead)|remains?\\s+ahead)\\s+"
     "(?:by\\s+(?:about\\s+|some\\s+|more\\s+than\\s+|nearly\\s+|almost\\s+|just\\s+)?[\\d,.]+\\s+(?<ev>votes)|"
     "in\\s+the\\s+(?<ev>count|race|vote|ballot|tally))\\b"},
    /* a count that has not yet told a winner: "The race is too close to
     * call", "remains too close to call" */
    {SW_STATUS_EXPECTED, "too close to call", "\\btoo\\s+close\\s+to\\s+(?<ev>call)\\b"},
    /* an end under way or threatened: "The ship is sinking", "the dam
     * is at risk of collapse", "on the brink of collapse"; what waits is
     * the verb, whose past tells it came ("has sunk", "collapsed") */
    {SW_STATUS_EXPECTED, "sinking|capsizing|collapsing|collapse",
     "(?J)\\b(?:is|are)\\s+(?:still\\s+|slowly\\s+|now\\s+|rapidly\\s+)?(?<ev>sinking|capsizing|collapsing)\\b|"
     "\\b(?:is|are|was|were|remains?|now|been)\\s+(?:still\\s+|now\\s+)?(?:at\\s+(?:serious\\s+|real\\s+|imminent\\s+|high\\s+)?risk|"
     "in\\s+(?:imminent\\s+)?danger|on\\s+the\\s+(?:verge|brink|point))\\s+of\\s+(?<ev>collapse|collapsing|sinking|capsizing)\\b"},
    /* a going announced: "is stepping down", "are resigning",
     * "is standing down as leader" */
    {SW_STATUS_EXPECTED, "stepping down|standing down|resigning|quitting",
     "\\b(?:is|are)\\s+(?:now\\s+)?(?<ev>stepping\\s+down|standing\\s+down|resigning|quitting)\\b"},
    /* a side that may go down: "faces relegation", "is battling
     * relegation", "are in the relegation zone" */
    {SW_STATUS_EXPECTED, "relegation",
     "\\b(?:faces?|facing|faced|battling|fighting|threatened\\s+with|in\\s+danger\\s+of|(?:is|are)\\s+(?:still\\s+|now\\s+)?in\\s+the)\\s+"
     "(?<ev>relegation)\\b(?:\\s+(?:zone|places?|battle|fight|trouble))?"},
    /* a contender tipped to win: "is favourite to win", "are the
     * favourites to win the title" */
    {SW_STATUS_EXPECTED, "favourite|favorite",
     "\\b(?:is|are|was|were|remains?|remained|start)\\s+(?:the\\s+)?(?:clear\\s+|strong\\s+|hot\\s+|firm\\s+|"
     "overwhelming\\s+|early\\s+)?favou?rites?\\s+to\\s+(?<ev>win)\\b"},
    /* a jury out: its verdict is still to come ("The jury is still
     * deliberating", "jurors retired to consider their verdict") */
    {SW_STATUS_EXPECTED, "deliberat|consider",
     "(?J)\\b(?:jury|jurors|judges?|magistrates)\\s+(?:(?:is|are|was|were|has|have|had|been|remains?|remained|still|now)\\s+){0,3}"
     "(?:(?<ev>deliberating)|(?:(?:retired|retire|retires)\\s+to\\s+consider|considering)\\s+"
     "(?:its|their|a)\\s+(?<ev>verdict|ruling|judgment|judgement)s?)\\b"},
    /* a case before a court: its ruling still to come ("The case is
     * being heard at the High Court", "appeals are now being heard",
     * "the result is being challenged in court") */
    {SW_STATUS_EXPECTED, "heard|challenged in",
     "(?J)\\b(?:case|appeal|challenge|claim|lawsuit|complaint|petition)s?\\s+(?:is|are)\\s+(?:now\\s+|still\\s+)?"
     "being\\s+(?<ev>heard)\\b|"
     /* "The result is being challenged in court" */
     "\\b(?:is|are)\\s+(?:now\\s+|still\\s+)?being\\s+(?<ev>challenged)\\s+in\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?courts?\\b"},
    /* a lawsuit brought: its outcome still to come ("is being sued by",
     * "is suing her label", "has sued Beta", "faces a lawsuit"), the verdict's family, so a
     * settlement or a ruling is its turn */
    {SW_STATUS_EXPECTED, "sued|suing|lawsuit",
     "(?J)\\b(?:is|are|was|were)\\s+(?:now\\s+)?(?:being\\s+(?<ev>sued)|(?<ev>suing))\\b|"
     "\\b(?:has|have|had)\\s+(?<ev>sued)\\b(?!\\s+for\\s+peace\\b)|"
     "\\b(?:faces?|facing)\\s+(?:a\\s+|an?\\s+)?(?:[\\w$£€.,-]+\\s+){0,2}?(?<ev>lawsuit)\\b"},
    /* a charge denied: the case's outcome is still to come ("denies
     * murder", "has denied the charges", "pleaded not guilty"), the
     * verdict's family, so "admitted murder" or "found guilty" is its
     * turn */
    {SW_STATUS_EXPECTED, "denies|denied|deny|denying|not guilty",
     "(?J)\\b(?<ev>denies|denied|deny|denying)\\s+(?:the\\s+|all\\s+|any\\s+|two\\s+|three\\s+|\\d+\\s+)?(?:\\w+\\s+)?"
     SW_STATUS_CHARGE "\\b|"
     "\\bplead(?:ed|s)?\\s+not\\s+(?<ev>guilty)\\b"},
    /* an event still going on: "talks are continuing", "the search is
     * ongoing", "the strike continues", "the ceasefire is holding"; how
     * it ends is still to come (not "will continue to", another verb's) */
    {SW_STATUS_EXPECTED, "continu|ongoing|under way|underway|in progress|holding",
     "(?J)\\b(?<ev>" SW_STATUS_EVENT_NOUN "|" SW_STATUS_STANDOFF ")s?(?:\\s+(?:between|with|over|on|about|for|into|of|in)\\s+[^.,;:!?\"]{1,60}?)?\\s+"
     "(?:(?:is|are|was|were|remains?|remained)\\s+(?:still\\s+)?(?:continuing|ongoing|under\\s*way|in\\s+progress|"
     /* a truce that lasts: "the ceasefire is holding" (not "is holding
      * talks") */
     "holding(?=\\s*(?:[.,;:]|$|(?:up|firm|despite|for|after|so\\s+far)\\b)))|"
     "(?:will\\s+|would\\s+)?(?:continue|continues|continued)(?!\\s+to\\b))\\b"},
    /* a stoppage or a fight that goes on: "The strike has entered its
     * third week"; how it ends still to come */
    {SW_STATUS_EXPECTED, SW_STATUS_STANDOFF,
     "(?J)\\b(?<ev>" SW_STATUS_STANDOFF ")s?\\s+(?:has|have|had|is|are)?\\s*(?:now\\s+)?(?:entered|entering)\\s+"
     "(?:its|their|a)\\s+(?:[\\w-]+\\s+)?(?:day|week|month|year)\\b|"
     /* "Workers are on strike", "remain on strike" */
     "\\b(?:is|are|was|were|remains?|remained|been|still)\\s+(?:still\\s+)?on\\s+(?:(?:a\\s+)?hunger\\s+)?(?<ev>strike)\\b"},
    /* and one begun: "Workers went on strike on Monday", "Nurses
     * walked out" (not "walked out of the talks"), "staged a walkout";
     * not an air strike */
    {SW_STATUS_EXPECTED, "strike|walked out|walkout",
     "(?J)\\b(?<!not\\s)(?<!n't\\s)(?<!n’t\\s)(?:went|(?:has|have|had)\\s+gone|came|(?:has|have|had)\\s+come)\\s+(?:out\\s+)?on\\s+"
     "(?<ev>strike)\\b|"
     "\\b(?:workers|staff|employees|nurses|doctors|teachers|drivers|pilots|members|miners|dockers|crews?|unions?)\\s+"
     "(?:[\\w-]+\\s+)?\\K(?:(?:has|have|had)\\s+)?(?<ev>walked\\s+out)\\b(?!\\s+of\\b)|"
     "\\b(?:staged|began|started)\\s+(?:a|an|the|their|its)\\s+(?:(?!(?:air|missile|drone|military)\\b)[\\w-]+\\s+){0,2}?"
     "(?<ev>walkout|strike)\\b"},
    /* and one ended by those in it: "has ended his hunger strike",
     * "ended their walkout" */
    {SW_STATUS_NEGATED, " ended | ends ",
     "\\b(?:ended|ends)\\s+(?:his|her|their|its|the|a)\\s+(?:[\\w-]+\\s+){0,2}?"
     "(?<ev>strike|walkout|protest|blockade|occupation|siege|boycott|sit-in)s?\\b"},
    /* one gravely hurt or ill: how it ends is still to come */
    {SW_STATUS_EXPECTED, "condition|critically|fighting for|intensive care",
     "(?J)\\b(?:is|are|was|were|remains?|remained|still)\\s+(?:still\\s+)?(?:in\\s+(?:a\\s+)?"
     "(?<ev>critical|serious|life-threatening|grave)\\s+(?:but\\s+stable\\s+)?condition|"
     "(?<ev>critically)\\s+(?:ill|injured|hurt|wounded)|fighting\\s+for\\s+(?:his|her|their)\\s+(?<ev>life|lives)|"
     "in\\s+(?<ev>intensive)\\s+care)\\b"},
    /* a storm on its way to land: "The storm is expected to make landfall
     * on Friday", "Hurricane Ian is heading for Florida"; its landfall,
     * below (before the plain "is expected to", whose verb would be
     * "make") */
    {SW_STATUS_EXPECTED, "landfall|heading|headed|moving toward|barrelling",
     "(?J)\\b(?:is|are|was|were)\\s+(?:now\\s+|still\\s+)?(?:expected|forecast|due|set|likely|poised|predicted)\\s+to\\s+"
     "make\\s+(?<ev>landfall)\\b|"
     "\\b(?<ev>" SW_STATUS_STORM ")\\s+(?:[\\w-]+\\s+){0,2}?(?:is|are)\\s+(?:now\\s+|still\\s+)?"
     "(?:heading|headed|moving|barrelling|barreling)\\s+(?:for|towards?)\\b"},
    /* a child on the way: "The couple are expecting their first child",
     * "is pregnant with twins", "is due to give birth in May" (not "is
     * expecting a rise"); born, below */
    {SW_STATUS_EXPECTED, "expecting|pregnant|give birth",
     "(?J)\\b(?:is|are|was|were)\\s+(?:now\\s+)?(?:(?<ev>expecting)\\s+(?:a|their|her|his|its)\\s+(?:[\\w-]+\\s+)?"
     SW_STATUS_BABY SW_STATUS_BABY_END "|(?<ev>pregnant)|due\\s+to\\s+give\\s+(?<ev>birth))\\b"},
    /* one who will stand: "will run for president", "plans to run for
     * mayor", the vote family's, so dropping out of the race is its turn
     * (not "the trains will run"); before the plain future's rules, whose
     * "will run" it would otherwise tie with */
    {SW_STATUS_EXPECTED, "run for",
     "\\b(?:will|plans?\\s+to|intends?\\s+to|expected\\s+to|set\\s+to|going\\s+to|to)\\s+(?:again\\s+)?(?<ev>run\\s+for)\\s+(?:re-?election|president|"
     "(?:the\\s+)?presidency|office|mayor|governor|senate|congress|parliament|the\\s+(?:leadership|nomination|seat|"
     "white\\s+house))\\b"},
    {SW_STATUS_EXPECTED, "expected|set|due|scheduled|poised|likely|slated|planned|supposed|going|ready|about|forecast|predicted|projected|tipped",
     "\\b" SW_STATUS_BE "\\s+" SW_STATUS_ADV "(?:expected|set|due|scheduled|poised|likely|slated|"
     "planned|supposed|going|ready|about|forecast|predicted|projected|tipped)\\s+to\\s+(?:be\\s+)?" SW_STATUS_ADV
     /* a state that lasts is its state's event: "is expected to remain
      * closed", whose reopening is the turn */
     "(?:(?:remain|stay)\\s+(?=(?:closed|shut|suspended|grounded|blocked|offline|down)\\b))?" SW_STATUS_NO_EVENT "(?<ev>[a-z]+)"},
    /* "expect it to make landfall", "expects the bank to cut" */
    {SW_STATUS_EXPECTED, "expect",
     "\\bexpects?\\s+(?:(?:it|them|him|her|the\\s+[a-z]+(?:\\s+[a-z]+)?)\\s+)?to\\s+(?:be\\s+)?" SW_STATUS_NO_EVENT "(?<ev>[a-z]+)"},
    {SW_STATUS_EXPECTED, "will|shall",
     "\\b(?:will|shall)\\s+" SW_STATUS_ADV "(?:(?:likely|probably|then)\\s+)?(?:be\\s+)?" SW_STATUS_ADV
     "(?!(?:no|not|never)\\b)" SW_STATUS_NO_EVENT "(?<ev>[a-z]+)"},
    {SW_STATUS_EXPECTED, "'ll|’ll", "(?<=\\w)['’]ll\\s+(?:be\\s+)?(?<ev>[a-z]+)"},
    /* the future a source told: "the companies said they would apply";
     * of a thing, an event's own verb ("said the new hospital would
     * open", not "said the strike would cost") */
    {SW_STATUS_EXPECTED, "would",
     "(?J)\\b(?:said|says|added|announced)\\s+(?:that\\s+)?(?:it|they|he|she|we)\\s+\\Kwould\\s+(?:be\\s+)?" SW_STATUS_ADV
     "(?<ev>[a-z]+)|"
     "\\b(?:said|says|added|announced)\\s+(?:that\\s+)?(?:the|its|their)\\s+(?:[a-z-]+\\s+){0,2}?[a-z-]+\\s+"
     "\\Kwould\\s+(?:be\\s+)?(?<ev>open|reopen|close|launch|sign|resume|start|begin|end|finish|go|proceed|"
     "vote|resign|leave|return|arrive|take|held|signed|completed|finished|opened|launched)\\b"},
    /* the plain "is to": "The factory is to close", "Ministers are to
     * announce" (not what an aim or a plan is, "The aim is to cut
     * costs", nor "is to blame") */
    {SW_STATUS_EXPECTED, " is to | are to ",
     "(?J)\\b(?<!aim\\s|aims\\s|goal\\s|idea\\s|purpose\\s|point\\s|task\\s|job\\s|priority\\s|challenge\\s|problem\\s|"
     "hope\\s|answer\\s|solution\\s|key\\s|plan\\s|plans\\s|intention\\s|ambition\\s|objective\\s|mission\\s|"
     "strategy\\s|thing\\s|way\\s|option\\s|role\\s|duty\\s|step\\s|move\\s|wish\\s|dream\\s|what\\s|which\\s)"
     "(?<!it\\s)(?:is|are)\\s+" SW_STATUS_ADV "to\\s+"
     /* only an event's verb: "the job is to resolve it" is no event */
     "(?:(?<ev>close|shut|open|reopen|cut|axe|shed|announce|publish|launch|hold|host|stage|visit|meet|sign|join|leave|"
     "quit|resign|step|retire|strike|merge|buy|acquire|sell|float|build|demolish|scrap|raise|lower|marry|wed|return|"
     "resume|offer|introduce|unveil|end|begin|start|appear|stand|face|move|relocate|release|hire|recruit)|"
     "be\\s+(?<ev>closed|shut|demolished|scrapped|sold|launched|held|opened|reopened|published|announced|named|"
     "appointed|replaced|released|built|renamed|sentenced|deported|extradited|tried|charged|merged|floated|axed|cut|"
     "introduced|unveiled|ended|relocated|moved))\\b"},
    /* an event going on: "The singer is touring Europe"; its end ahead */
    {SW_STATUS_EXPECTED, "touring",
     "\\b(?:is|are)\\s+(?:currently\\s+|still\\s+|now\\s+)?(?<ev>tour)ing\\b"},
    {SW_STATUS_EXPECTED, "plan|hope|hoping|aim|intend|prepar",
     "\\b(?:plans?|planned|planning|hopes?|hoped|hoping|aims?|aiming|intends?|intending|"
     "prepares?|preparing)\\s+to\\s+(?:be\\s+)?(?<ev>[a-z]+)"},
    /* what others press for: "is under pressure to resign", "faces
     * calls to quit"; still to come, or to be refused */
    {SW_STATUS_EXPECTED, "pressure to|calls to",
     "\\b(?:under\\s+(?:\\w+\\s+)?pressure|(?:faces|facing|face)\\s+(?:\\w+\\s+)?calls)\\s+to\\s+(?<ev>[a-z]+)"},
    {SW_STATUS_EXPECTED, "on the verge of", "\\bon the verge of\\s+(?<ev>[a-z]+)"},
    /* a choice weighed: "is considering selling its stake", "are
     * weighing whether to strike"; what it would do still to come */
    {SW_STATUS_EXPECTED, "considering|weighing|mulling|exploring|contemplating",
     "(?J)\\b(?:is|are|was|were|been|still|now)\\s+(?:still\\s+|now\\s+|also\\s+|seriously\\s+)?"
     "(?:considering|weighing|mulling|exploring|contemplating)\\s+(?:(?:whether|how)\\s+to\\s+(?<ev>[a-z]+)|"
     "(?<ev>[a-z]{3,}ing))\\b"},
    /* work under way: "engineers were working to restore services" */
    {SW_STATUS_EXPECTED, "restore|reopen|repair|fix|contain|reconnect|resume|recover|rescue|reach|clear",
     "\\b(?:working|trying|scrambling|racing|struggling|battling|rushing)\\s+to\\s+(?<ev>restore|reopen|repair|"
     "fix|contain|reconnect|resume|recover|rescue|reach|clear)\\b"},
    /* a fire that broke out or burns on, its end ahead: "A large fire
     * broke out at a factory", "the blaze is still burning" */
    {SW_STATUS_EXPECTED, "broke out|broken out|burning|to burn",
     "(?J)\\b(?:fire|blaze|wildfire|bushfire|flames)s?\\s+(?:\\w+\\s+){0,3}?(?:(?:has|have|had)\\s+)?"
     "(?:(?<ev>broke|broken)\\s+out|(?:is|are|was|were)\\s+(?:still\\s+)?(?<ev>burning)|continues?\\s+to\\s+(?<ev>burn))\\b"},
    /* a fire not yet held: "The fire is out of control", "is burning
     * out of control"; its containing ahead */
    {SW_STATUS_EXPECTED, "out of control",
     "\\b(?:is|are|was|were|remains?|remained|still|burning|raging|spreading)\\s+(?:still\\s+)?out\\s+of\\s+(?<ev>control)\\b"},
    /* an outbreak growing: its end still ahead ("The outbreak has grown
     * to 34 cases", "the epidemic is growing"), of the outbreak, so
     * declared over is its turn */
    {SW_STATUS_EXPECTED, "grown|growing",
     "\\b(?<ev>outbreak|epidemic)s?\\s+(?:(?:in|at|of)\\s+[^.,;:!?\"]{1,40}?\\s+)?(?:has|have|is|are)\\s+(?:now\\s+|still\\s+)?"
     "(?:grown|growing)\\b"},
    /* a fire or an outbreak spreading: its control still ahead ("the
     * outbreak is spreading", "the wildfire continues to spread") */
    {SW_STATUS_EXPECTED, "spread",
     "\\b(?:fires?|blaze|wildfires?|flames|outbreak|epidemic|virus|disease|infection|spill|slick)s?\\s+(?:is|are|was|were|remains?|"
     "continues?\\s+to|continued\\s+to|has\\s+continued\\s+to)\\s+(?:still\\s+|now\\s+)?(?<ev>spreading|spread)\\b"},
    /* a fire fought: "are battling the blaze", its end ahead */
    {SW_STATUS_EXPECTED, "battling|fighting|tackling",
     "\\b(?:are|is|were|was|still)\\s+(?:still\\s+)?(?<ev>battling|fighting|tackling)\\s+(?:the\\s+|a\\s+)?"
     "(?:[\\w-]+\\s+)?(?:blaze|fire|fires|flames|wildfire|wildfires|inferno)\\b"},
    /* "is in talks to buy": a deal ahead */
    {SW_STATUS_EXPECTED, "talks|negotiations",
     /* the verb they are to end in, whose past tells it done ("in
      * talks to join the cast" → "has joined the cast") */
     "\\bin\\s+(?:advanced\\s+|early\\s+|final\\s+|exclusive\\s+|late-stage\\s+)?(?<ev>talks|negotiations)\\s+"
     "(?:to(?:\\s+(?<then>[a-z]+))?|over|about|on|with)\\b"},
    {SW_STATUS_EXPECTED, "close to|near", "\\b(?:close to|nearing|near)\\s+(?:a\\s+|an\\s+)?(?<ev>[a-z]+ing|deal|agreement|accord)\\b"},
    /* "set" only as "set for": "the trial set a precedent"; what the
     * event is of may come between ("Trial of former mayor set for June");
     * the verb it waits on is the phrase's ("talks are expected to
     * resume") */
    {SW_STATUS_EXPECTED, "expected|due|scheduled|planned|slated|set for",
     "\\b(?<ev>" SW_STATUS_EVENT_NOUN ")(?<mid>\\s+(?:between|with|over|on|about|for|into|of)\\s+[^.,;:!?\"]{1,60}?)?"
     "\\s+(?:is\\s+|are\\s+|was\\s+|now\\s+|still\\s+)*"
     "(?:expected|due|scheduled|planned|slated|set(?=\\s+for\\b))\\b(?:\\s+to\\s+(?:be\\s+)?" SW_STATUS_NO_EVENT "(?<then>[a-z]+)\\b"
     /* and a light verb's complement: "to take effect", "to go ahead" */
     "(?:\\s+(?:effect|place|ahead|hold|off|into\\s+force|to\\s+(?:trial|court|a\\s+vote))\\b)?)?"},
    {SW_STATUS_EXPECTED, "in the works", "\\b(?:still\\s+)?in the works\\b"},
    /* a couple to marry: "is engaged to her co-star", "got engaged"
     * (not "engaged in talks", "engaged the enemy") */
    {SW_STATUS_EXPECTED, "engaged",
     "\\b(?:is|are|was|were|got|became|(?:has|have|had)\\s+(?:now\\s+)?(?:got|become|been))\\s+(?:now\\s+|newly\\s+|"
     "secretly\\s+)?(?<ev>engaged)(?=\\s+to\\s+(?!\\w+ing\\b)|\\s*[.,;]|\\s*$|\\s+(?:after|on|last|earlier)\\b|"
     /* where or when: "got engaged in Paris", not "in talks" */
     "\\s+in\\s+(?-i:[A-Z0-9]))"},
    /* a thing for sale: "The company is up for sale", "The house is
     * for sale", "has been put up for sale"; its sale done, below */
    {SW_STATUS_EXPECTED, "for sale",
     "(?J)\\b(?:is|are|was|were|been|now|remains?)\\s+(?:still\\s+|now\\s+|officially\\s+|formally\\s+)?(?:being\\s+)?"
     "(?:(?:put\\s+|placed\\s+)?up\\s+)?for\\s+(?<ev>sale)\\b|"
     "\\b(?:put|puts|putting)\\s+(?:[\\w'’-]+\\s+){1,4}?up\\s+for\\s+(?<ev>sale)\\b"},
    /* one standing again: "The mayor is seeking re-election", "is
     * standing for re-election" */
    {SW_STATUS_EXPECTED, "election",
     "\\b(?:is|are|was|were)\\s+(?:now\\s+|also\\s+)?(?:seeking|standing\\s+for|running\\s+for|contesting)\\s+"
     "(?:re-?)?(?<ev>election)\\b"},
    /* a prize ahead: "is nominated for best picture", "has been
     * shortlisted for the Booker Prize", "is in the running for the
     * award" */
    {SW_STATUS_EXPECTED, "nominated|shortlisted|in the running|contender",
     "(?J)\\b(?:is|are|was|were|(?:has|have|had)\\s+been)\\s+(?:\\w+ly\\s+|also\\s+|now\\s+)?(?:nominated|shortlisted|"
     "in\\s+the\\s+running|an?\\s+(?:[\\w-]+\\s+)?contender)\\s+for\\s+(?:the\\s+|a\\s+|an\\s+|this\\s+year['’]s\\s+)?"
     "(?:" SW_STATUS_BEST "|(?:[\\w'’-]+\\s+){0,3}?(?<ev>" SW_STATUS_PRIZE ")\\b)"},
    /* a place held under one: "The town is under siege", "remains
     * under blockade"; its end ahead */
    {SW_STATUS_EXPECTED, "under siege|under blockade|under occupation",
     "\\b(?:is|are|was|were|remains?|remained|been|still)\\s+(?:still\\s+|now\\s+)?under\\s+(?<ev>siege|blockade|occupation)\\b"},
    /* a bill passed that waits on who signs it: "The bill now awaits
     * the president's signature", "heads to the governor's desk",
     * "is awaiting royal assent" */
    {SW_STATUS_EXPECTED, "await|desk",
     "(?J)\\b(?<ev>bill|legislation|measure|budget)\\s+(?:now\\s+)?(?:awaits|is\\s+awaiting|(?:now\\s+)?(?:goes|heads)\\s+to)\\s+"
     "(?:the\\s+)?(?:[\\w'’.-]+\\s+){0,3}?(?:signature|desk|assent)\\b"},
    /* and one ahead: "could erupt within days", "an eruption could happen" */
    {SW_STATUS_EXPECTED, "erupt",
     "(?J)\\b(?:could|may|might|likely\\s+to|about\\s+to|expected\\s+to|set\\s+to)\\s+(?<ev>erupt)\\b(?!\\s+(?:in|into)\\b)|"
     "\\b(?<ev>eruption)(?<mid>\\s+[^.,;:!?]{1,50}?)?\\s+(?:could|may|might)\\s+(?:happen|occur|come|begin|start)\\b"},
    /* done */
    {SW_STATUS_DONE, "signed|agreed|sealed|concluded|launched|completed|approved|ratified|reached|released|passed|finali|struck|clinched|inked|opened|announced|conceded",
     "\\b(?:has|have|had)\\s+" SW_STATUS_ADV "(?<ev>signed(?!\\s+(?:up|in|out|on)\\b)|agreed(?!\\s+(?:that|with)\\b)|"
     /* a deal sealed, not a place ("have sealed off the area", "sealed
      * the border") */
     "sealed(?!\\s+(?:off\\b|(?:the|its|their|a|an)\\s+(?:[\\w-]+\\s+)?(?:" SW_STATUS_SHUT_PLACE
     "|area|scene|city|town|village|building|street|perimeter|site)s?\\b))|concluded(?!\\s+that\\b)|launched|"
     "completed|approved|ratified|reached|released|passed|finali[sz]ed|struck|clinched|inked|"
     /* not what was reached: "has reached no agreement" */
     "opened|announced|conceded)\\b(?!\\s+no\\b)"},
    /* agreed in the simple past to what follows: "The firm agreed to buy
     * the chain", "agreed on Monday to a ceasefire"; not denied ("did not
     * agree", "never agreed"), nor "agreed with", "agreed that" */
    {SW_STATUS_DONE, "agreed",
     "\\b(?<!not\\s)(?<!n't\\s)(?<!n’t\\s)(?<!never\\s)(?<!yet\\s)(?<!has\\s)(?<!have\\s)(?<!had\\s)"
     /* the verb after "to" is the phrase's ("agreed to buy"); a noun
      * is not ("agreed to a ceasefire": "agreed") */
     "(?<ev>agreed)(?:\\s+(?:[\\w'’-]+\\s+){0,3}?to\\s+(?!(?:a|an|the|its|their|his|her|this|that|it|them|be)\\b)[a-z]+"
     "(?:\\s+(?:down|off|out|up|back|away|ahead)(?![\\w-]))?\\b|"
     "(?=\\s+(?:[\\w'’-]+\\s+){0,3}?to\\s+\\w))"},
    /* signed on to what follows, an agreement made: "The actor has
     * signed on to star in the film", "signed up to run the marathon"
     * (not "signed up for the course", nor "signed on to the
     * letter", no deed) */
    {SW_STATUS_DONE, "signed on|signed up",
     "\\b(?<!not\\s)(?<!n't\\s)(?<!n’t\\s)(?<!never\\s)(?:(?:has|have|had)\\s+" SW_STATUS_ADV ")?(?<ev>signed)\\s+(?:on|up)\\s+"
     "to\\s+(?!(?:a|an|the|its|their|his|her|this|that|it|them|be)\\b)[a-z]+\\b"},
    /* a veto overturned: "Congress overrode the veto", "the governor's
     * veto was overridden"; the bill's */
    {SW_STATUS_DONE, "overr",
     "(?J)\\b(?:overrode|overridden|overrides|override)\\s+(?:the|a|an|his|her|its)\\s+(?:[\\w'’-]+\\s+){0,2}?(?<ev>veto)\\b|"
     "\\b(?<ev>veto)\\s+(?:was|were|(?:has|have|had)\\s+been)\\s+overridden\\b"},
    /* a deal let through by who rules on it: "Regulators have cleared
     * the merger", "waved through the takeover", "gave the deal the
     * go-ahead", "granted final approval"; in the passive, "The merger
     * was cleared by regulators", "has been cleared to go ahead" (not
     * cleared of a charge, nor for take-off) */
    {SW_STATUS_DONE, "cleared|waved through|go-ahead|green light|approval",
     "(?J)\\b(?:cleared|waved\\s+through)\\s+(?:the|a|an|its|their)\\s+(?:[\\w$£€.,-]+\\s+){0,3}?"
     "(?<ev>merger|deal|takeover|acquisition|bid|purchase|sale)\\b|"
     "\\b(?<ev>merger|deal|takeover|acquisition|bid|purchase|sale)\\s+(?:[\\w-]+\\s+){0,2}?(?:was|were|(?:has|have|had)\\s+"
     "(?:now\\s+|finally\\s+)?been)\\s+(?:formally\\s+|finally\\s+|now\\s+|unconditionally\\s+)?(?:cleared|waved\\s+through)"
     "(?=\\s+(?:by|to\\s+(?:go\\s+ahead|proceed|complete))\\b|\\s*[.,;]|\\s*$)|"
     "\\b(?:gave|given|granted|gives|grants|received|won|secured)\\s+(?:(?:the|its|their|a|an|final|formal|"
     "regulatory)\\s+)*(?:[\\w-]+\\s+){0,2}?(?<ev>approval|go-ahead|green\\s+light)\\b(?!\\s+rating)"},
    /* a bid or an offer taken: "has accepted an improved takeover bid",
     * "the offer was accepted" */
    {SW_STATUS_DONE, "accept",
     "(?J)\\baccept(?:ed|s)\\s+(?:a|an|the|its|their|his|her)\\s+(?:[\\w-]+\\s+){0,2}?(?<ev>bid|offer)\\b|"
     "\\b(?<ev>bid|offer)\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+accepted\\b"},
    /* and told of the deal: "A deal has been reached", "the ceasefire
     * was agreed on Sunday" (not "it was agreed that", no deal named) */
    {SW_STATUS_DONE, "reached|agreed|struck|clinched|sealed|signed|concluded",
     "(?J)\\b(?:reached|agreed|struck|clinched|sealed|signed|concluded)\\s+(?:a|an|the)\\s+"
     "(?:\\w+\\s+){0,2}?(?<ev>deal|agreement|accord|pact|treaty|contract|settlement|ceasefire|truce)\\b|"
     "\\b(?<ev>deal|agreement|accord|pact|treaty|contract|settlement|ceasefire|truce)\\s+(?:was|were|(?:has|have|had)\\s+"
     SW_STATUS_ADV "been)\\s+" SW_STATUS_ADV "(?:agreed|reached|struck|sealed)\\b"},
    /* alone, but not after "be", which waits on a modal or a need:
     * "must be signed", "could be approved" */
    {SW_STATUS_DONE, "signed|concluded|launched|completed|approved|ratified|finali|clinched|inked",
     "(?<!\\bbe\\s)\\b(?<ev>signed(?!\\s+(?:up|in|out|on)\\b)|concluded(?!\\s+that\\b)|launched|completed|approved|"
     "ratified|finali[sz]ed|clinched|inked)\\b"},
    /* a side gone down: "The team was relegated", "have been relegated
     * to the second division" */
    {SW_STATUS_DONE, "relegated",
     "\\b(?:was|were|(?:has|have|had)\\s+been|(?:is|are)\\s+now)\\s+" SW_STATUS_ADV "(?<ev>relegated)\\b"},
    /* what was to be released and was: "will be released on Friday" →
     * "was released on Friday" (not a suspect "released on bail", let
     * go below) */
    {SW_STATUS_DONE, "released",
     "\\b(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+" SW_STATUS_ADV
     "(?<ev>released)\\b(?!\\s+(?:on\\s+bail|(?:early\\s+)?on\\s+(?:parole|licen[cs]e)|without|with\\s+no|from\\s+(?:" SW_STATUS_HELD "|hospital))\\b)"},
    {SW_STATUS_DONE, "resigned|stepped", "\\b(?<ev>resigned|stepped)(?(?<=stepped)\\s+down)\\b"},
    /* a couple wed: "have married", "were married in June", "are
     * married", "tied the knot" (its end ahead, "is engaged to", below;
     * not one "married to the job") */
    {SW_STATUS_DONE, "married| wed |tied the knot",
     "(?J)\\b(?:has|have|had)\\s+(?:now\\s+|since\\s+|secretly\\s+|quietly\\s+)?(?<ev>married|wed)\\b|"
     "\\b(?:got|were|was|is|are|(?:has|have|had)\\s+been)\\s+(?:secretly\\s+|quietly\\s+|happily\\s+|now\\s+)?(?<ev>married)\\b"
     "(?!\\s+to\\s+(?:the|their|his|her|its)\\s+(?:jobs?|work|careers?|ideas?|plans?|polic(?:y|ies)|cause))|"
     "\\b(?<ev>tied\\s+the\\s+knot)\\b"},
    /* a volcano erupting still: "The volcano is erupting", "continues
     * to erupt"; its end ahead ("the eruption has ended", above) */
    {SW_STATUS_EXPECTED, "erupting|to erupt",
     "(?J)\\b(?:is|are|was|were|been)\\s+(?:still\\s+|now\\s+)?(?<ev>erupting)\\b|\\bcontinue[sd]?\\s+to\\s+(?<ev>erupt)\\b"},
    /* and stopped: "The volcano has stopped erupting" */
    {SW_STATUS_DONE, "stopped erupting|ceased erupting",
     "\\b(?<!not\\s)(?<!never\\s)(?:stopped|ceased)\\s+(?<ev>erupting)\\b"},
    /* or away from land after all: "The storm has turned away from the
     * coast", "veered out to sea", "missed the coast" */
    {SW_STATUS_NEGATED, "storm|hurricane|typhoon|cyclone|tornado",
     "\\b(?<ev>" SW_STATUS_STORM ")\\s+(?:[\\w-]+\\s+){0,2}?(?:(?:has|have|had)\\s+)?(?:now\\s+|since\\s+)?"
     "(?:(?:turned|veered|swung|curved|moved|drifted|headed|tracked)\\s+(?:back\\s+)?(?:away\\s+from|out\\s+to\\s+sea)|"
     "missed\\s+(?:the\\s+)?(?:coast|island|mainland|land|city))\\b"},
    /* and ashore: "made landfall in Florida", "has made landfall" */
    {SW_STATUS_DONE, "landfall", "\\b(?:made|makes|(?:has|have|had)\\s+" SW_STATUS_ADV "made)\\s+(?<ev>landfall)\\b"},
    /* a child born: "gave birth to a daughter", "The couple have welcomed
     * a baby boy", "Their son was born on Monday" (not "was born in
     * 1950", a life told, nor "welcomed the plan") */
    {SW_STATUS_DONE, "birth|welcomed|born",
     "(?J)\\b(?:gave|(?:has|have|had)\\s+" SW_STATUS_ADV "given)\\s+(?<ev>birth)\\b|"
     "\\b(?<ev>welcomed)\\s+(?:a|an|their|her|his|its)\\s+(?:[\\w-]+\\s+){0,2}?" SW_STATUS_BABY SW_STATUS_BABY_END "|"
     "\\b" SW_STATUS_BABY "\\s+(?:(?:has|have)\\s+been|was|were)\\s+(?<ev>born)\\b(?!\\s+in\\s+\\d)"},
    /* a volcano's eruption: "has erupted", a headline's "volcano erupts" */
    {SW_STATUS_DONE, "erupt",
     "(?J)\\b(?:has|have|had)\\s+" SW_STATUS_ADV "(?<ev>erupted)\\b|\\b(?:volcano|volcanoes|mountain|mount\\s+[\\w-]+)\\s+"
     "(?<ev>erupt(?:ed|s))\\b"},
    /* a death after a condition told ("is in a critical condition" →
     * "has died in hospital"); a toll's "died" counts, below */
    {SW_STATUS_DONE, "died|dead|passed away",
     "(?J)\\b(?:has|have|had)\\s+" SW_STATUS_ADV "(?<ev>died|passed\\s+away)\\b|\\b(?:was|were)\\s+pronounced\\s+"
     "(?<ev>dead)\\b|\\b(?<ev>died)\\s+(?:in\\s+hospital|of\\s+(?:his|her|their)\\s+injuries|from\\s+"
     "(?:his|her|their)\\s+injuries)\\b"},
    /* one killed, told in the singular: "The president was killed in
     * an attack", "a soldier has been killed" (the killed counted are
     * a toll, "12 people were killed", a figure; a hostage killed by his
     * captors is the find family's, above) */
    {SW_STATUS_DONE, "killed",
     "\\b(?<ev>(?:was|has\\s+been|had\\s+been)\\s+killed)\\b"
     "(?!\\s+by\\s+(?:his|her|their|the)\\s+(?:captors|kidnappers|abductors))"},
    /* the work done: "had restored its app", "the fire was contained" */
    {SW_STATUS_DONE, "restored|reopened|repaired|fixed|contained|reconnected|resumed|restarted|patched",
     "\\b(?:has|have|had|was|were|been)\\s+" SW_STATUS_ADV "(?<ev>restored|reopened|repaired|fixed|contained|"
     "reconnected|resumed|restarted|patched)\\b"},
    /* a fire put out: "The fire has been extinguished", "crews put out
     * the blaze", "the fire is out" (not "out of control"); the contain
     * family's end, as "was contained" is */
    {SW_STATUS_DONE, "extinguish|put out|doused|is out|are out|now out",
     "(?J)\\b(?:" SW_STATUS_FIRE ")s?\\s+(?:[\\w-]+\\s+){0,3}?(?:(?:has|have|had)\\s+)?(?:(?:been|was|were)\\s+"
     SW_STATUS_ADV "(?<ev>extinguished|put\\s+out|doused)|(?:is|are)\\s+(?:now\\s+)?(?<ev>out)(?!\\s+of\\b))\\b|"
     "\\b(?<ev>extinguished|put\\s+out|doused)\\s+(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,2}?(?:" SW_STATUS_FIRE ")s?\\b"},
    /* a way cleared of what blocked it: "The A30 has now been cleared",
     * "the line was cleared by noon", "the road was cleared of snow"
     * (not "cleared for take-off", "cleared to reopen") */
    {SW_STATUS_DONE, "cleared",
     "\\b(?:(?:" SW_STATUS_SHUT_PLACE ")s?|" SW_STATUS_ROAD_NUMBER ")\\s+(?:has\\s+|have\\s+|had\\s+)?(?:now\\s+)?"
     "(?<ev>(?:been|was|were)\\s+(?:now\\s+|since\\s+|finally\\s+)?cleared)\\b(?!\\s+(?:for|to)\\b)"},
    /* a headline's "app restored after 40-hour outage", "power restored
     * to 5,000 homes" (not "the restored castle": a word of time or
     * place, or the clause's end, follows) */
    {SW_STATUS_DONE, "restored|reopened|reconnected|resumed",
     "\\b(?<ev>restored|reopened|reconnected|resumed)(?=\\s+(?:after|on|in|by|to|at|for|across|following)\\b|"
     "\\s*[,.;:]|\\s*$)"},
    /* a warning in force: "has issued an amber warning", "a tsunami
     * warning has been issued", "the curfew remains in place", "is
     * under a hosepipe ban", "is on black alert" */
    {SW_STATUS_DONE, "issued|declared|imposed|in force|in place|in effect|under|alert",
     "(?J)\\b(?<!not\\s)(?<!n't\\s)(?<!n’t\\s)(?<!never\\s)(?:issued|declared|imposed)\\s+(?:a\\s+|an\\s+|the\\s+)?"
     "(?:[\\w-]+\\s+){0,3}?(?<ev>" SW_STATUS_WARNING ")s?\\b|"
     /* and who is under it: "The region is under a hosepipe ban",
      * "remains under curfew" */
     "\\b(?:is|are|was|were|remains?|remained|been|now|still)\\s+(?:still\\s+|now\\s+)?under\\s+(?:a\\s+|an\\s+|the\\s+)?"
     "(?:[\\w-]+\\s+){0,2}?(?<ev>" SW_STATUS_WARNING ")s?\\b|"
     "\\b(?<ev>" SW_STATUS_WARNING ")s?\\s+(?:\\w+\\s+){0,3}?(?:has|have|had|was|were|is|are|remains?|remained)\\s+"
     "(?:now\\s+|still\\s+)?(?:been\\s+)?(?:issued|declared|imposed|in\\s+force|in\\s+place|in\\s+effect)\\b|"
     /* who is on alert: "The hospital is on black alert", "troops were
      * put on high alert" */
     "\\b(?:is|are|was|were|remains?|remained|been|put|placed)\\s+(?:still\\s+|now\\s+)?on\\s+(?:a\\s+)?"
     "(?:black|red|amber|yellow|high|full|maximum|heightened|highest|standby)\\s+(?<ev>alert)\\b"},
    /* a curb imposed or in force: "imposed tariffs on steel", "slapped
     * an arms embargo on", "The sanctions remain in place", "the ban on
     * imports is still in force", "Iran remains under sanctions"; not
     * "has not imposed", nor what is proposed ("plans to impose") */
    {SW_STATUS_DONE, "imposed|slapped|in force|in place|in effect|under|banned|outlawed",
     /* or told by its verb: "The city banned the march", "The party
      * was outlawed" (not "a banned substance") */
     "(?J)\\b(?<!not\\s)(?<!n't\\s)(?<!n’t\\s)(?<!never\\s)(?<!a\\s)(?<!an\\s)(?<!the\\s)(?<ev>banned|outlawed)\\s+"
     "(?:(?:all|the|a|an|its|their|his|her)\\s+[\\w-]+|him|her|them)\\b|"
     "\\b(?:was|were|(?:has|have|had)\\s+been)\\s+(?:now\\s+|also\\s+|effectively\\s+)?(?<ev>banned|outlawed)\\b|"
     "\\b(?<!not\\s)(?<!n't\\s)(?<!n’t\\s)(?<!never\\s)(?<!-)(?:imposed|re-?imposed|slapped)\\s+"
     "(?:a\\s+|an\\s+|the\\s+|new\\s+|fresh\\s+|further\\s+|sweeping\\s+)?(?:[\\w-]+\\s+){0,2}?(?<ev>" SW_STATUS_CURB ")\\b|"
     "\\b(?<ev>" SW_STATUS_CURB ")(?<mid>\\s+(?:on|against)\\s+[^.,;:!?]{1,40}?)?\\s+"
     "(?:has|have|had|was|were|is|are|remains?|remained)\\s+(?:now\\s+|still\\s+)?(?:been\\s+)?"
     "(?:imposed|re-?imposed|in\\s+force|in\\s+place|in\\s+effect)\\b|"
     "\\b(?:is|are|was|were|remains?|remained)\\s+(?:still\\s+|now\\s+)?under\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,2}?"
     "(?<ev>sanctions|embargo)\\b"},
    /* and lifted: "The US lifted sanctions on Iran", "the embargo was
     * lifted in 2016", "scrapped the tariffs on steel" */
    {SW_STATUS_NEGATED, "lifted|scrapped|removed|dropped|revoked|rescinded|repealed|waived",
     "(?J)\\b(?<!not\\s)(?<!n't\\s)(?<!n’t\\s)(?<!never\\s)(?:lifted|scrapped|removed|dropped|revoked|rescinded|repealed|waived)\\s+"
     "(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+|all\\s+)?(?:[\\w-]+\\s+){0,2}?(?<ev>" SW_STATUS_CURB ")\\b|"
     "\\b(?<ev>" SW_STATUS_CURB ")(?<mid>\\s+(?:on|against)\\s+[^.,;:!?]{1,40}?)?\\s+(?:has|have|had|was|were)\\s+"
     "(?:now\\s+)?(?:been\\s+)?(?:lifted|scrapped|removed|dropped|revoked|rescinded|repealed|waived)\\b"},
    /* and an evacuation ordered, the warning family's, so that its
     * order lifted is its turn: "forced the evacuation of about 2,000
     * homes", "have been evacuated", "is being evacuated" */
    {SW_STATUS_DONE, "evacuat",
     "(?J)\\b(?:ordered|forced|prompted)\\s+(?:the\\s+)?(?<ev>evacuation)\\s+of\\b|"
     "\\b(?:(?:has|have|had)\\s+" SW_STATUS_ADV "been|were|was|(?:is|are|was|were)\\s+being)\\s+(?<ev>evacuated)\\b|"
     /* "were ordered to evacuate", "have been told to leave their homes" */
     "\\b(?:were|was|(?:has|have|had)\\s+been)\\s+(?:ordered|told|urged|advised)\\s+to\\s+(?<ev>evacuate)\\b|"
     /* and told in the active: "ordered residents to evacuate" */
     "\\b(?:ordered|told|urged|advised)\\s+(?:[\\w-]+\\s+){1,4}?to\\s+(?<ev>evacuate)\\b"},
    /* a service taken up again: "resumed flights on Friday", "has
     * resumed its services" */
    {SW_STATUS_DONE, "resumed",
     "\\b(?<ev>resumed)\\s+(?:all\\s+|its\\s+|their\\s+|normal\\s+)*(?:flights|services|operations|trading|"
     "production|deliveries|sailings|departures)\\b"},
    /* "has been brought under control", a headline's "wildfire brought
     * under control" */
    {SW_STATUS_DONE, "under control", "\\b(?:brought|been|is|was|now)\\s+(?:now\\s+)?under\\s+(?<ev>control)\\b"},
    {SW_STATUS_NEGATED, "not under control|not yet under control",
     "\\b(?:is|are|was|were|been)\\s+(?:still\\s+)?not\\s+(?:yet\\s+)?under\\s+(?<ev>control)\\b"},
    /* a product taken off sale, the restore family's, as a service
     * stopped is: "was withdrawn from sale", "pulled from shelves", and
     * back: "is back on sale", "returned to the shelves" */
    {SW_STATUS_NEGATED, "from sale|from shelves|from the shelves|off the shelves|off sale",
     "\\b(?:withdrawn|pulled|removed|taken)\\s+(?<ev>(?:from|off)\\s+(?:sale|(?:the\\s+)?shelves))\\b"},
    {SW_STATUS_DONE, "on sale|on the shelves|on shelves|to sale|to the shelves",
     "(?J)\\b(?:is|are|was|were|been|goes|went|gone)\\s+(?:now\\s+)?back\\s+(?<ev>on\\s+(?:sale|(?:the\\s+)?shelves))\\b|"
     "\\breturned\\s+(?<ev>to\\s+(?:sale|(?:the\\s+)?shelves))\\b"},
    /* a plant or a line out of use ("The power station is offline",
     * "the lift is out of service", "the reactor was taken offline"; not
     * one who "went offline" for a week), and back in it ("is back in
     * operation", "back in service") */
    {SW_STATUS_NEGATED, "offline|out of service|out of operation",
     "(?<!\\bhe\\s)(?<!\\bshe\\s)(?<!\\bi\\s)(?<!\\bwe\\s)(?<!\\bthey\\s)(?<!\\byou\\s)"
     "\\b(?:is|are|was|were|been|went|gone|goes|remains?|remained|taken|knocked)\\s+(?:still\\s+|now\\s+)?"
     "(?<ev>offline|out\\s+of\\s+(?:service|operation))\\b"},
    {SW_STATUS_DONE, "back in operation|back in service",
     "\\b(?:is|are|was|were|been)\\s+(?:now\\s+)?back\\s+(?<ev>in\\s+(?:operation|service))\\b"},
    /* an app taken out of a store ("was removed from the App Store",
     * "Google pulled the app from the Play Store"), and back in it ("is
     * back on the App Store", "has returned to Google Play") */
    {SW_STATUS_NEGATED, "store|google play",
     "\\b(?:removed|pulled|taken\\s+down|banned|kicked\\s+off|kicked\\s+out)\\s+(?:[\\w'’-]+\\s+){0,3}?(?:from|off|of)\\s+"
     "(?:the\\s+|apple['’]s\\s+|google['’]s\\s+)?(?<ev>app\\s+stores?|play\\s+store|google\\s+play)\\b"},
    {SW_STATUS_DONE, "store|google play",
     "\\b(?:(?:is|are|was|were|been)\\s+(?:now\\s+)?back\\s+(?:on|in)|returned\\s+to|restored\\s+to|reinstated\\s+(?:on|in|to))\\s+"
     "(?:the\\s+|apple['’]s\\s+|google['’]s\\s+)?(?<ev>app\\s+stores?|play\\s+store|google\\s+play)\\b"},
    /* "the app was working again", "back online" */
    {SW_STATUS_DONE, "again|online|normally|back up",
     "\\b(?:is|are|was|were|been)\\s+(?:now\\s+)?(?:back\\s+)?(?<ev>working|running|operating|online|up)"
     "(?:\\s+(?:again|normally)|(?<=online)|(?<=back\\sup)(?=\\s*(?:[.,;:]|$|and\\b|after\\b|following\\b|"
     "for\\s+(?:(?:most|many|all|some)\\s+)?(?:users|customers|people)\\b)))\\b"},
    /* a penalty imposed: "The company was fined $5m", "has been fined
     * for breaches"; the verdict's, so "the fine was overturned" is
     * its turn */
    {SW_STATUS_DONE, "fined", "\\b(?:was|were|(?:has|have|had)\\s+" SW_STATUS_ADV "been)\\s+(?<ev>fined)\\b"},
    /* one impeached: "The president has been impeached", "the House
     * impeached the governor"; so "faces impeachment" → it is a turn,
     * and "was acquitted by the Senate", a verdict, the next */
    {SW_STATUS_DONE, "impeached",
     "(?J)\\b(?:was|were|(?:has|have|had)\\s+" SW_STATUS_ADV "been)\\s+(?:formally\\s+)?(?<ev>impeached)\\b|"
     "\\b(?:voted\\s+to\\s+)?(?<ev>impeached?)(?=\\s+(?:the\\s+|former\\s+)*(?:president|governor|judge|mayor|"
     "minister|prime\\s+minister|chief\\s+justice|senator|him|her)\\b)"},
    /* a seat kept: "Smith has held the seat", "Labour retained the seat"
     * (the vote's, as one won is) */
    {SW_STATUS_DONE, "held|retained|kept|holds|retains",
     "\\b(?:held|retained|kept|holds|retains)\\s+(?:on\\s+to\\s+)?(?:the|his|her|their|its)\\s+(?:[\\w-]+\\s+)?(?<ev>seat)\\b"},
    /* one put in a post: "Jones has been named chief executive", "was
     * appointed as the new head coach", "was confirmed as prime
     * minister" (not "was named after her grandmother", no post; one
     * elected is the vote's) */
    {SW_STATUS_DONE, "named|appointed|confirmed as|chosen as|selected as",
     "(?J)\\b(?:was|were|(?:has|have|had)\\s+" SW_STATUS_ADV "been)\\s+" SW_STATUS_ADV
     "(?<ev>named|appointed|confirmed(?=\\s+as\\b)|chosen(?=\\s+as\\b)|selected(?=\\s+as\\b))\\s+(?:as\\s+)?"
     "(?:(?:the|its|their|his|her)\\s+)?(?:(?:new|next|permanent|interim|acting|first|deputy|joint)\\s+)*"
     "(?:[\\w'’-]+\\s+){0,2}?" SW_STATUS_POST "\\b|"
     /* and in the active: "The club has appointed Jones as manager" */
     "\\b(?:(?:has|have|had)\\s+" SW_STATUS_ADV ")?(?<ev>named|appointed)\\s+(?:[\\w'’.-]+\\s+){1,4}?as\\s+"
     "(?:(?:the|its|their|his|her)\\s+)?(?:(?:new|next|permanent|interim|acting|first|deputy|joint)\\s+)*"
     "(?:[\\w'’-]+\\s+){0,2}?" SW_STATUS_POST "\\b"},
    /* a dismissal: "have sacked manager Gary Holt", "was fired" */
    {SW_STATUS_DONE, "sacked|fired|dismissed|ousted", "\\b(?:has|have|had|was|were|been)\\s+" SW_STATUS_ADV "(?<ev>sacked|fired|dismissed|ousted)\\b"
		     /* "were fired up", "was fired on": no one let go */
		     "(?!\\s+(?:up|on|at|off|back|from\\s+a)\\b)"},
    /* not a count let go ("sacked 786 workers" are jobs cut, a figure) */
    {SW_STATUS_DONE, "sacked|ousted", "\\b(?<ev>sacked|ousted)\\b(?!\\s+(?:about\\s+|some\\s+|more\\s+than\\s+|nearly\\s+)?\\d)"},
    /* a ruling that stands: "upheld the ban", "the sentence was upheld" */
    {SW_STATUS_DONE, "upheld|upholds",
     "\\bup(?:held|holds)\\s+(?:the\\s+|a\\s+|an\\s+|his\\s+|her\\s+|their\\s+|its\\s+)?(?:\\w+\\s+){0,2}?(?<ev>" SW_STATUS_RULING ")\\b"},
    {SW_STATUS_DONE, "upheld",
     "\\b(?<ev>" SW_STATUS_RULING ")\\s+(?:has\\s+|have\\s+|had\\s+|was\\s+|were\\s+|been\\s+)+upheld\\b"},
    /* and a result or a claim a court lets stand: "upheld the election
     * result", "upheld the complaint" */
    {SW_STATUS_DONE, "upheld|upholds",
     "(?J)\\b(?<ev>upheld|upholds)\\s+(?:the\\s+|a\\s+|an\\s+|his\\s+|her\\s+|their\\s+|its\\s+)?(?:[\\w-]+\\s+){0,2}?"
     "(?:result|results|outcome|complaint|complaints|claim|claims|challenge|appeal)\\b|"
     /* in the passive: "The appeal was upheld" (its rejection the turn) */
     "\\b(?:complaint|claim|challenge|appeal)s?\\s+(?:has\\s+|have\\s+|had\\s+|was\\s+|were\\s+|been\\s+)+(?<ev>upheld)\\b"},
    /* a thing sold: "The company has been sold to a rival" (not "sold
     * out", "sold off" parts, a count) */
    {SW_STATUS_DONE, "sold",
     "(?J)\\b(?:has|have|had)\\s+(?:now\\s+|since\\s+|finally\\s+)?been\\s+(?<ev>sold)\\b(?!\\s+(?:out|off)\\b)|"
     "\\b(?:was|were)\\s+(?:finally\\s+)?(?<ev>sold)(?=\\s+(?:to\\b|for\\s+[£$€\\d]))"},
    /* one elected again: "has been re-elected", "won re-election" */
    {SW_STATUS_DONE, "elected|election",
     "(?J)\\b(?:has|have|had)\\s+(?:now\\s+)?been\\s+(?:re-?)?(?<ev>elected)\\b|\\b(?:was|were)\\s+re-?(?<ev>elected)\\b|"
     "\\b(?:won|wins|secured|secures)\\s+re-?(?<ev>election)\\b"},
    /* a court's ruling: "The judge ruled in favour of the council",
     * "ruled against the government" */
    {SW_STATUS_DONE, "ruled |rules ",
     "\\b(?:judge|judges|court|justices|tribunal|panel|jury|magistrates?|ombudsman)\\s+(?:\\w+\\s+){0,3}?"
     "(?:has\\s+|have\\s+|had\\s+)?(?<ev>ruled|rules)\\s+(?:in\\s+(?:his|her|their|its)?\\s*favou?r|in\\s+favou?r\\s+of|against|that)\\b"},
    /* a prize won: "has won the Booker Prize", "won best picture",
     * "scooped the top award" (its nomination ahead, below) */
    {SW_STATUS_DONE, "won |wins |scoop|took home|picked up|claimed |retain|defended |regained |reclaimed ",
     "(?J)\\b(?:won|wins|scooped|scoops|took\\s+home|picked\\s+up|claimed|retained|retains|defended|regained|reclaimed)\\s+"
     "(?:the\\s+|a\\s+|an\\s+|its\\s+|his\\s+|her\\s+|"
     "their\\s+|this\\s+year['’]s\\s+)?(?:[\\w'’-]+\\s+){0,3}?(?<ev>" SW_STATUS_PRIZE ")\\b|"
     "\\b(?:won|wins|scooped)\\s+(?:the\\s+award\\s+for\\s+)?" SW_STATUS_BEST},
    /* and lost: a title or a final ("The champion lost her title", "lost
     * in the final", "were beaten in the cup final") */
    {SW_STATUS_NEGATED, "lost |loses |beaten in|defeated in",
     "(?J)\\b(?:lost|loses)\\s+(?:in\\s+)?(?:the|a|an|its|his|her|their)\\s+(?:[\\w'’-]+\\s+){0,2}?(?<ev>title|crown|final)"
     SW_STATUS_FINAL_END "|"
     "\\b(?:was|were|been)\\s+(?:beaten|defeated)\\s+in\\s+the\\s+(?:[\\w'’-]+\\s+)?(?<ev>final)" SW_STATUS_FINAL_END},
    /* and lost: "lost out on the prize", "missed out on best picture" */
    {SW_STATUS_NEGATED, "lost out|missed out|loses out|misses out",
     "(?J)\\b(?:lost|loses|missed|misses)\\s+out\\s+on\\s+(?:the\\s+|a\\s+|an\\s+|this\\s+year['’]s\\s+)?(?:"
     SW_STATUS_BEST "|(?:[\\w'’-]+\\s+){0,3}?(?<ev>" SW_STATUS_PRIZE ")\\b)"},
    /* a vote's outcome: "lost a confidence vote", "won the election",
     * "survived a no-confidence motion", a headline's "loses vote" */
    {SW_STATUS_DONE, "won|wins|lost|loses|survive|passe",
     "(?J)\\b(?:won|wins|lost|loses|survived|survives|passed|passes)\\s+(?:a\\s+|an\\s+|the\\s+|its\\s+|his\\s+|her\\s+|their\\s+)?"
     "(?:[\\w-]+\\s+){0,2}?(?<ev>vote|ballot|election|referendum|motion|appeal|case|challenge|lawsuit|bid|race|"
     "contest|primary|runoff|run-off)\\b|"
     /* by its margin: "has won by 1,500 votes" */
     "\\b(?:won|lost)\\s+by\\s+(?:about\\s+|some\\s+|more\\s+than\\s+|nearly\\s+|almost\\s+|just\\s+)?[\\d,.]+\\s+(?<ev>votes)\\b"},
    /* a measure through a vote: "The Senate passed the bill", "the
     * motion was approved", "MPs adopted the resolution" (its noun the
     * vote's family; not "backed", a stance) */
    {SW_STATUS_DONE, "passed|approved|adopted",
     "(?J)\\b(?<!not\\s)(?:passed|approved|adopted)\\s+(?:the|a|an|its|his|her|their)\\s+(?:[\\w-]+\\s+){0,2}?"
     "(?<ev>bill|motion|amendment|legislation|resolution|measure)s?\\b|"
     "\\b(?<ev>bill|motion|amendment|legislation|resolution|measure)s?\\s+(?:has|have|had|was|were)\\s+(?:been\\s+)?"
     "(?:narrowly\\s+|overwhelmingly\\s+|unanimously\\s+|comfortably\\s+|easily\\s+|finally\\s+)?"
     "(?:passed|approved|adopted)\\b"},
    /* a winner declared: "Smith has been declared the winner", "was
     * declared the winner of the race" */
    {SW_STATUS_DONE, "winner",
     "\\b(?:has|have|had|was|were)\\s+(?:been\\s+)?(?:officially\\s+|formally\\s+)?(?:declared|projected|named|confirmed)\\s+"
     "(?:as\\s+)?(?:the\\s+)?(?:outright\\s+|overall\\s+|official\\s+|projected\\s+)?(?<ev>winner)\\b"},
    /* a count over, named by its vote: "The election result has been
     * declared", "the results of the referendum were announced",
     * "certified the results of the vote" (a firm's results are no
     * vote's) */
    {SW_STATUS_DONE, "declared|announced|certified",
     "(?J)\\b(?:(?<ev>" SW_STATUS_BALLOT ")\\s+results?|results?\\s+of\\s+the\\s+(?:[\\w-]+\\s+)?(?<ev>" SW_STATUS_BALLOT "))"
     "\\s+(?:has|have|had|was|were)\\s+(?:now\\s+)?(?:been\\s+)?(?:officially\\s+|formally\\s+)?"
     "(?:declared|announced|certified)\\b|"
     "\\b(?:declared|announced|certified)\\s+the\\s+(?:final\\s+|official\\s+)?results?\\s+of\\s+the\\s+(?:[\\w-]+\\s+)?"
     "(?<ev>" SW_STATUS_BALLOT ")\\b"},
    /* a defeat conceded: "has conceded defeat", "conceded the
     * election", the vote's own outcome ("refused to concede" its
     * denial) */
    {SW_STATUS_DONE, "conced",
     "\\b(?<ev>conceded|concedes)\\s+(?:the\\s+|a\\s+)?(?:[\\w-]+\\s+)?(?:defeat|election|race|contest|vote)\\b"},
    /* what came into force: "The law came into force in January",
     * "took effect" */
    {SW_STATUS_DONE, "into force|into effect|took effect|taken effect",
     "\\b(?:came|(?:has|have|had)\\s+" SW_STATUS_ADV "come)\\s+into\\s+(?:force|effect)\\b|"
     "\\b(?:took|(?:has|have|had)\\s+" SW_STATUS_ADV "taken)\\s+effect\\b"},
    /* and one to come, told in the present with its time: "The law
     * comes into force on Monday", "the rules take effect in January" */
    {SW_STATUS_EXPECTED, "into force|into effect|takes effect|take effect",
     "\\b(?<!to\\s)(?<!will\\s)(?<!would\\s)(?<!could\\s)(?<!may\\s)(?<!might\\s)(?<!not\\s)"
     "(?:comes?\\s+into\\s+(?:force|effect)|takes?\\s+effect)(?=\\s+(?:on|from|at|next|later|this|tomorrow)\\b|"
     /* "in January", "in 2027", not "in the form of a tax" */
     "\\s+in\\s+(?:\\d|(?-i:[A-Z])|the\\s+(?:new\\s+year|spring|summer|autumn|fall|winter|coming)\\b))"},
    /* what went ahead after all: "The vote went ahead" */
    {SW_STATUS_DONE, "ahead",
     "(?:\\b(?<ev>" SW_STATUS_EVENT_NOUN ")\\s+(?:[\\w'’-]+\\s+){0,3}?)?\\b(?:went|(?:has|have|had)\\s+" SW_STATUS_ADV
     "gone)\\s+ahead\\b"},
    /* and one over: "The strike has ended", "the siege is over", "the
     * walkout came to an end" */
    {SW_STATUS_DONE, SW_STATUS_STANDOFF,
     "\\b(?<ev>" SW_STATUS_STANDOFF ")s?\\s+(?:(?:has|have|had)\\s+(?:now\\s+|finally\\s+)?(?:ended|come\\s+to\\s+an\\s+end|"
     SW_STATUS_STOPPED ")|(?:finally\\s+)?(?:ended|came\\s+to\\s+an\\s+end|" SW_STATUS_STOPPED ")|(?:is|are|was|were)\\s+"
     "(?:now\\s+|finally\\s+)?over)\\b"},
    /* and a siege or a blockade lifted: "The siege of the town has
     * been lifted", "the blockade was broken" */
    {SW_STATUS_DONE, "lifted|broken",
     "\\b(?<ev>siege|blockade|occupation|lockout)s?(?:\\s+(?:of|on|at)\\s+[^.,;:!?\"]{1,40}?)?\\s+"
     "(?:(?:has|have|had)\\s+(?:now\\s+|finally\\s+)?been|was|were)\\s+(?:finally\\s+)?(?:lifted|broken)\\b"},
    /* a bill made law: "was signed into law", "became law"; the
     * vote's, not an agreement signed */
    {SW_STATUS_DONE, "into law|became law|become law",
     "(?J)\\b(?:(?:was|were|has\\s+been|had\\s+been|have\\s+been)\\s+)?(?:signed|passed|voted)\\s+into\\s+(?<ev>law)\\b|"
     "\\b(?:became|has\\s+become|have\\s+become)\\s+(?<ev>law)\\b"},
    {SW_STATUS_DONE, "refloat", "\\b(?<ev>refloated)\\b"},
    /* a deal got: "has secured a rescue deal with lenders", "landed a
     * $2bn contract" */
    {SW_STATUS_DONE, "secured|landed",
     "\\b(?:(?:has|have|had)\\s+" SW_STATUS_ADV ")?(?:secured|landed)\\s+(?:a|an|the|its|their)\\s+(?:[\\w£$€.,-]+\\s+){0,3}?"
     "(?<ev>deal|agreement|contract|accord|bailout)\\b"},
    /* strikers back at work: "Workers have returned to work", "went
     * back to work"; the strike over, the agreement family's as a
     * strike is */
    {SW_STATUS_DONE, "to work",
     "(?J)\\b(?:(?:has|have|had)\\s+(?:now\\s+)?(?<ev>returned\\s+to\\s+work|gone\\s+back\\s+to\\s+work)|"
     "(?<ev>returned\\s+to\\s+work|went\\s+back\\s+to\\s+work))\\b"},
    /* a suspect charged: "has been charged with murder" */
    {SW_STATUS_DONE, "charged",
     "(?J)\\b(?:has|have|had|was|were)\\s+(?:been\\s+)?(?:formally\\s+)?(?<ev>charged)\\s+with\\b|"
     /* "has appeared in court charged with the murder" */
     "\\b(?:appeared|appears|appear|appearing)(?<mid>\\s+(?:in|before)\\s+(?:[\\w'’-]+\\s+){0,3}?(?:court|magistrates))\\s+"
     "(?<ev>charged)\\s+with\\b|"
     /* in the active, by whom charges: "Police have charged a
      * 34-year-old man with murder" (not "charged the battery with") */
     "\\b(?:(?:has|have|had)\\s+(?:now\\s+|formally\\s+)?)?(?<ev>charged)(?<mid>\\s+(?:[\\w'’-]+\\s+){1,5}?)with"
     "(?=\\s+(?:the\\s+|a\\s+|an\\s+|his\\s+|her\\s+|their\\s+)?(?:[\\w-]+\\s+){0,2}?" SW_STATUS_CHARGE "\\b)"},
    /* and held: "appeared in court on Monday", "appeared before
     * magistrates" (one charged there is the charge's, above) */
    {SW_STATUS_DONE, "court|magistrates|tribunal",
     "\\b(?:(?:has|have|had)\\s+)?appeared\\s+(?:in|at|before)\\s+(?:(?:a|the)\\s+)?(?:[\\w'’-]+\\s+){0,2}?"
     "(?<ev>court|magistrates|tribunal)\\b(?!\\s+charged\\b)"},
    /* a ban imposed: "has been banned for three matches", "was banned
     * from driving" (not "banned substances", a thing) */
    {SW_STATUS_DONE, "banned",
     "\\b(?:was|were|(?:has|have|had)\\s+" SW_STATUS_ADV "been|is|are)\\s+(?<ev>banned)(?=\\s+(?:for|from)\\b)"},
    /* one sent away: "has been deported", "was extradited to the US" */
    {SW_STATUS_DONE, "deported|extradited|evicted",
     "\\b(?:was|were|(?:has|have|had)\\s+" SW_STATUS_ADV "been)\\s+(?<ev>deported|extradited|evicted)\\b"},
    /* a verdict */
    {SW_STATUS_DONE, "convicted|acquitted|sentenced|jailed|imprisoned", "\\b(?<ev>convicted|acquitted|sentenced|jailed|imprisoned)\\b"},
    {SW_STATUS_DONE, "guilty", "\\bfound\\s+(?:\\w+\\s+)?(?:not\\s+)?(?<ev>guilty)\\b"},
    /* a lawsuit settled: "settled the lawsuit", "agreed to settle the
     * case", "The claim was settled out of court", "reached a settlement",
     * the verdict's family */
    {SW_STATUS_DONE, "settle",
     "(?J)\\b(?:has\\s+|have\\s+|had\\s+)?(?<ev>settled)\\s+(?:the\\s+|a\\s+|its\\s+|their\\s+|his\\s+|her\\s+)?"
     "(?:[\\w-]+\\s+){0,2}?(?:lawsuit|suit|case|claim|dispute|action)s?\\b|"
     "\\b(?:lawsuit|suit|case|claim|action)s?\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?<ev>settled)\\b"},
    /* an acquittal in other words: "was cleared of murder", "Jurors
     * cleared Evans of all charges" (not "cleared of debris") */
    {SW_STATUS_DONE, "cleared",
     "\\b(?<ev>cleared)\\s+(?:(?-i:\\p{Lu}[\\w'’-]*)\\s+(?:(?-i:\\p{Lu}[\\w'’-]*)\\s+)?|him\\s+|her\\s+|them\\s+)?of\\s+"
     "(?:all\\s+|the\\s+|any\\s+|a\\s+|two\\s+|three\\s+|\\d+\\s+)?(?:\\w+\\s+)?" SW_STATUS_CHARGE "\\b"},
    /* a guilty plea settles the case as a verdict does ("pleaded not
     * guilty" settles nothing) */
    {SW_STATUS_DONE, "plead|plea",
     "(?J)\\bplead(?:ed|s)?\\s+(?<ev>guilty)\\b|"
     /* and a plea changed: "changed his plea to guilty" */
     "\\b(?:changed|changes|change|has\\s+changed|have\\s+changed)\\s+(?:his|her|their|its)\\s+pleas?\\s+to\\s+(?<ev>guilty)\\b"},
    /* and in other words: "admitted murder", "has admitted the charge" */
    {SW_STATUS_DONE, "admit",
     "\\b(?<ev>admitted|admits|admit)\\s+(?:a\\s+|the\\s+|two\\s+|three\\s+|\\d+\\s+)?(?:\\w+\\s+)?"
     SW_STATUS_CHARGE "\\b"},
    /* a measure put to a vote: "The vote was passed by 38 votes to 31",
     * "the budget was approved"; active, "The bill passed its second
     * reading" */
    {SW_STATUS_DONE, "passed|approved|adopted|carried",
     "(?J)\\b(?<ev>vote|motion|bill|budget|amendment|resolution)\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+"
     "(?:\\w+ly\\s+)?(?:passed|approved|adopted|carried)\\b|"
     "\\b(?<ev>motion|bill|budget|amendment|resolution)\\s+(?:\\w+ly\\s+)?passed\\b"},
    /* a ballot's result: "members have voted to strike" (not "108 MPs
     * voted against it", a count's choice) */
    {SW_STATUS_DONE, "voted", "(?J)\\b(?:has|have|had)\\s+" SW_STATUS_ADV "(?:\\w+ly\\s+)?(?<ev>voted)\\b|"
     /* the past alone, with how or to what: "MPs voted by 320 to 280 to
      * approve", "The Senate voted 52-48", "Workers voted to strike"
      * (not "voted against her", a voter's stance) */
     "(?<!\\bwho\\s)(?<!\\bthat\\s)\\b(?<ev>voted)(?=\\s+(?:\\w+ly\\s+)?(?:by|to|\\d+\\s*[-–]\\s*\\d+|"
     "unanimously|overwhelmingly)\\b)"},
};

/* the strength of each kind, for a sentence that states several */
static gint
sw_status_rank(SwStatusKind kind)
{
	switch (kind) {
	case SW_STATUS_NEGATED:
		return 5;
	case SW_STATUS_FOUND:
		return 4;
	case SW_STATUS_MISSING:
		return 3;
	case SW_STATUS_EXPECTED:
		return 2;
	case SW_STATUS_DONE:
		return 1;
	case SW_STATUS_NONE:
	default:
		return 0;
	}
}

/* the order of a status among a sentence's: a relative clause's below
 * any of the main clause's */
static gint
sw_status_order(SwStatusKind kind, gboolean background)
{
	return sw_status_rank(kind) - (background ? 10 : 0);
}

static GRegex *sw_status_compiled[G_N_ELEMENTS(sw_status_rules)];
static gchar **sw_status_gates[G_N_ELEMENTS(sw_status_rules)];

static void
sw_status_init(void)
{
	static gsize once = 0;

	if (!g_once_init_enter(&once))
		return;
	for (guint i = 0; i < G_N_ELEMENTS(sw_status_rules); i++) {
		g_autoptr(GError) error = NULL;
		sw_status_compiled[i] = sw_regex_new(sw_status_rules[i].pattern,
						    G_REGEX_CASELESS | SW_REGEX_OPTIMIZE, 0, &error);
		/* the table is ours: a pattern that does not compile is a bug */
		g_assert_no_error(error);
		sw_status_gates[i] = g_strsplit(sw_status_rules[i].gate, "|", -1);
	}
	g_once_init_leave(&once, 1);
}

/* a pattern compiled on first use, caseless and grouped */
typedef struct {
	const gchar *pattern;
	GRegex *re;
	gsize once;
} SwStatusRe;

static GRegex *
sw_status_re(SwStatusRe *lazy)
{
	if (g_once_init_enter(&lazy->once)) {
		g_autoptr(GError) error = NULL;
		lazy->re = sw_regex_new(lazy->pattern, G_REGEX_CASELESS | SW_REGEX_OPTIMIZE, 0, &error);
		/* the patterns are ours: one that does not compile is a bug,
		 * which a test must stop at, not a sentence never matched */
		g_assert_no_error(error);
		g_once_init_leave(&lazy->once, 1);
	}
	return lazy->re;
}

/* word families, so that "signing", "signed" and "deal" compare equal;
 * a word of several is written with "_" for its spaces, so that its
 * parts ("passed" of "passed away") are not taken for it */
static const struct {
	const gchar *family;
	const gchar *words;
} sw_status_families[] = {
    {"agreement", " sign signs signed signing seal sealed conclude concluded agree agreed deal deals walkout walked_out "
		  "agreement accord pact treaty contract ink inked clinch clinched strike struck "
		  "ratify ratified finalize finalized finalise finalised come talks negotiations ceasefire truce "
		  "merger takeover acquisition complete completed completes completion approve approves approved "
		  "approval go-ahead green_light returned_to_work gone_back_to_work went_back_to_work "},
    {"launch", " launch launches launched launching release released open opened opening start started "
	       "lifted_off blasted_off rocket rockets spacecraft shuttle capsule starship lander "},
    /* one who goes to a club, a firm or a place: to join, joined, the
     * move or the transfer undone */
    {"transfer", " join joins joined joining move moves moved transfer transfers "},
    /* one put in a post */
    {"appointment", " named appointed chosen selected picked confirmed appointment "},
    /* the sought found, and a suspect's case after: charged, let go */
    {"find", " find found locate located rescue rescued recover recovered free freed arrest questioned interviewed "
	     "arrested detain detained capture captured catch caught charge charges charged finding "
	     "kidnapped abducted hostage hostages captive captives crashed custody prison jail detention "
	     "captivity pulled shot_dead shot_and_killed killed brought_to_the_surface brought_out_alive pulled_out_alive "
	     "trapped stranded murdered executed beheaded stolen stole to_safety accounted_for "},
    {"vote", " vote votes voted ballot ballots balloted election referendum motion bill bills budget count tally "
	     "amendment resolution legislation law knocked_out eliminated crashed_out win concede concedes conceded race contest primary runoff run-off voting polling "
	     "counting counted polls winner elected run_for contest veto vetoed seat "},
    /* what a court rules, upholds or overturns */
    {"verdict", " verdict verdicts ruling convict convicted acquit acquitted sentence sentenced "
		"guilty jailed imprisoned ban outlawed suspension judgment judgement conviction convictions injunction upheld "
		"overturned quashed admitted admits admit appeal appeals lawsuit sentencing deny denies denied "
		"denying deliberating court magistrates tribunal banned jury ruled rules fine fined penalty "},
    /* a leader impeached, whose trial's verdict is the next step */
    {"impeachment", " impeach impeached impeachment "},
    {"resignation", " resign resigns resigned resigning resignation quit quits quitting step steps "
		    "stepped stepping stepping_down standing_down stay_on staying_on remain_in_post remain_in_office remain_in_the_job remain_on_the_board job "
		    "remaining_in_post remaining_in_office "},
    {"dismissal", " sack sacks sacked sacking fire fired dismiss dismissed dismissal oust ousted "},
    {"investigation", " investigating investigated investigation inquiry probe action investigators regulators "},
    {"death", " died dead was_killed has_been_killed had_been_killed passed_away critical serious life-threatening grave critically life lives intensive "},
    {"restore", " restore restores restored restoring reconnect reconnected repair repaired fix fixed "
		"resume resumed restarted reopen reopened closed closing closes shut shuts shutting suspended working running patched_up "
		"operating online up power electricity water heating aground stuck refloated "
		"from_sale off_sale from_shelves from_the_shelves off_shelves off_the_shelves on_sale on_shelves "
		"on_the_shelves to_sale to_shelves to_the_shelves "
		"grounded halted blocking blocked cancelled canceled offline paused been_cleared was_cleared were_cleared "
		"out_of_service out_of_operation in_service in_operation app_store app_stores play_store google_play "
		"cleared_to_fly cleared_to_fly_again flying_again back_in_the_air grounding "
		"diplomatic_ties diplomatic_relations "},

    {"warning", " warning warnings alert alerts advisory advisories curfew curfews lockdown lockdowns "
		"state_of_emergency martial_law evacuation evacuation_order evacuate evacuated home homes houses properties critical_incident major_incident "
		"tornado_watch hurricane_watch storm_watch flood_watch tsunami_watch winter_storm_watch fire_weather_watch "
		"pandemic public_health_emergency national_emergency famine declare declares declared impose imposes imposed "
		"boil_water_notice boil-water_notice hosepipe_ban "},
    {"relegation", " relegation relegated the_drop "},
    {"restriction", " sanction sanctions tariff tariffs embargo embargoes embargos ban bans restriction restrictions "
		    "quota quotas "},
    {"insolvency", " administration receivership liquidation bankruptcy collapsed gone_bust went_bust gone_under "
		   "went_under "},
    {"birth", " birth born expecting pregnant welcomed "},
    /* a storm's way: to land, and ashore (a storm heading for land is
     * told by its name) */
    {"landfall", " landfall storm hurricane typhoon cyclone tornado "},
    {"wedding", " marry marries married marrying wed weds wedded wedding weddings engagement engaged tied_the_knot split_up "
		"broke_up broken_up separated divorced divorce divorcing separating splitting_up "},
    /* a place shut for good, or kept open (its closing and "closed" are
     * the restore family's: a service stopped for a while) */
    {"closure", " close closure closures stay_open remain_open kept_open reprieve saved "},
    {"eruption", " erupt erupts erupted erupting eruption eruptions "},
    /* a flight's way: sent elsewhere, then down */
    {"flight", " divert diverts diverted diversion turned_back land lands landed landing touched_down "},
    {"prize", " prize prizes award awards oscar oscars bafta baftas emmy emmys grammy grammys medal medals trophy "
	      "cup championship best title titles crown final "},
    /* one sent away, or to be */
    {"removal", " deportation deported deport extradition extradited extradite eviction evicted evict "},
    {"contain", " contain contains contained containing control battling fighting tackling burning burn broke spreading spread "
		"extinguished put_out doused out "
		"broken "},
};

static gboolean
sw_status_is_family(const gchar *word)
{
	for (guint i = 0; i < G_N_ELEMENTS(sw_status_families); i++) {
		if (g_str_equal(sw_status_families[i].family, word))
			return TRUE;
	}
	return FALSE;
}

/* is @family one whose verbs say the event themselves? */
static gboolean
sw_status_names_own(const gchar *family)
{
	static const gchar *const own[] = {"vote", "verdict", "resignation", "dismissal", "find", "restriction", NULL};

	return family != NULL && g_strv_contains(own, family);
}

static gchar *
sw_status_event(const gchar *word)
{
	g_autofree gchar *low = NULL;
	g_autofree gchar *padded = NULL;

	if (word == NULL || *word == '\0')
		return NULL;
	low = g_ascii_strdown(word, -1);
	padded = g_strdup_printf(" %s ", low);
	for (gchar *p = padded + 1; p[1] != '\0'; p++) {
		if (g_ascii_isspace(*p))
			*p = '_';
	}
	for (guint i = 0; i < G_N_ELEMENTS(sw_status_families); i++) {
		if (strstr(sw_status_families[i].words, padded) != NULL)
			return g_strdup(sw_status_families[i].family);
	}
	return g_steal_pointer(&low);
}

/* does @st's phrase say only that its subject happens, or happens
 * again ("will go ahead", "will take place", "will be held", "will
 * proceed", "resumed"; not "will take advantage", "will go to Paris",
 * "to hold talks")? */
static gboolean
sw_status_happens(const SwStatus *st)
{
	static const gchar *const ends[] = {"go ahead", "goes ahead", "went ahead", "gone ahead", "take place",
					    "takes place", "took place", "taken place", "be held", "been held",
					    "proceed", "happen", "occur", "resume", "resumed", "resumes", NULL};

	for (guint i = 0; st->phrase != NULL && ends[i] != NULL; i++) {
		if (g_str_has_suffix(st->phrase, ends[i]))
			return TRUE;
	}
	return FALSE;
}

/* the first event noun of a known family in the sentence, if any; any
 * event noun when the verb says only that it happens ("The concert will
 * go ahead" is the concert's) */
static void
sw_status_event_of_sentence(const gchar *sentence, SwStatus *st)
{
	/* and a bill's, whose verbs ("pass", "fail") are no family's */
	static SwStatusRe nouns = {.pattern = "\\b(" SW_STATUS_EVENT_NOUN "|bill|motion|amendment|legislation)\\b"};
	g_autoptr(GMatchInfo) m = NULL;

	if (g_regex_match(sw_status_re(&nouns), sentence, 0, &m)) {
		g_autofree gchar *noun = g_match_info_fetch(m, 1);
		g_autofree gchar *family = sw_status_event(noun);
		/* only a family: a noun of its own says no more than the verb,
		 * unless the verb says nothing */
		if (family != NULL && strchr(family, ' ') == NULL &&
		    (sw_status_is_family(family) || sw_status_happens(st))) {
			g_free(st->event);
			st->event = g_steal_pointer(&family);
		}
	}
}

void
sw_status_free(SwStatus *status)
{
	if (status == NULL)
		return;
	g_free(status->phrase);
	g_free(status->event);
	g_free(status->verb);
	g_free(status);
}

/* does @text hold one of @gate's words? */
static gboolean
sw_status_gate_open(const gchar *text, const gchar *const *gate)
{
	for (guint i = 0; gate[i] != NULL; i++) {
		if (strstr(text, gate[i]) != NULL)
			return TRUE;
	}
	return FALSE;
}

/* is text[start, end), or the word or two before it, marked "now" ("is
 * now in a stable condition"): what a sentence that tells a move says
 * holds at its end */
static gboolean
sw_status_now_before(const gchar *text, gsize start, gsize end)
{
	gsize from = start > 12 ? start - 12 : 0;

	for (gsize p = from; p + 3 <= end; p++) {
		if (g_ascii_strncasecmp(text + p, "now", 3) == 0 && (p == 0 || !g_ascii_isalpha(text[p - 1])) &&
		    !g_ascii_isalpha(text[p + 3]))
			return TRUE;
	}
	return FALSE;
}

static gchar *
sw_status_word_back(const gchar *sentence, gsize *at);

/* is the word ending before text[p] (past spaces) one of @words? */
static gboolean
sw_status_word_before(const gchar *text, gsize p, const gchar *const *words)
{
	g_autofree gchar *w = sw_status_word_back(text, &p);

	return w != NULL && g_strv_contains(words, w);
}

const gchar *
sw_status_now_clause(const gchar *sentence)
{
	static const gchar *const markers[] = {"now", "later", "since", "eventually", "subsequently"};
	static const gchar *const not_now[] = {"until", "till", "by", "to", "from", "for", NULL};
	static const gchar *const perfect[] = {"has", "have", "had", NULL};
	gsize marked = 0, brk = 0;
	gboolean found = FALSE;

	/* most sentences hold none of the words: a plain search first. A
	 * word with a capital starts the sentence, and the clause is then
	 * the whole */
	if (strstr(sentence, "now") == NULL && strstr(sentence, "later") == NULL && strstr(sentence, "since") == NULL &&
	    strstr(sentence, "ventually") == NULL && strstr(sentence, "ubsequently") == NULL)
		return NULL;
	for (gsize p = 0; sentence[p] != '\0'; p++) {
		gsize l;
		if (!g_ascii_isalpha(sentence[p]) || (p > 0 && g_ascii_isalpha(sentence[p - 1])))
			continue;
		for (l = 0; g_ascii_isalpha(sentence[p + l]); l++)
			;
		for (guint k = 0; k < G_N_ELEMENTS(markers); k++) {
			if (l != strlen(markers[k]) || g_ascii_strncasecmp(sentence + p, markers[k], l) != 0)
				continue;
			/* not "until now", "now that", "later this month"; "since"
			 * only after "has" ("has since been freed") */
			if ((k == 0 && (sw_status_word_before(sentence, p, not_now) ||
					g_ascii_strncasecmp(sentence + p + l, " that", 5) == 0)) ||
			    (k == 1 && g_ascii_strncasecmp(sentence + p + l, " th", 3) == 0) ||
			    (k == 2 && !sw_status_word_before(sentence, p, perfect)))
				continue;
			marked = p;
			found = TRUE;
		}
		p += l - 1;
	}
	if (!found)
		return NULL;
	for (gsize p = 0; p < marked; p++) {
		if ((sentence[p] == ',' || sentence[p] == ';') && sentence[p + 1] == ' ')
			brk = p + 2;
		else if (g_str_has_prefix(sentence + p, " but "))
			brk = p + 5;
		else if (g_str_has_prefix(sentence + p, " \u2013 ") || g_str_has_prefix(sentence + p, " \u2014 "))
			brk = p + 5; /* a space, the dash's three bytes, a space */
	}
	return sentence + brk;
}

gint
sw_status_level_now(SwStatusLevelFunc level, const gchar *sentence, const gchar **word, const gchar **noun)
{
	const gchar *clause = sw_status_now_clause(sentence);

	if (clause != NULL && clause != sentence) {
		gint l = level(clause, word, noun);
		if (l > 0)
			return l;
	}
	return level(sentence, word, noun);
}

/* a verb that grades a warning to a colour */
#define SW_STATUS_GRADED "(?:raised|upgraded|lowered|downgraded|increased|elevated|reduced)"

gint
sw_status_warning_level(const gchar *sentence, const gchar **colour, const gchar **noun)
{
	static const gchar *const colours[] = {"yellow", "amber", "orange", "red"};
	static const gint ranks[] = {1, 2, 2, 3};
	/* most text names no warning: a plain search first, as the pattern
	 * costs ten times more a byte on a whole story */
	static const gchar *const gate[] = {"arning", "lert", "larm", "ARNING", "LERT", NULL};
	/* the colour before its noun ("amber weather warning", "amber
	 * heat-health alert"), or the noun moved to it ("raised the alert
	 * level to red"); the colour a warning is graded to (group "to") is
	 * the one that holds: "The amber warning has been downgraded to
	 * yellow" is yellow */
	static SwStatusRe graded = {.pattern = "(?J)\\b(?<c>yellow|amber|orange|red)\\s+"
				    "(?:(?!(?:yellow|amber|orange|red|and|or)\\b)(?-i:[a-z][a-z-]*)\\s+){0,2}?"
				    "(?<n>warning|alert|alarm)s?\\b(?!\\s+lights?\\b)"
				    "(?:[^.;:!?]{0,60}?\\b" SW_STATUS_GRADED "\\s+to\\s+(?:an?\\s+|the\\s+)?"
				    "(?<to>yellow|amber|orange|red)\\b)?|"
				    "\\b(?<n>warning|alert)s?(?:\\s+level)?\\s+(?:[\\w'-]+\\s+){0,3}?to\\s+(?:an?\\s+|the\\s+)?"
				    "(?<to>yellow|amber|orange|red)\\b(?!\\s+(?:light|lights|line|lines|tape|flag|flags)\\b)|"
				    /* "the warning for wind across the north was
				     * downgraded to yellow": a verb of grading */
				    "\\b(?<n>warning|alert)s?\\b[^.;:!?]{0,60}?\\b" SW_STATUS_GRADED "\\s+to\\s+(?:an?\\s+|the\\s+)?"
				    "(?<to>yellow|amber|orange|red)\\b"};
	g_autoptr(GMatchInfo) m = NULL;
	gint best = 0;
	gboolean best_to = FALSE;

	if (!sw_status_gate_open(sentence, gate))
		return 0;
	if (!g_regex_match(sw_status_re(&graded), sentence, 0, &m))
		return 0;
	while (g_match_info_matches(m)) {
		g_autofree gchar *c = g_match_info_fetch_named(m, "c");
		g_autofree gchar *to = g_match_info_fetch_named(m, "to");
		g_autofree gchar *n = g_match_info_fetch_named(m, "n");
		gboolean is_to = to != NULL && *to != '\0';
		const gchar *said = is_to ? to : c;
		for (guint i = 0; said != NULL && n != NULL && i < G_N_ELEMENTS(colours); i++) {
			if (g_ascii_strcasecmp(said, colours[i]) != 0 || (is_to == best_to && ranks[i] <= best) ||
			    (best_to && !is_to))
				continue;
			best = ranks[i];
			best_to = is_to;
			*colour = colours[i];
			*noun = g_ascii_strcasecmp(n, "warning") == 0 ? "warning"
				: g_ascii_strcasecmp(n, "alert") == 0	? "alert"
									: "alarm";
		}
		g_match_info_next(m, NULL);
	}
	return best;
}

gint
sw_status_condition_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	/* worst first; one in hospital, how ill untold, between the
	 * serious and the stable: "was taken to hospital" → "is in a stable
	 * condition" is better, → "serious" worse. Hurt or ill "critically"
	 * or "seriously" is that condition in other words */
	static const struct {
		const gchar *word;
		gint rank;
		const gchar *noun;
	} words[] = {{"critically injured", 1, NULL},
		     {"fighting for life", 1, NULL},
		     {"critically ill", 1, NULL},
		     {"life-threatening", 1, "injuries"},
		     {"critical", 1, "condition"},
		     {"on life support", 1, NULL},
		     {"on a ventilator", 1, NULL},
		     {"in an induced coma", 1, NULL},
		     {"in a coma", 1, NULL},
		     {"in intensive care", 2, NULL},
		     {"out of intensive care", 3, NULL},
		     {"off a ventilator", 3, NULL},
		     {"out of a coma", 3, NULL},
		     {"seriously injured", 2, NULL},
		     {"seriously ill", 2, NULL},
		     {"serious", 2, "condition"},
		     {"in hospital", 3, NULL},
		     {"stable", 4, "condition"},
		     {"out of danger", 4, NULL},
		     {"comfortable", 5, "condition"},
		     {"discharged", 6, "from hospital"},
		     {"recovered", 6, NULL}};
	/* most text names no one's condition */
	static const gchar *const gate[] = {"ondition", "hospital", "ritically ", "eriously ", "ravely ", "ife-threat",
					    "recover", "intensive care", "ventilator", "life support", "coma", "danger",
					    "fighting for", NULL};
	/* the words before "condition" ("in a serious but stable
	 * condition"), or after it ("his condition is now critical",
	 * "condition was upgraded to stable", "upgraded from critical to
	 * stable"), or alone after "now" or a grading ("but is now stable",
	 * "has been upgraded to stable"); in hospital
	 * ("has been hospitalised", "was taken to hospital", "remains in
	 * hospital"); and out of it, the best ("was discharged from
	 * hospital", "has left hospital"), as is well again ("she has fully
	 * recovered", "recovered from his injuries", "made a full recovery";
	 * not shares that recovered, whom no pronoun tells a person); hurt
	 * or ill, how badly told ("was critically injured", "suffered
	 * life-threatening injuries") */
	static SwStatusRe told = {.pattern = "(?J)\\bin\\s+(?:an?\\s+)?(?<w>(?:(?:critical|serious|stable|comfortable|very|"
					     "extremely|but|and|now|still|a)\\s+){1,5})condition\\b|"
					     "\\bcondition\\s+(?:is|was|remains|remained|has\\s+been|had\\s+been)\\s+"
					     "(?:now\\s+|still\\s+)?(?:described\\s+as\\s+|listed\\s+as\\s+|"
					     "(?<to>(?:up|down)graded\\s+(?:from\\s+(?:critical|serious|stable|comfortable)\\s+)?to\\s+))?"
					     "(?<v>critical|serious|stable|comfortable)\\b|"
					     "\\b(?:been|was|were)\\s+(?<to>(?:up|down)graded\\s+(?:from\\s+(?:critical|serious|stable|"
					     "comfortable)\\s+)?to\\s+)(?<v>critical|serious|stable|comfortable)\\b|"
					     "\\b(?:is|are|was|were|remains?)\\s+now\\s+(?<v>critical|serious|stable|comfortable)\\b"
					     "(?!\\s+(?:to|for|of|that)\\b)|"
					     "\\b(?:has|have|had|was|were|been|is|are)\\s+(?:now\\s+|since\\s+)?(?:been\\s+)?"
					     "(?<h>hospitali[sz]ed|(?:admitted|taken|rushed|airlifted|flown)\\s+to\\s+hospital)\\b|"
					     "\\b(?:is|are|was|were|remains?|remained)\\s+(?:still\\s+)?(?:being\\s+treated\\s+|"
					     "recovering\\s+)?(?<h>in\\s+hospital)\\b|"
					     "\\b(?:has|have|had|was|were|been)\\s+(?:now\\s+|since\\s+)?(?:been\\s+)?"
					     "(?:(?<v>discharged)|released|allowed\\s+home)\\s+from\\s+(?:the\\s+)?hospital\\b|"
					     "\\b(?:has|have|had)\\s+(?:now\\s+|since\\s+)?left\\s+hospital\\b|"
					     "\\b(?:(?:he|she|they|who)\\s+(?:has|have|had)\\s+(?:now\\s+|since\\s+)?fully\\s+(?<r>recovered)|"
					     "(?:has|have|had)\\s+(?:now\\s+|since\\s+)?(?:fully\\s+|largely\\s+)?(?<r>recovered)"
					     "\\s+from\\s+(?:his|her|their|the)\\s+(?:[\\w-]+\\s+)?(?:injuries|injury|"
					     "illness|wounds|surgery|operation|stroke|burns|fall|crash|accident|attack|ordeal))\\b|"
					     "\\bmade\\s+a\\s+(?:full|complete|remarkable|good)\\s+(?<r>recovery)\\b|"
					     /* the care of the gravest ("is in intensive care", "remains
					      * on a ventilator", "in a medically induced coma"), and
					      * out of it ("has been moved out of intensive care",
					      * "taken off a ventilator", "brought out of her coma";
					      * not "taken off life support") */
					     "\\b(?:is|are|was|were|remains?|remained|been)\\s+(?:still\\s+)?(?:being\\s+(?:treated|cared\\s+for)\\s+)?"
					     "(?:in\\s+(?<c>intensive\\s+care)|on\\s+(?<c>life\\s+support)|on\\s+a\\s+(?<c>ventilator)|"
					     "in\\s+an?\\s+(?:medically\\s+)?(?<c>(?:induced\\s+)?coma))\\b|"
					     /* woken: "has woken from a coma", "came out of
					      * his coma" */
					     "\\b(?:has\\s+|have\\s+|had\\s+)?(?:now\\s+|since\\s+)?(?:woken|woke|awoken|awoke|emerged|come|came)\\s+"
					     "(?:up\\s+)?(?:out\\s+of|from)\\s+(?:an?\\s+|the\\s+|his\\s+|her\\s+|their\\s+)?"
					     "(?:medically\\s+)?(?:induced\\s+)?(?<o>coma)\\b|"
					     "\\b(?:has|have|had|was|were|been)\\s+(?:now\\s+|since\\s+)?(?:been\\s+)?(?:moved|transferred|taken|"
					     "brought|discharged)\\s+(?:out\\s+of|from|off)\\s+(?:an?\\s+|the\\s+|his\\s+|her\\s+|their\\s+)?"
					     "(?:medically\\s+)?(?:induced\\s+)?(?<o>intensive\\s+care|ventilator|coma)\\b|"
					     "\\b(?<i>critically|seriously|gravely)\\s+(?:(?<ill>ill)|injured|hurt|wounded)(?![\\w-])|"
					     "(?<![\\w-])(?<v>life-threatening)\\s+(?:injuries|injury|wounds)\\b|"
					     /* the gravest in other words ("is fighting for his
					      * life"), and past the worst ("is now out of danger",
					      * "is no longer in danger") */
					     "\\b(?:is|are|was|were|remains?|remained)\\s+(?:still\\s+)?(?<f>fighting\\s+for\\s+(?:his|her|their)\\s+li(?:fe|ves))\\b|"
					     "\\b(?:is|are|was|were|been)\\s+(?:now\\s+|said\\s+to\\s+be\\s+)?(?<d>out\\s+of\\s+danger|no\\s+longer\\s+in\\s+danger)\\b"};
	g_autoptr(GMatchInfo) m = NULL;
	/* the worst told, of what the sentence says holds now where it
	 * tells a move ("was critical but is now stable", "upgraded to
	 * stable"); in hospital only where no word says how ill */
	gint best = -1;
	gboolean best_now = FALSE;

	if (!sw_status_gate_open(sentence, gate) ||
	    !g_regex_match(sw_status_re(&told), sentence, 0, &m))
		return 0;
	while (g_match_info_matches(m)) {
		g_autofree gchar *w = g_match_info_fetch_named(m, "w");
		g_autofree gchar *v = g_match_info_fetch_named(m, "v");
		g_autofree gchar *h = g_match_info_fetch_named(m, "h");
		g_autofree gchar *i = g_match_info_fetch_named(m, "i");
		g_autofree gchar *ill = g_match_info_fetch_named(m, "ill");
		g_autofree gchar *to = g_match_info_fetch_named(m, "to");
		g_autofree gchar *r = g_match_info_fetch_named(m, "r");
		g_autofree gchar *c = g_match_info_fetch_named(m, "c");
		g_autofree gchar *o = g_match_info_fetch_named(m, "o");
		g_autofree gchar *f = g_match_info_fetch_named(m, "f");
		g_autofree gchar *d = g_match_info_fetch_named(m, "d");
		g_autofree gchar *said = NULL;
		gint here = -1, start = 0, end = 0;
		gboolean now;

		if (i != NULL && *i != '\0')
			said = g_strdup_printf("%s %s", g_ascii_strncasecmp(i, "serious", 7) == 0 ? "seriously" : "critically",
					       ill != NULL && *ill != '\0' ? "ill" : "injured");
		else if (w != NULL && *w != '\0')
			said = g_ascii_strdown(w, -1);
		else if (v != NULL && *v != '\0')
			said = g_ascii_strdown(v, -1);
		else if (r != NULL && *r != '\0')
			said = g_strdup("recovered");
		else if (f != NULL && *f != '\0')
			said = g_strdup("fighting for life");
		else if (d != NULL && *d != '\0')
			said = g_strdup("out of danger");
		else if (o != NULL && *o != '\0')
			/* out of the gravest care (not "taken off life support",
			 * which is often the end) */
			said = g_strdup(g_ascii_strncasecmp(o, "ventilator", 10) == 0 ? "off a ventilator"
					: g_ascii_strncasecmp(o, "coma", 4) == 0      ? "out of a coma"
										      : "out of intensive care");
		else if (c != NULL && *c != '\0')
			said = g_ascii_strncasecmp(c, "intensive", 9) == 0 ? g_strdup("in intensive care")
			       : g_ascii_strncasecmp(c, "life", 4) == 0    ? g_strdup("on life support")
			       : g_ascii_strncasecmp(c, "ventilator", 10) == 0 ? g_strdup("on a ventilator")
			       : g_ascii_strncasecmp(c, "induced", 7) == 0    ? g_strdup("in an induced coma")
										: g_strdup("in a coma");
		else
			said = g_strdup(h != NULL && *h != '\0' ? "in hospital" : "discharged");
		/* the worst word of the phrase tells ("serious but stable") */
		for (guint k = 0; k < G_N_ELEMENTS(words) && here < 0; k++) {
			if (strstr(said, words[k].word) != NULL)
				here = (gint)k;
		}
		g_match_info_fetch_pos(m, 0, &start, &end);
		now = (to != NULL && *to != '\0') || sw_status_now_before(sentence, (gsize)start, (gsize)end);
		if (here >= 0 &&
		    (best < 0 || (now && !best_now) ||
		     (now == best_now && (words[best].rank == 3 ||
					  (words[here].rank != 3 && words[here].rank < words[best].rank)))))
			best = here, best_now = now;
		g_match_info_next(m, NULL);
	}
	if (best < 0)
		return 0;
	*word = words[best].word;
	*noun = words[best].noun;
	return words[best].rank;
}

/* Which of two states @sentence puts one in: 1 the first's pattern, 2 the
 * second's; 0 when it tells neither, or both (one defendant remanded and
 * another bailed), which says nothing of one person's turn. The first
 * pattern's match in *@first_match when asked for. */
static gint
sw_status_two_states(const gchar *sentence, SwStatusRe *first, SwStatusRe *second, GMatchInfo **first_match)
{
	gboolean one = g_regex_match(sw_status_re(first), sentence, 0, first_match);
	gboolean two = g_regex_match(sw_status_re(second), sentence, 0, NULL);

	return one == two ? 0 : (one ? 1 : 2);
}

/* a scale of two states, each told by a pattern, and its words; a
 * sentence holds one of the gate's words (NULL for none) before the
 * patterns are worth running */
typedef struct {
	const gchar *const *gate;
	SwStatusRe *state[2];
	const gchar *word[2];
	const gchar *noun[2];
} SwStatusPairScale;

static gint
sw_status_pair_level(const SwStatusPairScale *scale, const gchar *sentence, const gchar **word, const gchar **noun)
{
	gint level;

	if (scale->gate != NULL && !sw_status_gate_open(sentence, scale->gate))
		return 0;
	level = sw_status_two_states(sentence, scale->state[0], scale->state[1], NULL);
	if (level > 0) {
		*word = scale->word[level - 1];
		*noun = scale->noun[level - 1];
	}
	return level;
}

/* held: "was remanded in custody", "remains in police custody", "was
 * refused bail", "held without bail" (not "taken into custody", the
 * arrest, nor "died in custody") */
static SwStatusRe sw_status_re_custody = {
    .pattern = "\\b(?<!not\\s)(?:remanded|kept|held|detained|remains?|remained|is|was|are|were|been|being)\\s+"
    "(?:\\w+\\s+)?in\\s+(?:police\\s+)?custody\\b|"
    "\\b(?<!not\\s)(?:refused|denied)\\s+bail\\b|"
    "\\bbail\\s+(?:was|has\\s+been|had\\s+been|is)\\s+(?:refused|denied|revoked|withdrawn)\\b|"
    "\\b(?:held|jailed|detained)\\s+without\\s+bail\\b"};
/* let out until trial: "was released on police bail", "granted
 * conditional bail", "posted $1m bail", "remains on bail", "was bailed"
 * (not "was not granted bail") */
static SwStatusRe sw_status_re_bail = {
    .pattern = "\\b(?<!not\\s)(?<!n't\\s)(?<!n’t\\s)(?:released|freed|bailed|remanded)\\s+on\\s+(?:\\w+\\s+)?bail\\b|"
    "\\b(?<!not\\s)(?<!n't\\s)(?<!n’t\\s)(?:granted|given|posted|posts|post)\\s+(?:\\S+\\s+){0,2}?bail\\b|"
    "\\b(?:is|was|are|were|remains?|remained|been)\\s+(?:now\\s+|still\\s+)?on\\s+bail\\b|"
    "\\b(?:is|was|are|were|been)\\s+bailed\\b"};

gint
sw_status_custody_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	/* most text names neither */
	static const gchar *const gate[] = {"ustody", "bail", "USTODY", "BAIL", NULL};
	static const SwStatusPairScale scale = {gate, {&sw_status_re_custody, &sw_status_re_bail}, {"in", "on"},
						{"custody", "bail"}};

	return sw_status_pair_level(&scale, sentence, word, noun);
}

/* one missing found dead: "was found dead", "police found him dead",
 * "her body was found", "the body of the missing woman was found" (not
 * "was not found dead") */
static SwStatusRe sw_status_re_found_dead = {
    .pattern = "\\b(?<!not\\s)(?:was|were|has\\s+been|have\\s+been|had\\s+been|been)\\s+(?:now\\s+|later\\s+)?found\\s+dead\\b|"
	       "\\bfound\\s+(?:him|her|them|the\\s+[\\w-]+(?:\\s+[\\w-]+)?)\\s+dead\\b|"
	       "\\b(?:his|her|their|a|the)\\s+(?:[\\w-]+\\s+)?(?:body|bodies)\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+"
	       "(?:found|recovered|discovered)\\b|"
	       "\\b(?:body|bodies)\\s+of\\s+[^.;:!?]{1,60}?\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+"
	       "(?:found|recovered|discovered)\\b"};
/* and alive: "has been found safe and well", "was rescued alive",
 * "found them unharmed", "found the climber alive" (not "found the drug
 * safe") */
static SwStatusRe sw_status_re_found_alive = {
    .pattern = "\\b(?<!not\\s)(?:was|were|has\\s+been|have\\s+been|had\\s+been|been)\\s+(?:now\\s+|later\\s+)?"
	       "(?:found|rescued|pulled\\s+out|located)\\s+" SW_STATUS_ALIVE "|"
	       "\\b(?:found|rescued|located)\\s+(?:him|her|them)\\s+" SW_STATUS_ALIVE "|"
	       /* a thing found "safe" is a finding: only alive */
	       "\\b(?:found|rescued|located)\\s+the\\s+[\\w-]+(?:\\s+[\\w-]+)?\\s+(?:alive|unharmed|unhurt)\\b"};

gint
sw_status_found_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	/* most text finds no one */
	static const gchar *const gate[] = {"found", "rescued", "pulled out", "located", "body", "bodies", NULL};
	static const SwStatusPairScale scale = {gate,
						{&sw_status_re_found_dead, &sw_status_re_found_alive},
						{"found dead", "found alive"},
						{NULL, NULL}};

	return sw_status_pair_level(&scale, sentence, word, noun);
}

/* who holds one against the law: "by gunmen", "by his captors", "by
 * pirates" */
#define SW_STATUS_CAPTORS                                                                          \
	"(?:(?:the|his|her|their|its)\\s+|armed\\s+)*(?:gunmen|kidnappers|militants|rebels|captors|abductors|"  \
	"pirates|insurgents|hijackers|terrorists)\\b"
/* and those they hold: "the hostages", "two prisoners" */
#define SW_STATUS_CAPTIVES "(?:hostages?|captives?|prisoners?|detainees?|abductees?)"
/* held: "was arrested", "police detained a man", "were taken hostage",
 * "was kidnapped", "are being held by gunmen", "remain in captivity",
 * "was taken into custody" (not "was not arrested", "captured the
 * town" or "captured on camera", things taken, nor "died in custody") */
static SwStatusRe sw_status_re_held = {
    .pattern = "\\b(?:was|were|been|being|got|gets)\\s+(?!not\\b|never\\b)(?:\\w+ly\\s+|later\\s+|then\\s+|also\\s+|since\\s+|again\\s+|now\\s+)?"
	       "(?:arrested|re-?arrested|detained|kidnapped|abducted|(?:re)?captured(?!\\s+as\\b|\\s+on\\s+(?:camera|video|film|tape|cctv)\\b)|"
	       "taken\\s+(?:hostage|captive|prisoner|into\\s+custody)|held\\s+(?:hostage|captive|prisoner|in\\s+custody)|"
	       "seized\\s+by\\s+" SW_STATUS_CAPTORS ")\\b|"
	       "(?<!the\\s)(?<!an\\s)(?<!a\\s)\\b(?:arrested|re-?arrested|detained|kidnapped|abducted)\\s+"
	       "(?:him|her|them|the|a|an|two|three|four|five|six|several|dozens|hundreds|\\d[\\d,]*)\\b|"
	       "(?<!the\\s)\\b(?:captured|recaptured)\\s+(?:him|her|them)\\b|"
	       "\\b(?:is|are|was|were|remains?|remained|been)\\s+(?:still\\s+|now\\s+)?(?:being\\s+)?held\\s+by\\s+"
	       "(?:" SW_STATUS_CAPTORS "|(?:the\\s+)?police)\\b|"
	       "\\b(?:is|are|was|were|remains?|remained|been|still)\\s+(?:still\\s+|now\\s+)?in\\s+(?:captivity|(?:police\\s+)?custody)\\b"};
/* free: "was freed", "were released unharmed", "released without
 * charge", "the hostages were released", "freed the prisoners",
 * "escaped from prison", "walked free" (not "released a statement",
 * "released on bail", bail being the custody scale's, nor "freed up" or
 * money "is freed for" investment) */
static SwStatusRe sw_status_re_free = {
    .pattern = "\\b(?:was|were|been|being|got|gets)\\s+(?!not\\b|never\\b)(?:\\w+ly\\s+|later\\s+|then\\s+|since\\s+|now\\s+)?"
	       "(?:freed(?!\\s+up\\b)|set\\s+free|released\\s+(?=without\\s+charge|unharmed|unhurt|safe|alive|"
	       "from\\s+(?:" SW_STATUS_HELD ")|by\\s+" SW_STATUS_CAPTORS "))|"
	       "\\b" SW_STATUS_CAPTIVES "\\s+(?:[\\w,-]+\\s+){0,6}?"
	       "(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:\\w+\\s+)?(?:released|freed)\\b(?!\\s+on\\s+(?:\\w+\\s+)?bail)|"
	       "\\b(?<!not\\s)(?<!n't\\s)(?<!n’t\\s)(?<!to\\s)(?:freed|released)\\s+(?:the\\s+|all\\s+|two\\s+|three\\s+|several\\s+|\\d[\\d,]*\\s+)?"
	       "(?:[\\w-]+\\s+)?" SW_STATUS_CAPTIVES "\\b(?!\\s+on\\s+(?:\\w+\\s+)?bail)|"
	       "\\b(?:escaped|escapes|fled)\\s+(?:from\\s+)?(?:prison|jail|custody|captivity|(?:his|her|their)\\s+(?:captors|kidnappers|abductors))\\b|"
	       "\\b(?:walked|walks|walk)\\s+free\\b"};

gint
sw_status_freedom_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	/* most text holds no one */
	static const gchar *const gate[] = {"rrest", "etain", "idnap", "bduct", "aptur", "ostage", "aptiv",
					    "ustody", "held", "free", "eleas", "scape", "fled", "eized", NULL};
	static const SwStatusPairScale scale = {gate, {&sw_status_re_held, &sw_status_re_free}, {"held", "free"},
						{NULL, NULL}};

	return sw_status_pair_level(&scale, sentence, word, noun);
}

/* insolvent: "entered administration", "collapsed into administration",
 * "went into receivership", "filed for bankruptcy", "filed for Chapter
 * 11", "called in administrators" (not "the Trump administration") */
static SwStatusRe sw_status_re_insolvent = {
    .pattern = "(?J)\\b(?:entered|enters?|entering|went\\s+into|gone\\s+into|goes\\s+into|going\\s+into|"
	       "collapsed\\s+into|collapses\\s+into|placed\\s+(?:in|into)|put\\s+into|fell\\s+into|falls\\s+into|"
	       "(?:is|was|are|were|remains?|remained)\\s+(?:still\\s+)?in)\\s+"
	       "(?:(?:voluntary|special|compulsory)\\s+)?(?<n>administration|receivership|liquidation)\\b|"
	       "\\b(?:filed|files|filing)\\s+for\\s+(?:chapter\\s+(?:11|7)\\s+)?(?<n>bankruptcy)\\b|"
	       "\\b(?:filed|files|filing)\\s+for\\s+chapter\\s+(?:11|7)\\b|"
	       "\\b(?:declared|declares|declare)\\s+(?<n>bankruptcy)\\b|"
	       "\\b(?:appointed|called\\s+in)\\s+(?:the\\s+)?administrators\\b"};
/* rescued: "bought out of administration", "emerged from bankruptcy",
 * "administrators have found a buyer", "a rescue deal was agreed" */
static SwStatusRe sw_status_re_rescued = {
    .pattern = "\\b(?:bought|rescued|saved|sold|taken|brought)\\s+(?:\\w+\\s+)?out\\s+of\\s+"
	       "(?:administration|receivership|bankruptcy)\\b|"
	       "\\b(?:emerged?|emerges|emerging)\\s+from\\s+(?:chapter\\s+11\\s+)?(?:bankruptcy|administration|receivership)\\b|"
	       "\\b(?:administrators|receivers)\\s+(?:have|has|had)\\s+(?:now\\s+)?(?:found|agreed)\\s+(?:a\\s+)?"
	       "(?:buyer|sale|rescue)\\b|"
	       "\\brescue\\s+deal\\s+(?:has\\s+been\\s+|was\\s+|is\\s+)?(?:agreed|signed|completed|approved)\\b|"
	       "\\b(?:agreed|signed|completed|struck)\\s+a\\s+rescue\\s+deal\\b"};

gint
sw_status_insolvency_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	/* most text tells no firm's failure */
	static const gchar *const gate[] = {"dministrat", "ankrupt", "eceivership", "iquidation", "hapter", "rescue",
					    NULL};
	g_autoptr(GMatchInfo) m = NULL;
	g_autofree gchar *n = NULL;
	gint level;

	if (!sw_status_gate_open(sentence, gate))
		return 0;
	level = sw_status_two_states(sentence, &sw_status_re_insolvent, &sw_status_re_rescued, &m);
	if (level == 2) {
		*word = "rescued";
		*noun = NULL;
		return 3;
	}
	if (level == 1) {
		static const gchar *const nouns[] = {"administration", "receivership", "liquidation"};
		n = g_match_info_fetch_named(m, "n");
		*word = "in";
		*noun = "bankruptcy";
		for (guint i = 0; n != NULL && i < G_N_ELEMENTS(nouns); i++) {
			if (g_ascii_strcasecmp(n, nouns[i]) == 0)
				*noun = nouns[i];
		}
		/* liquidation ends a firm that administration may still save */
		return g_str_equal(*noun, "liquidation") ? 1 : 2;
	}
	return 0;
}

/* a bill through a chamber: "The bill passed the House", "the Senate
 * approved the measure", "cleared the Commons"; a chamber by its name in
 * capitals ("passed the house" is a walk) or by its common noun */
#define SW_STATUS_CHAMBER                                                                          \
	"(?:(?-i:House|Senate|Commons|Lords|Assembly|Congress|Bundestag|Knesset|Duma|Dail)|parliament|"     \
	"legislature|(?:lower|upper)\\s+(?:house|chamber))"
static SwStatusRe sw_status_re_passed = {
    .pattern = "\\b(?<!not\\s)(?:passed|cleared)\\s+(?:the\\s+)?(?:full\\s+)?(?:[\\w-]+\\s+)?" SW_STATUS_CHAMBER "\\b|"
	       "\\b" SW_STATUS_CHAMBER "\\s+(?:\\w+\\s+)?(?<!not\\s)(?:passed|approved|backed)\\s+(?:the\\s+)?"
	       "(?:[\\w-]+\\s+){0,3}?(?:bill|legislation|measure)s?\\b|"
	       /* a reading passed: "passed its second reading" */
	       "\\b(?<!not\\s)(?:passed|cleared|clears|passes)\\s+(?:its|their|a|the)\\s+(?:first|second|third|final)\\s+"
	       "reading\\b"};
/* and into law: "was signed into law", "became law", "received royal
 * assent" (not "will be signed into law", "awaiting royal assent") */
static SwStatusRe sw_status_re_law = {
    .pattern = "\\b(?<!be\\s)(?:signed|signs|sign)\\s+(?:[\\w.'’-]+\\s+){0,6}?into\\s+law\\b|"
	       "\\b(?:became|becomes)\\s+law\\b|"
	       "\\b(?:received|receives|given|granted)\\s+royal\\s+assent\\b"};

gint
sw_status_bill_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	static const gchar *const law_gate[] = {" law", "assent", NULL};
	static const gchar *const passed_gate[] = {"passe", "clear", "approved", "backed", NULL};
	/* a chamber by its name or its noun, or a reading */
	static const gchar *const chamber_gate[] = {"House", "Senate", "Commons", "Lords", "Assembly", "Congress",
						    "Bundestag", "Knesset", "Duma", "Dail", "arliament", "egislature",
						    "chamber", "house", "reading", NULL};

	gint level = 0;

	/* the furthest step told; most text passes no bill, and the plain
	 * searches first spare a whole story the patterns */
	if (sw_status_gate_open(sentence, law_gate) &&
	    g_regex_match(sw_status_re(&sw_status_re_law), sentence, 0, NULL))
		level = 2;
	else if (sw_status_gate_open(sentence, passed_gate) && sw_status_gate_open(sentence, chamber_gate) &&
		 g_regex_match(sw_status_re(&sw_status_re_passed), sentence, 0, NULL))
		level = 1;
	if (level > 0) {
		*word = level == 1 ? "passed" : "law";
		*noun = NULL;
	}
	return level;
}

/* a verb of stance told of someone else, as background ("Gonzalez,
 * backed by Castro,"), or another verb ("backed down", "backs on") */
#define SW_STATUS_STANCE_NOT "(?!\\s+(?:by|down|off|away|out|up|into|onto|on)\\b)"

/* against: "opposes the bill", "is against the plan", "voted against",
 * "does not support" (not "as opposed to", "against the law", "no
 * longer opposes", which says only what is over) */
static SwStatusRe sw_status_re_against = {
    .pattern = "\\b(?<!longer\\s)(?<!as\\s)(?<!not\\s)(?<!n't\\s)(?<!n’t\\s)(?:opposes|opposed|oppose)\\b"
	       SW_STATUS_STANCE_NOT "|"
	       "\\b(?:is|are|was|were|remains?|remained|firmly|strongly|still|now)\\s+against\\s+"
	       "(?!(?:the\\s+)?(?:law|laws|rules?|odds|clock|wall|grain|backdrop|ropes)\\b)|"
	       "\\b(?:voted?|votes|voting|came|comes|spoke|speaks|campaigned|campaigns)\\s+(?:out\\s+)?against\\b|"
	       "\\bvoted\\s+(?:overwhelmingly\\s+|narrowly\\s+|unanimously\\s+)?to\\s+(?:reject|oppose|block)\\b|"
	       "(?:\\b(?:does|do|did|will|would)\\s+not|n['’]t)\\s+(?:support|back|endorse)\\b" SW_STATUS_STANCE_NOT};
/* for: "supports the bill", "backed the deal" (not "an Iran-backed
 * group", "turn our backs"), "will back", "is in favour of", "voted for" */
static SwStatusRe sw_status_re_for = {
    .pattern = "\\b(?<!longer\\s)(?<!-)(?<!not\\s)(?<!n't\\s)(?<!n’t\\s)(?<!never\\s)"
	       "(?<!our\\s)(?<!their\\s)(?<!his\\s)(?<!her\\s)(?<!its\\s)(?<!my\\s)(?<!your\\s)(?<!the\\s)"
	       "(?:supports|supported|backs|backed|endorses|endorsed)\\b" SW_STATUS_STANCE_NOT "|"
	       "\\b(?:will|would|now|also|fully|strongly|does|do|did)\\s+(?:support|back|endorse)\\b" SW_STATUS_STANCE_NOT "|"
	       "\\b(?:is|are|was|were|remains?|remained|now)\\s+(?:\\w+\\s+)?in\\s+favou?r\\s+of\\b|"
	       "\\b(?:voted?|votes|voting)\\s+(?:for|in\\s+favou?r)\\b|"
	       /* a vote to do what the motion asks: "Members voted to strike",
	        * not "voted to reject the offer" */
	       "\\b(?<!the\\s)voted\\s+(?:overwhelmingly\\s+|narrowly\\s+|unanimously\\s+)?to\\s+"
	       "(?!(?:reject|oppose|block|scrap|end|stop|halt|cancel|remain|stay|leave)\\b)[a-z]+\\b|"
	       "\\b(?:came|comes|spoke|speaks)\\s+out\\s+(?:for|in\\s+favou?r|in\\s+support)\\b"};

gint
sw_status_stance_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	/* most text takes no side */
	static const gchar *const gate[] = {"oppos", "against", "support", "back", "endors", "favo", "vot", NULL};
	static const SwStatusPairScale scale = {gate, {&sw_status_re_against, &sw_status_re_for}, {"against", "in favour"},
						{NULL, NULL}};

	return sw_status_pair_level(&scale, sentence, word, noun);
}

/* the one of @n @list's words (static) that @text is, any case; NULL for
 * none */
static const gchar *
sw_status_one_of(const gchar *const *list, guint n, const gchar *text)
{
	for (guint i = 0; text != NULL && i < n; i++) {
		if (g_ascii_strcasecmp(text, list[i]) == 0)
			return list[i];
	}
	return NULL;
}

/* the level @sentence puts one thing at on a scale told by the named
 * groups @groups of @re (the first level 1, and so on): one level for
 * all of its matches, 0 for none or for two (one side's win and
 * another's loss says neither's). A sentence holds one of @gate's words
 * before the pattern is worth running. The first match's level group
 * and its group "n", what the level is of, in *@said and *@of (newly
 * allocated, either NULL) when asked */
static gint
sw_status_group_level(SwStatusRe *re, const gchar *const *gate, const gchar *const *groups, guint n,
		      const gchar *sentence, gchar **said, gchar **of)
{
	g_autoptr(GMatchInfo) m = NULL;
	gint level = 0;

	if (!sw_status_gate_open(sentence, gate))
		return 0;
	for (g_regex_match(sw_status_re(re), sentence, 0, &m); g_match_info_matches(m); g_match_info_next(m, NULL)) {
		gint here = 0;
		for (guint i = 0; i < n && here == 0; i++) {
			g_autofree gchar *g = g_match_info_fetch_named(m, groups[i]);
			if (g != NULL && *g != '\0') {
				here = (gint)i + 1;
				if (level == 0 && said != NULL)
					*said = g_steal_pointer(&g);
			}
		}
		if (level != 0 && level != here) {
			if (said != NULL)
				g_clear_pointer(said, g_free);
			return 0;
		}
		if (level == 0 && of != NULL)
			*of = g_match_info_fetch_named(m, "n");
		level = here;
	}
	return level;
}

/* a word a scale's level group may say, and how the scale tells it
 * (NULL: as said) */
typedef struct {
	const gchar *said;
	const gchar *word;
} SwStatusSaid;

/* the level of @sentence on a scale told by the named groups @groups of
 * @re, as sw_status_group_level() reads it; in *@word the word its level
 * group said where @told (@n_told long) has it, any case ("sacked" rather
 * than "expelled"), else the level's of @words; NULL in *@noun */
static gint
sw_status_said_level(SwStatusRe *re, const gchar *const *gate, const gchar *const *groups, const gchar *const *words,
		     guint n, const SwStatusSaid *told, guint n_told, const gchar *sentence, const gchar **word,
		     const gchar **noun)
{
	g_autofree gchar *said = NULL;
	gint level = sw_status_group_level(re, gate, groups, n, sentence, n_told > 0 ? &said : NULL, NULL);

	if (level == 0)
		return 0;
	*word = words[level - 1];
	for (guint i = 0; said != NULL && i < n_told; i++) {
		if (g_ascii_strcasecmp(said, told[i].said) == 0) {
			*word = told[i].word != NULL ? told[i].word : told[i].said;
			break;
		}
	}
	*noun = NULL;
	return level;
}

/* sw_status_said_level() of a scale that tells each level by one word */
static gint
sw_status_named_level(SwStatusRe *re, const gchar *const *gate, const gchar *const *groups, const gchar *const *words,
		      guint n, const gchar *sentence, const gchar **word, const gchar **noun)
{
	return sw_status_said_level(re, gate, groups, words, n, NULL, 0, sentence, word, noun);
}

/* what a report says, denied, left unanswered or confirmed by whom it
 * names: "denied reports of a deal", "dismissed the claims", "denied that
 * it was in talks"; "would neither confirm nor deny the report", "declined
 * to comment on the reports", "could not confirm the reports"; "confirmed
 * the reports", "acknowledged that it had". A denial denied ("has not
 * denied") tells none of them */
#define SW_STATUS_REPORTED                                                                        \
	"(?:the\\s+|a\\s+|these\\s+|those\\s+|any\\s+|all\\s+|media\\s+|press\\s+)?(?:[\\w-]+\\s+){0,2}?"      \
	"(?:reports?|claims?|rumou?rs?|allegations?|speculation|suggestions?|stor(?:y|ies)|accounts?)\\b"
/* an auxiliary denied: "would not", "didn't", "cannot" */
#define SW_STATUS_NOT_AUX "(?:(?:would|will|could|did|does|do)(?:\\s+not|n['’]t)|cannot|can['’]t|won['’]t)"
static SwStatusRe sw_status_re_denial = {
    .pattern = "(?J)\\bneither\\s+(?<neither>confirm(?:ed|s)?\\s+nor\\s+den(?:y|ied|ies)|den(?:y|ied|ies)\\s+nor\\s+"
	       "confirm(?:ed|s)?)\\b|"
	       "\\b" SW_STATUS_NOT_AUX "\\s+(?:immediately\\s+)?"
	       "(?<neither>confirm|comment\\s+on)\\s+(?:or\\s+deny\\s+)?" SW_STATUS_REPORTED "|"
	       "\\b" SW_STATUS_NOT_AUX "\\s+(?:immediately\\s+)?(?:(?<neither>comment)|"
	       "(?<neither>respond)\\s+to\\s+(?:a\\s+|our\\s+)?(?:requests?\\s+for\\s+comment|"
	       "(?:a\\s+)?(?:message|email|call)s?\\s+seeking\\s+comment))\\b|"
	       "\\b(?:declined|declines|refused|refuses|declining|refusing)\\s+to\\s+(?<neither>confirm|comment)\\b|"
	       "\\b(?<!not\\s)(?<!n't\\s)(?<!n’t\\s)(?<den>denied|denies|dismissed|dismisses|rejected|rejects)\\s+"
	       "(?:" SW_STATUS_REPORTED "|that\\b)|"
	       "\\b(?<!not\\s)(?<!n't\\s)(?<!n’t\\s)(?<conf>confirmed|confirms|acknowledged|acknowledges)\\s+"
	       "(?:" SW_STATUS_REPORTED "|that\\b|it\\s+(?:was|is|had|has|would|will)\\b)|"
	       /* what was denied, admitted: "admitted the claims" (not
	        * "admitted to hospital") */
	       "\\b(?<!not\\s)(?<!n't\\s)(?<!n’t\\s)(?<conf>admitted|admits)\\s+(?:to\\s+)?" SW_STATUS_REPORTED};

gint
sw_status_denial_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	static const gchar *const words[] = {"denied", "no comment", "confirmed"};
	/* an admission is told as one */
	static const SwStatusSaid told[] = {{"admitted", NULL}, {"admits", "admitted"}};
	static const gchar *const groups[] = {"den", "neither", "conf"};
	/* most text denies and confirms nothing */
	static const gchar *const gate[] = {"deni", "deny", "dismiss", "reject", "confirm", "acknowledg", "admit", "comment",
					    NULL};

	return sw_status_said_level(&sw_status_re_denial, gate, groups, words, G_N_ELEMENTS(groups), told,
				    G_N_ELEMENTS(told), sentence, word, noun);
}

/* a player's fitness for a match: ruled out ("has been ruled out of
 * Saturday's match", "will miss the final"), in doubt ("is doubtful
 * for", "is an injury doubt"), or fit ("has been passed fit", "is fit to
 * play", "has been cleared to play") */
static SwStatusRe sw_status_re_fitness = {
    .pattern = "(?J)\\b(?:(?:(?:has|have|had)\\s+been|is|are|was|were)\\s+)?(?<out>ruled\\s+out)\\s+(?:of|for)\\b|"
	       "\\bwill\\s+(?<out>miss)\\s+(?:the\\s+|this\\s+|next\\s+|[\\w'’]+['’]s\\s+)?(?:[\\w-]+\\s+)?"
	       "(?:match|game|final|semi-final|tie|fixture|race|season|tournament|clash|test)\\b|"
	       "\\b(?:is|are|was|were|remains?|remained|looks?)\\s+(?:a\\s+|an\\s+)?(?:major\\s+|big\\s+|late\\s+)?"
	       "(?:(?<doubt>doubtful)|(?:injury\\s+|fitness\\s+)?(?<doubt>doubt))\\s+(?:for|over|ahead\\s+of)\\b|"
	       "\\b(?:is|are|was|were)\\s+(?:an?\\s+)(?:injury|fitness)\\s+(?<doubt>doubt)\\b|"
	       "\\b(?:is|are|was|were|(?:has|have|had)\\s+been)\\s+(?:now\\s+)?(?:passed\\s+|declared\\s+|deemed\\s+)?"
	       "(?<fit>fit)\\s+(?:to\\s+(?:play|start|feature|face)|for)\\b(?!\\s+purpose)|"
	       /* fit as expected ("is expected to be fit for Saturday's match") */
	       "\\b(?:is|are|was|were)\\s+(?:now\\s+|still\\s+)?(?<fit>expected|likely)\\s+to\\s+be\\s+fit\\s+"
	       "(?:to\\s+(?:play|start|feature|face)|for)\\b(?!\\s+purpose)|"
	       /* a headline's "Kane passed fit for final" */
	       "\\bpassed\\s+(?<fit>fit)\\b|"
	       "\\b(?:has|have|had)\\s+been\\s+(?<fit>cleared)\\s+to\\s+play\\b|"
	       /* out hurt, now ("is injured", "remains sidelined"), and back
	        * ("has returned to training", "is back in full training") */
	       "\\b(?:is|are|remains?)\\s+(?:still\\s+)?(?:(?<out>sidelined)|out\\s+(?<out>injured)|(?<out>injured))\\b|"
	       "\\b(?:has|have)\\s+been\\s+(?<out>sidelined)\\b|"
	       "\\b(?:(?:has|have|had)\\s+(?:now\\s+)?returned\\s+to|(?:is|are)\\s+(?:now\\s+)?back\\s+in)\\s+(?:full\\s+)?"
	       "(?<fit>training)\\b"};

gint
sw_status_fitness_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	static const gchar *const words[] = {"ruled out", "doubtful", "fit"};
	/* the words said where they are not those of the rank: one hurt is
	 * out, one training again is not yet said fit, nor one expected to
	 * be */
	static const SwStatusSaid told[] = {{"injured", NULL},
					    {"sidelined", NULL},
					    {"training", "back in training"},
					    {"expected", "expected to be fit"},
					    {"likely", "likely to be fit"}};
	static const gchar *const groups[] = {"out", "doubt", "fit"};
	/* most text tells no one's fitness */
	static const gchar *const gate[] = {"ruled out", "miss", "doubt", "fit", "cleared", "injured", "sidelined",
					    "training", NULL};

	return sw_status_said_level(&sw_status_re_fitness, gate, groups, words, G_N_ELEMENTS(groups), told,
				    G_N_ELEMENTS(told), sentence, word, noun);
}

/* one ill with a disease ("has tested positive for Covid", "was
 * diagnosed with pneumonia", "contracted the virus", "is self-isolating")
 * or over it ("has recovered from Covid", "tested negative", "was given
 * the all-clear", "is in remission") */
static SwStatusRe sw_status_re_infection = {
    .pattern = "(?J)\\btested\\s+(?<ill>positive)\\b|"
	       "\\b(?:has|have|had|was|were|been)\\s+(?:\\w+ly\\s+)?(?<ill>diagnosed)\\s+with\\b|"
	       "\\b(?<ill>contracted|caught)\\s+(?:the\\s+)?(?:covid(?:-19)?|coronavirus|virus|flu|influenza|measles|mpox|"
	       "malaria|cholera|ebola|sepsis|pneumonia|tuberculosis|legionnaires['’]?\\s+disease)\\b|"
	       "\\b(?:is|are|was|were|(?:has|have|had)\\s+been)\\s+(?<ill>infected)\\s+with\\b|"
	       "\\b(?:is|are|was|were|(?:has|have|had)\\s+been)\\s+(?:now\\s+)?(?<ill>self-isolating)\\b|"
	       "\\b(?:has|have|had)\\s+(?:now\\s+|since\\s+|fully\\s+|largely\\s+){0,2}(?<well>recovered)\\b|"
	       "\\btested\\s+(?<well>negative)\\b|"
	       "\\b(?:given|received|got)\\s+the\\s+(?<well>all[- ]clear)\\b|"
	       "\\b(?:is|are|was|were)\\s+(?:now\\s+)?(?<well>in\\s+remission)\\b"};

gint
sw_status_infection_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	static const gchar *const words[] = {"infected", "all-clear"};
	static const SwStatusSaid told[] = {{"positive", "tested positive"}, {"diagnosed", NULL},
					    {"contracted", "infected"},	  {"caught", "infected"},
					    {"infected", NULL},		  {"self-isolating", NULL},
					    {"recovered", NULL},		  {"negative", "tested negative"},
					    {"in remission", NULL}};
	static const gchar *const groups[] = {"ill", "well"};
	/* most text tells no one ill */
	static const gchar *const gate[] = {"positive", "iagnosed", "ontracted", "caught", "infected", "isolating",
					    "recovered", "negative", "clear", "remission", NULL};

	return sw_status_said_level(&sw_status_re_infection, gate, groups, words, G_N_ELEMENTS(groups), told,
				    G_N_ELEMENTS(told), sentence, word, noun);
}

/* a choice still weighed ("is considering closing the library", "are
 * weighing a sale", "has not yet decided", "no decision has been made")
 * or made ("has decided to close it", "voted to strike", "took the
 * decision to", "decided against a sale"); a jury's verdict is the
 * verdict's family, not this */
static SwStatusRe sw_status_re_decision = {
    .pattern = "(?J)\\b(?:is|are|was|were|been|still|now)\\s+(?:still\\s+|now\\s+|also\\s+|seriously\\s+|actively\\s+)?"
	       "(?<weigh>considering|reconsidering|weighing|mulling|contemplating|exploring|rethinking)\\b"
	       "(?!\\s+(?:its|their|a)\\s+(?:verdict|ruling|judge?ment)s?\\b)|"
	       "\\b(?:is|are|was|were|been)\\s+(?:still\\s+|now\\s+)?(?:under\\s+|being\\s+)(?<weigh>consideration|considered)\\b|"
	       "\\b(?:has|have|had)(?:\\s+not|n['’]t)\\s+(?:yet\\s+)?(?:(?<weigh>decided)|(?:made|taken|reached)\\s+"
	       "(?:a|its|their|his|her|any)\\s+(?:final\\s+)?(?<weigh>decision))\\b|"
	       "\\b(?:yet\\s+to|not\\s+yet)\\s+(?:(?<weigh>decide)|(?:make|take|reach)\\s+(?:a|its|their|his|her|any)\\s+"
	       "(?:final\\s+)?(?<weigh>decision))\\b|"
	       "\\b(?:is|are|was|were|remains?|remained)\\s+(?:still\\s+)?(?<weigh>undecided)\\b|"
	       "\\bno\\s+(?:final\\s+)?(?<weigh>decision)\\s+(?:has|had)\\s+(?:yet\\s+)?been\\s+(?:made|taken|reached)\\b|"
	       "\\b(?<!not\\s)(?<!n't\\s)(?<!n’t\\s)(?<!yet\\s)(?<dec>decided|opted|chose|resolved)\\s+"
	       "(?:to|not\\s+to|against|that)\\b|"
	       /* a choice made with another: "has agreed to sell its stake" */
	       "\\b(?<!not\\s)(?<!n't\\s)(?<!n’t\\s)(?<dec>agreed)\\s+to\\s+(?!a\\b|an\\b|the\\b|this\\b|that\\b)[a-z]+\\b|"
	       "\\b(?:has|have|had)\\s+(?:now\\s+|finally\\s+|since\\s+)?(?<dec>chosen)\\s+(?:to|not\\s+to)\\b|"
	       "\\b(?<dec>voted)\\s+(?:unanimously\\s+|overwhelmingly\\s+)?(?:to|not\\s+to)\\b|"
	       "\\b(?<!not\\s)(?<!n't\\s)(?<!n’t\\s)(?<!yet\\s)(?:made|took|taken|reached)\\s+(?:a|the|its|their|his|her)\\s+"
	       "(?:final\\s+|unanimous\\s+)?(?<dec>decision)\\s+to\\b|"
	       "\\b(?<dec>decision)\\s+(?:has|had)\\s+(?:now\\s+)?been\\s+(?:made|taken)\\s+to\\b"};

gint
sw_status_decision_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	static const gchar *const words[] = {"under consideration", "decided"};
	static const gchar *const groups[] = {"weigh", "dec"};
	/* most text weighs and decides nothing */
	static const gchar *const gate[] = {"consider", "weighing", "mulling", "contemplating", "exploring", "decid",
					    "decision", "opted", "chose", "resolved", "voted", "agreed", "rethinking", NULL};

	return sw_status_named_level(&sw_status_re_decision, gate, groups, words, G_N_ELEMENTS(groups), sentence, word, noun);
}

/* what an authority rules on: a plan, a bid, a request */
#define SW_STATUS_RULED_ON                                                                        \
	"(?:the\\s+|its\\s+|their\\s+|his\\s+|her\\s+|a\\s+|an\\s+)(?:[\\w£$€.,'’-]+\\s+){0,3}?"            \
	"(?:applications?|plans?|merger|deal|takeover|bid|requests?|proposals?|permits?|licen[cs]es?|scheme|" \
	"project|development|extension|expansion|appeal|claim|petition)\\b"
/* one an authority rules on: rejected ("was rejected", "refused the
 * application", "turned down the bid", "vetoed the plan"), under review
 * ("is under review", "is awaiting approval", "pending approval"), or
 * approved ("was approved", "has been granted planning permission",
 * "cleared the takeover", "given the green light"); not bail refused, a
 * custody's, nor claims rejected, a denial's */
static SwStatusRe sw_status_re_approval = {
    .pattern = "(?J)\\b(?:is|are|was|were|been|being|be)\\s+(?:\\w+ly\\s+)?(?<no>rejected|refused|turned\\s+down|vetoed|"
	       "thrown\\s+out)\\b(?!\\s+(?:bail|entry|permission\\s+to\\s+leave))|"
	       "\\b(?<no>rejected|refused|turned\\s+down|vetoed|blocked|threw\\s+out|thrown\\s+out)\\s+" SW_STATUS_RULED_ON "|"
	       "\\b(?:is|are|was|were|been|remains?|remained|still|now)\\s+(?:still\\s+|now\\s+)?(?:under\\s+(?:regulatory\\s+|"
	       "formal\\s+|legal\\s+)?(?<review>review)|(?<review>awaiting)\\s+(?:final\\s+|formal\\s+|regulatory\\s+|"
	       "official\\s+)?(?:approval|a\\s+decision|a\\s+ruling|the\\s+council['’]s\\s+decision))\\b|"
	       "\\b(?<review>pending)\\s+(?:final\\s+|formal\\s+|regulatory\\s+)?approval\\b|"
	       /* "still needs approval from regulators", "requires the
	        * council's approval" */
	       "\\b(?<review>needs|need|requires|require)\\s+(?:final\\s+|formal\\s+|regulatory\\s+|the\\s+council['’]s\\s+|"
	       "the\\s+board['’]s\\s+)?approval\\b|"
	       /* "is subject to regulatory approval" */
	       "\\b(?:is|are|was|were|remains?|remained|still)\\s+(?:still\\s+)?(?<review>subject)\\s+to\\s+(?:final\\s+|formal\\s+|"
	       "regulatory\\s+|shareholder\\s+|government\\s+|court\\s+)?(?:approval|clearance)\\b|"
	       /* backed by the body that rules: "was backed by the council" */
	       "\\b(?:is|are|was|were|been)\\s+(?:\\w+ly\\s+)?(?<yes>backed)\\s+by\\s+(?:the\\s+)?(?:council|board|committee|"
	       "regulators?|cabinet|parliament|mps|senate|congress|shareholders|members|voters|councillors|ministers)\\b|"
	       "\\b(?:is|are|was|were|been|being|be)\\s+(?:\\w+ly\\s+|now\\s+|finally\\s+)?(?<yes>approved|rubber-stamped|"
	       "signed\\s+off)\\b|"
	       "\\b(?<!not\\s)(?<!n't\\s)(?<!n’t\\s)(?<yes>approved|rubber-stamped|cleared|backed)\\s+" SW_STATUS_RULED_ON "|"
	       "\\b(?:granted|given|gave|received|won|secured|got)\\s+(?:\\w+\\s+)?(?<yes>planning\\s+permission|approval|"
	       "consent|the\\s+green\\s+light|the\\s+go-ahead)\\b|"
	       "\\b(?:permission|approval|consent)\\s+(?:was|has\\s+been|had\\s+been|were|have\\s+been)\\s+(?<yes>granted)\\b"};

gint
sw_status_approval_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	static const gchar *const words[] = {"rejected", "under review", "approved"};
	/* what a sentence that awaits one says it awaits */
	static const SwStatusSaid told[] = {{"awaiting", "awaiting approval"}, {"pending", "awaiting approval"},
					    {"needs", "needs approval"},	 {"need", "needs approval"},
					    {"requires", "needs approval"},	 {"require", "needs approval"},
					    {"subject", "awaiting approval"}};
	static const gchar *const groups[] = {"no", "review", "yes"};
	/* most text rules on nothing */
	static const gchar *const gate[] = {"reject", "refuse", "turned down", "veto", "thrown out", "threw out", "blocked",
					    "review", "awaiting", "pending", "approv", "rubber", "signed off", "cleared",
					    "backed", "permission", "consent", "green light", "go-ahead", "need", "require", "subject", NULL};

	return sw_status_said_level(&sw_status_re_approval, gate, groups, words, G_N_ELEMENTS(groups), told,
				    G_N_ELEMENTS(told), sentence, word, noun);
}

/* a ballot open ("polls are open", "polls opened at 7am", "voting is
 * under way", "voters are going to the polls", "polls close at 10pm") or
 * over with its count to come ("polls have closed", "voting has ended",
 * "counting is under way", "votes are being counted", "polls opened at
 * 7am and closed at 10pm"); who won is the statuses' */
static SwStatusRe sw_status_re_ballot = {
    .pattern = "(?J)\\bpolls\\s+opened\\s+[^.;:!?]{0,40}?\\band\\s+(?:have\\s+|had\\s+)?(?:now\\s+)?(?<shut>closed)\\b|"
	       "\\bpolls\\s+(?:(?:are|were)\\s+(?:now\\s+|still\\s+)?(?<open>open)|(?:have|had)\\s+(?:now\\s+)?(?<open>opened)|"
	       "(?<open>opened)|(?<open>open|close|closes)\\s+(?:at|until)\\b|(?:will|are\\s+due\\s+to)\\s+(?<open>close))\\b|"
	       "\\b(?:voting|polling)\\s+(?:is|was)\\s+(?:now\\s+|still\\s+)?(?<open>under\\s*way|continuing|in\\s+progress)\\b|"
	       "\\b(?:voters|people)\\s+(?:are|were)\\s+(?:still\\s+)?(?<open>voting|casting\\s+their\\s+(?:votes|ballots)|"
	       "(?:going|heading|flocking)\\s+to\\s+the\\s+polls)\\b|"
	       "\\bpolls\\s+(?:(?:have|had)\\s+(?:now\\s+)?(?<shut>closed)|(?<shut>closed))\\b|"
	       "\\b(?:voting|polling)\\s+(?:has|had)\\s+(?:now\\s+)?(?<shut>ended|closed|finished)\\b|"
	       "\\b(?:counting|the\\s+count)\\s+(?:is|was|has|had)\\s+(?:now\\s+)?(?:been\\s+)?(?<shut>under\\s*way|begun|began|"
	       "started|continuing)\\b|"
	       "\\b(?:votes|ballots)\\s+(?:are|were)\\s+(?:now\\s+|still\\s+)?being\\s+(?<shut>counted)\\b"};

gint
sw_status_ballot_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	static const gchar *const words[] = {"polls open", "polls closed"};
	static const gchar *const groups[] = {"open", "shut"};
	/* most text tells of no ballot */
	static const gchar *const gate[] = {"olls", "oting", "olling", "ounting", "count", "being counted", NULL};

	return sw_status_named_level(&sw_status_re_ballot, gate, groups, words, G_N_ELEMENTS(groups), sentence, word, noun);
}

/* what a market trades: shares, an index, a currency, a commodity */
#define SW_STATUS_TRADED                                                                                 \
	"(?:shares|stocks|equities|markets?|index|indices|indexes|pound|sterling|dollar|euro|yen|yuan|rouble|"  \
	"ruble|rupee|oil|crude|brent|gold|copper|bitcoin|prices|futures|bonds|yields|nasdaq|dow|ftse(?:\\s+\\d+)?|" \
	"nikkei|dax|cac(?:\\s+40)?|hang\\s+seng|s&p(?:\\s+500)?|stoxx(?:\\s+600)?|stock)"
/* what a firm or an economy counts and reports moving: profits, sales,
 * jobless figures */
#define SW_STATUS_MEASURED                                                                                  \
	"(?:profits?|revenues?|sales|turnover|earnings|unemployment|joblessness|inflation|exports|imports|" \
	"output|productivity|borrowing|spending|investment|deliveries|orders|bookings)"
/* a price's way ("The pound fell against the dollar", "Oil prices have
 * rallied", "Shares recovered their losses"), and a measure's ("Profits
 * rose to $2 billion", "Unemployment fell to 5.2%"); where a figure
 * tells it too ("fell 5%" → "rose 2%") the figures' turn is told, not
 * this */
static SwStatusRe sw_status_re_market = {
    .pattern = "(?J)\\b(?:" SW_STATUS_TRADED "|" SW_STATUS_MEASURED ")\\s+(?:(?:have|has|had)\\s+)?(?:(?:sharply|steeply|slightly|further|again|also|"
	       "initially|then|later|since|now|briefly|modestly)\\s+)?"
	       "(?:(?<down>fell|fallen|dropped|slumped|tumbled|plunged|plummeted|slid|sank|sunk|declined|weakened|lost\\s+ground)|"
	       "(?<up>rose|risen|gained|climbed|rallied|rebounded|recovered|jumped|surged|soared|strengthened|"
	       "edged\\s+(?:up|higher)))\\b"};

gint
sw_status_market_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	/* the verbs said, as said; the participles as their past */
	static const gchar *const words[] = {"fell", "rose"};
	static const SwStatusSaid told[] = {
	    {"dropped", NULL},	   {"slumped", NULL},	  {"tumbled", NULL},	{"plunged", NULL}, {"plummeted", NULL},
	    {"slid", NULL},	   {"sank", NULL},	  {"declined", NULL},	{"weakened", NULL}, {"lost ground", NULL},
	    {"gained", NULL},	   {"climbed", NULL},	  {"rallied", NULL},	{"rebounded", NULL}, {"recovered", NULL},
	    {"jumped", NULL},	   {"surged", NULL},	  {"soared", NULL},	{"strengthened", NULL}, {"edged up", NULL},
	    {"edged higher", NULL}};
	static const gchar *const groups[] = {"down", "up"};
	/* most text moves no price: the gate is the verbs */
	static const gchar *const gate[] = {"fell", "fallen", "dropped", "slumped", "tumbled", "plunged", "plummeted",
					    "slid", "sank", "sunk", "declined", "weakened", "lost ground", "rose", "risen",
					    "gained", "climbed", "rallied", "rebounded", "recovered", "jumped", "surged",
					    "soared", "strengthened", "edged", NULL};

	return sw_status_said_level(&sw_status_re_market, gate, groups, words, G_N_ELEMENTS(groups), told,
				    G_N_ELEMENTS(told), sentence, word, noun);
}

/* a defence against water breached: "The levee was breached
 * overnight", "flood defences were overtopped", "the dam burst"; and
 * holding: "The levee held overnight", "the flood barrier is holding" */
#define SW_STATUS_DEFENCE                                                                          \
	"\\b(?:levees?|dams?|dykes?|dikes?|embankments?|sea\\s+walls?|flood\\s+(?:defences|defenses|barriers?|walls?)|"   \
	"barriers?)\\s+(?:[\\w-]+\\s+){0,3}?"
static SwStatusRe sw_status_re_breached = {
    .pattern = SW_STATUS_DEFENCE "(?:(?:was|were|(?:has|have|had)\\s+been)\\s+(?:breached|overtopped)|"
			     "(?:has\\s+|have\\s+|had\\s+)?(?:burst|collapsed|gave\\s+way|given\\s+way|failed))\\b"};
static SwStatusRe sw_status_re_holding = {
    .pattern = SW_STATUS_DEFENCE "(?:held|(?:is|are|was|were)\\s+(?:still\\s+)?holding|(?:has|have)\\s+held)"
			     "(?=\\s*[.,;:]|\\s*$|\\s+(?:overnight|firm|so\\s+far|for\\s+now|despite|but|and|after|as)\\b)"};

gint
sw_status_defence_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	/* most text tells no defence against water */
	static const gchar *const gate[] = {"levee", "dam", "dyke", "dike", "embankment", "sea wall", "flood", "barrier", NULL};
	static const SwStatusPairScale scale = {gate,
						{&sw_status_re_breached, &sw_status_re_holding},
						{"breached", "holding"},
						{NULL, NULL}};

	return sw_status_pair_level(&scale, sentence, word, noun);
}

/* a measure's way, told as it goes: "Cases are rising", "the river is
 * still rising", "Infections continue to fall" (a figure's own move is
 * its change; this is the way a story tells without one) */
#define SW_STATUS_TREND_OF                                                                         \
	"\\b(?:cases|infections|deaths|admissions|hospitali[sz]ations|prices|inflation|unemployment|sales|crime|"    \
	"temperatures|river|rivers|water|waters|floodwaters|levels?|numbers|figures|costs|rents|wages|arrivals|"      \
	"crossings|applications|claims|defaults|waiting\\s+lists)\\s+(?:[\\w-]+\\s+){0,2}?"
static SwStatusRe sw_status_re_trend_up = {
    .pattern = SW_STATUS_TREND_OF "(?:(?:is|are|was|were|remains?|keeps?|kept)\\s+(?:still\\s+|now\\s+)?"
			       "(?:rising|increasing|climbing|growing|going\\s+up)|continue[sd]?\\s+to\\s+(?:rise|increase|climb|grow))\\b"};
static SwStatusRe sw_status_re_trend_down = {
    .pattern = SW_STATUS_TREND_OF "(?:(?:is|are|was|were|remains?|keeps?|kept)\\s+(?:still\\s+|now\\s+)?"
			       "(?:falling|declining|dropping|decreasing|receding|going\\s+down)|continue[sd]?\\s+to\\s+"
			       "(?:fall|decline|drop|decrease|recede))\\b"};

/* and neither way now: "Cases have peaked", "admissions are levelling
 * off", "Prices have stabilised" (not "peaked in March", which may be
 * long past) */
static SwStatusRe sw_status_re_trend_steady = {
    .pattern = SW_STATUS_TREND_OF "(?:(?:has|have)\\s+(?:now\\s+|finally\\s+)?(?:(?<peak>peaked|passed\\s+(?:its|their|the)\\s+peak)|"
			       "plateaued|levell?ed\\s+(?:off|out)|stabili[sz]ed|flattened(?:\\s+out)?)|"
			       "(?:is|are)\\s+(?:now\\s+)?(?:levell?ing\\s+(?:off|out)|stabili[sz]ing|plateauing|"
			       "holding\\s+steady|flattening(?:\\s+out)?))\\b"};

gint
sw_status_trend_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	/* most text tells no way */
	static const gchar *const gate[] = {"rising", "increasing", "climbing", "growing", "going up", "to rise", "to increase",
					    "to climb", "to grow", "falling", "declining", "dropping", "decreasing",
					    "receding", "going down", "to fall", "to decline", "to drop", "to decrease",
					    "to recede", "peak", "plateau", "levelled", "leveled", "levelling", "leveling",
					    "stabilis", "stabiliz", "holding steady", "flatten", NULL};
	static const SwStatusPairScale scale = {NULL,
						{&sw_status_re_trend_down, &sw_status_re_trend_up},
						{"falling", "rising"},
						{NULL, NULL}};
	g_autoptr(GMatchInfo) m = NULL;
	gint level;

	if (!sw_status_gate_open(sentence, gate))
		return 0;
	level = sw_status_pair_level(&scale, sentence, word, noun);
	if (!g_regex_match(sw_status_re(&sw_status_re_trend_steady), sentence, 0, &m))
		return level == 0 ? 0 : (level == 1 ? 1 : 3);
	/* a way and its end in one sentence tell neither */
	if (level != 0)
		return 0;
	{
		g_autofree gchar *peak = g_match_info_fetch_named(m, "peak");
		*word = peak != NULL && *peak != '\0' ? "peaked" : "steady";
	}
	*noun = NULL;
	return 2;
}

/* an economy's way: shrinking ("The economy has contracted", "GDP
 * shrank 0.3% in the quarter", "output is shrinking") or growing ("grew
 * 0.5%", "is expanding", "returned to growth"); told, not foreseen ("is
 * expected to grow" is none), and of one economy, its verb singular
 * (not "concerns over the economy are growing") */
#define SW_STATUS_ECONOMY                                                                          \
	"\\b(?:economy|gdp|output|(?:manufacturing|services|construction)\\s+sector)\\s+(?:[\\w-]+\\s+){0,2}?"
static SwStatusRe sw_status_re_shrinking = {
    .pattern = SW_STATUS_ECONOMY "(?:(?:has|had)\\s+(?:now\\s+)?)?(?:(?:is|was)\\s+(?:still\\s+|now\\s+)?"
			       "(?:shrinking|contracting)|shrank|shrunk|shrinks|contracted|contracts)\\b"};
static SwStatusRe sw_status_re_growing = {
    .pattern = SW_STATUS_ECONOMY "(?:(?:has|had)\\s+(?:now\\s+)?)?(?:(?:is|was)\\s+(?:still\\s+|now\\s+)?"
			       "(?:growing|expanding)|grew|grown|grows|expanded|expands|returned\\s+to\\s+growth)\\b"};

gint
sw_status_growth_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	/* most text tells of no economy */
	static const gchar *const gate[] = {"conom", "GDP", "gdp", "output", "sector", NULL};
	static const SwStatusPairScale scale = {gate,
						{&sw_status_re_shrinking, &sw_status_re_growing},
						{"shrinking", "growing"},
						{NULL, NULL}};

	return sw_status_pair_level(&scale, sentence, word, noun);
}

/* a measure's way foreseen: "Inflation is expected to fall next year",
 * "Energy bills will go up in April", "The bank expects unemployment to
 * rise" (not "is not expected to rise", "is unlikely to fall"); of what
 * a story counts, trades or bills, its rates the rates scale's */
#define SW_STATUS_WAY_AHEAD_OF                                                                              \
	"(?:" SW_STATUS_TRADED "|" SW_STATUS_MEASURED "|cases|infections|deaths|admissions|temperatures|"  \
	"river|levels?|numbers|costs|rents|wages|fares|bills|tariffs|premiums|taxes|fees|price(?:\\s+cap)?|yield|"    \
	"expenditure|population|economy|gdp|growth)"
#define SW_STATUS_WAY_AHEAD(way)                                                                            \
	"\\b" SW_STATUS_WAY_AHEAD_OF "\\s+(?:[\\w-]+\\s+){0,2}?(?:(?:will|would|could|may|might)\\s+(?:\\w+ly\\s+)?|" \
	"(?:is|are|was|were)\\s+(?:\\w+ly\\s+|now\\s+|still\\s+)?(?:expected|forecast|predicted|projected|set|"   \
	"likely|tipped|poised|due|going)\\s+to\\s+(?:\\w+ly\\s+)?)" way "|"                                        \
	"\\b(?:expects?|expected|forecasts?|predicts?|predicted|sees)\\s+(?:[\\w-]+\\s+){0,2}?" SW_STATUS_WAY_AHEAD_OF   \
	"\\s+to\\s+(?:\\w+ly\\s+)?" way
static SwStatusRe sw_status_re_foreseen_down = {
    .pattern = "(?:" SW_STATUS_WAY_AHEAD("(?:fall|decrease|drop|decline|go\\s+down|come\\s+down|ease|shrink|contract)\\b") ")"};
static SwStatusRe sw_status_re_foreseen_up = {
    .pattern = "(?:" SW_STATUS_WAY_AHEAD("(?:rise|increase|climb|grow|go\\s+up|jump|soar|surge|rebound|expand)\\b") ")"};

gint
sw_status_outlook_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	/* most text foresees no way: a word of the way ahead and one of
	 * foreseeing, each ("ease" alone is in "release" and "disease") */
	static const gchar *const ahead[] = {"will", "would", "could", "may", "might", "xpect", "forecast", "predict",
					     "project", "set to", "likely", "tipped", "poised", "due to", "going to",
					     "sees", NULL};
	static const gchar *const gate[] = {"rise", "increase", "climb", "grow", "go up", "jump", "soar", "surge", "rebound",
					    "expand", "fall", "decrease", "drop", "decline", "go down", "come down", "ease",
					    "shrink", "contract", NULL};
	static const SwStatusPairScale scale = {gate,
						{&sw_status_re_foreseen_down, &sw_status_re_foreseen_up},
						{"expected to fall", "expected to rise"},
						{NULL, NULL}};

	if (!sw_status_gate_open(sentence, ahead))
		return 0;
	return sw_status_pair_level(&scale, sentence, word, noun);
}

/* an event put off for good: "was cancelled", "called off the tour",
 * "has been scrapped" (not "cancelled 240 flights", a count, nor a car
 * "found abandoned") */
static SwStatusRe sw_status_re_called_off = {
    .pattern = "\\b(?<!found\\s)(?<!left\\s)(?<!or\\s)(?:cancell?ed|canceled|called\\s+off|scrapped|axed|abandoned)\\b(?!\\s+(?:\\d|more|all|some|dozens|hundreds|thousands))"};
/* a central bank's decision on its rates: cut ("cut interest rates to
 * 4.75%", "lowered its key rate"), held ("held rates at 5%", "left
 * rates unchanged", "kept rates on hold"), raised ("raised rates",
 * "hiked its benchmark rate"); told done, not expected ("is expected to
 * raise rates", "is expected to cut rates" are none) */
/* the rates a bank sets, by the words that name them ("its key rate",
 * "the benchmark lending rate"; not "a production rate", "increased at
 * a rate of 5%", "the rate of VAT") */
#define SW_STATUS_RATES                                                                            \
	"(?:its\\s+|the\\s+|their\\s+)?(?:(?:key|benchmark|main|base|policy|bank|lending|deposit|repo|overnight|" \
	"cash|official|federal\\s+funds|short-term|headline|prime|borrowing|mortgage|refinancing)\\s+){0,2}"                    \
	"(?:interest\\s+)?rates?\\b(?!\\s+of\\b)"
static SwStatusRe sw_status_re_rates = {
    /* "cut" is also the verb's base: not after "to" (but for a decision
     * taken: "the decision to cut its benchmark rate"), a modal or "not"
     * ("will cut rates", "could cut rates" decide nothing yet) */
    .pattern = "(?J)(?:(?<=decision\\sto\\s)|(?<=decided\\sto\\s)|(?<=voted\\sto\\s)|(?<!to\\s))"
	       "(?<!will\\s)(?<!would\\s)(?<!could\\s)(?<!may\\s)(?<!might\\s)(?<!should\\s)(?<!not\\s)(?<!n't\\s)"
	       "\\b(?<cut>cut|cuts|lowered|lowers|reduced|reduces|slashed|slashes|trimmed|trims)\\s+" SW_STATUS_RATES
	       "(?!\\s+(?:rise|rises|rose|hike|hikes))|"
	       /* "held rates" says it whole; "kept" and "left" need the
	        * state ("left rates unchanged", not "left rates high") */
	       "\\b(?<held>held|holds)\\s+" SW_STATUS_RATES "|"
	       "\\b(?<held>kept|keeps|left|leaves)\\s+" SW_STATUS_RATES
	       "(?=\\s+(?:unchanged|on\\s+hold|steady|at|where)\\b)|"
	       "\\b(?<raised>raised|raises|hiked|hikes|increased|increases|lifted|lifts)\\s+" SW_STATUS_RATES "|"
	       /* and in the passive: "Interest rates were left unchanged",
	        * "rates have been cut to 4%" */
	       "\\b" SW_STATUS_RATES "\\s+(?:were|was|(?:have|has|had)\\s+been)\\s+(?:(?<cut>cut|lowered|reduced|slashed|trimmed)|"
	       "(?<held>held|(?:kept|left)(?=\\s+(?:unchanged|on\\s+hold|steady|at|where)\\b))|"
	       "(?<raised>raised|hiked|increased|lifted))\\b"};

gint
sw_status_rates_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	static const gchar *const words[] = {"cut rates", "held rates", "raised rates"};
	static const gchar *const groups[] = {"cut", "held", "raised"};
	/* most text decides no rate */
	static const gchar *const gate[] = {"rate", "Rate", "RATE", NULL};

	return sw_status_named_level(&sw_status_re_rates, gate, groups, words, G_N_ELEMENTS(groups), sentence, word, noun);
}

/* and one foreseen: "is expected to cut interest rates", "is tipped to
 * raise rates", "economists expect the bank to hold rates" (not "is not
 * expected to", nor "unlikely to", which foresee none) */
static SwStatusRe sw_status_re_rates_expected = {
    .pattern = "(?J)(?<!not\\s)(?<!n't\\s)(?<!n’t\\s)\\b(?:(?:expected|forecast|tipped|set|likely|poised|predicted)\\s+|"
	       "(?:expects?|predicts?|forecasts?)\\s+(?:[\\w'’.-]+\\s+){1,5}?)to\\s+"
	       "(?:(?<cut>cut|lower|reduce|slash|trim)\\s+" SW_STATUS_RATES "(?!\\s+(?:rise|rises|hike|hikes))|"
	       "(?<held>hold)\\s+" SW_STATUS_RATES "|"
	       "(?<held>keep|leave)\\s+" SW_STATUS_RATES "(?=\\s+(?:unchanged|on\\s+hold|steady|at|where)\\b)|"
	       "(?<raised>raise|hike|increase|lift)\\s+" SW_STATUS_RATES ")|"
	       /* and told of the rates: "Interest rates are expected to
	        * rise", "rates are likely to stay on hold" */
	       "\\b" SW_STATUS_RATES "\\s+(?:are|is)\\s+(?:widely\\s+)?(?:expected|forecast|tipped|set|likely|predicted)\\s+to\\s+"
	       "(?:(?<raised>rise|go\\s+up|increase)|(?<cut>fall|drop|come\\s+down|decrease)|"
	       "(?<held>stay|remain)\\s+(?=unchanged|on\\s+hold|steady|at|where)\\b)"};

gint
sw_status_rates_expected_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	static const gchar *const words[] = {"expected to cut rates", "expected to hold rates", "expected to raise rates"};
	static const gchar *const groups[] = {"cut", "held", "raised"};
	static const gchar *const gate[] = {"rate", "Rate", "RATE", NULL};

	return sw_status_named_level(&sw_status_re_rates_expected, gate, groups, words, G_N_ELEMENTS(groups), sentence,
				     word, noun);
}

/* a storm's strength by its name: a depression or its remnants, a
 * tropical storm, a hurricane (typhoon, cyclone); told as what it is or
 * became ("has strengthened into a hurricane", "was downgraded to a
 * tropical storm", "is now a hurricane"), not what it could become */
#define SW_STATUS_STORM_KIND                                                                        \
	"(?:(?<dep>tropical\\s+depression|post-tropical\\s+(?:storm|cyclone)|remnant\\s+low|depression)|"  \
	"(?<trop>tropical\\s+storm)|(?<hur>hurricane|typhoon|cyclone|super\\s+typhoon))\\b"
static SwStatusRe sw_status_re_storm = {
    .pattern = "(?J)\\b(?:(?:has|had|have)\\s+(?:been\\s+)?|was\\s+|were\\s+)?(?:downgraded|upgraded|weakened|strengthened|"
	       "intensified|grew|grown|turned|became|become|becomes|developed|declared|"
	       /* a headline's present, with no article: "Lee strengthens
	        * into hurricane" */
	       "weakens|strengthens|intensifies|grows|turns|develops|upgraded|downgraded)\\s+(?:back\\s+)?(?:in)?to\\s+"
	       "(?:an?\\s+|as\\s+an?\\s+)?"
	       "(?:major\\s+|powerful\\s+|weak\\s+|strong\\s+)?" SW_STATUS_STORM_KIND "|"
	       "\\b(?:(?:is|was|remains?|remained)\\s+(?:now\\s+|still\\s+)?(?:an?\\s+)|as\\s+an?\\s+|"
	       /* "has become a hurricane", not "could become" one */
	       "(?<!could\\s)(?<!may\\s)(?<!might\\s)(?<!would\\s)(?<!will\\s)(?<!to\\s)(?:became|become|becomes)\\s+an?\\s+)"
	       "(?:major\\s+|powerful\\s+|weak\\s+|strong\\s+)?" SW_STATUS_STORM_KIND};

gint
sw_status_storm_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	static const gchar *const words[] = {"depression", "tropical storm", "hurricane"};
	static const gchar *const groups[] = {"dep", "trop", "hur"};
	/* most text names no storm's kind */
	static const gchar *const gate[] = {"depression", "storm", "urricane", "yphoon", "yclone", "remnant", NULL};

	return sw_status_named_level(&sw_status_re_storm, gate, groups, words, G_N_ELEMENTS(groups), sentence, word, noun);
}

/* how far a treaty or a deal has gone: signed ("signed the treaty",
 * "the accord was signed"), ratified ("Parliament ratified the treaty",
 * "shareholders approved the deal"), in force ("came into force", "took
 * effect"; not "took effect" of a cut or a ban, named by no treaty in
 * the sentence) */
#define SW_STATUS_TREATY "(?:treaty|accord|pact|agreement|deal|convention|protocol|trade\\s+deal)"
static SwStatusRe sw_status_re_treaty = {
    .pattern = "(?J)\\b(?<!not\\s)(?<!n't\\s)(?<sig>signed|inked)\\s+(?:the|a|an|their|its)\\s+(?:[\\w-]+\\s+){0,3}?"
	       SW_STATUS_TREATY "\\b|"
	       /* the furthest step of two told: "was signed in 2019 and
	        * ratified in 2021" */
	       "\\b" SW_STATUS_TREATY "\\s+(?:was|were|has\\s+been|had\\s+been)\\s+(?:formally\\s+)?signed\\b[^.;:!?]{0,40}?"
	       "\\band\\s+(?:later\\s+|then\\s+)?(?<rat>ratified)\\b|"
	       "\\b" SW_STATUS_TREATY "\\s+(?:was|were|has\\s+been|had\\s+been)\\s+(?:formally\\s+)?(?<sig>signed)\\b|"
	       "\\b(?<!not\\s)(?<!n't\\s)(?<rat>ratified)\\s+(?:the|a|an|their|its)\\s+(?:[\\w-]+\\s+){0,3}?"
	       SW_STATUS_TREATY "\\b|"
	       "\\b" SW_STATUS_TREATY "\\s+(?:was|were|has\\s+been|had\\s+been)\\s+(?<rat>ratified)\\b|"
	       "\\b(?:parliament|senate|congress|lawmakers|legislators|MPs|deputies|shareholders|members)\\s+(?:have\\s+|has\\s+)?"
	       "(?<rat>approved|backed|endorsed)\\s+(?:the|a|an)\\s+(?:[\\w-]+\\s+){0,3}?" SW_STATUS_TREATY "\\b|"
	       "\\b" SW_STATUS_TREATY "\\b[^.;:!?]{0,60}?\\b(?:(?:came|comes|come|entered|enters)\\s+into\\s+(?<force>force)|"
	       "(?:took|takes|has\\s+taken)\\s+(?<force>effect))\\b"};

gint
sw_status_treaty_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	static const gchar *const words[] = {"signed", "ratified", "in force"};
	static const gchar *const groups[] = {"sig", "rat", "force"};
	/* most text signs nothing; and the scale is read across whole
	 * versions, where a step's word alone ("approved") is common: its
	 * pattern runs where a treaty is named too (in either case: "the
	 * Washington Treaty") */
	static const gchar *const nouns[] = {"treat",	  "Treat",	"accord",     "Accord",	    "pact",
					     "Pact",	  "agreement", "Agreement",  "deal",	    "Deal",
					     "convention", "Convention", "protocol",   "Protocol", NULL};
	static const gchar *const gate[] = {"signed", "inked", "ratified", "approved", "backed", "endorsed", "force",
					    "effect", NULL};
	/* a vote of shareholders or members approves; a state ratifies */
	static const SwStatusSaid told[] = {{"approved", NULL}, {"backed", "approved"}, {"endorsed", "approved"}};

	if (!sw_status_gate_open(sentence, nouns))
		return 0;
	return sw_status_said_level(&sw_status_re_treaty, gate, groups, words, G_N_ELEMENTS(groups), told,
				    G_N_ELEMENTS(told), sentence, word, noun);
}

/* cases told suspected ("12 suspected cases of measles", "a possible
 * case") or confirmed ("12 confirmed cases", "the cases have been
 * confirmed") */
#define SW_STATUS_CASES "(?:cases?|infections?|deaths?|outbreaks?)"
static SwStatusRe sw_status_re_certainty = {
    .pattern = "(?J)\\b(?<susp>suspected|possible|probable|presumed|presumptive|unconfirmed)\\s+" SW_STATUS_CASES "\\b|"
	       "\\b(?<conf>confirmed|laboratory-confirmed|lab-confirmed)\\s+" SW_STATUS_CASES "\\b|"
	       "\\b" SW_STATUS_CASES "(?:\\s+of\\s+[\\w-]+(?:\\s+[\\w-]+)?)?\\s+(?:have|has|had)\\s+(?:now\\s+)?been\\s+"
	       "(?<conf>confirmed)\\b"};

gint
sw_status_certainty_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	static const gchar *const words[] = {"suspected", "confirmed"};
	static const gchar *const groups[] = {"susp", "conf"};
	/* most text counts no cases */
	static const gchar *const gate[] = {"case", "infection", "death", "outbreak", NULL};

	return sw_status_named_level(&sw_status_re_certainty, gate, groups, words, G_N_ELEMENTS(groups), sentence, word, noun);
}

/* what the police make of a death or a fire: not suspicious ("is not
 * being treated as suspicious", "there were no suspicious
 * circumstances"), unexplained ("are treating the death as
 * unexplained"), or suspicious ("is being treated as suspicious", "have
 * launched a murder investigation", "was started deliberately") */
static SwStatusRe sw_status_re_suspicion = {
    .pattern = "(?J)\\b(?:is|are|was|were)\\s+not\\s+(?:being\\s+)?(?:treated\\s+as\\s+|thought\\s+to\\s+be\\s+|"
	       "believed\\s+to\\s+be\\s+|considered\\s+|deemed\\s+)?(?<not>suspicious)\\b|"
	       "\\b(?:no|not)\\s+(?:being\\s+)?(?:treated\\s+as\\s+)?(?<not>suspicious)(?:\\s+(?:circumstances|death))?\\b|"
	       "\\bno\\s+(?<not>third[- ]party\\s+involvement)\\b|"
	       "\\b(?:treating|treated|treat|treats)\\s+(?:(?:(?:the|his|her|their|both)\\s+)?(?:deaths?|fire|blaze|attack|"
	       "stabbing|shooting|incident|explosion|blast)\\s+|it\\s+|"
	       "them\\s+)?"
	       "as\\s+(?:(?<unexpl>unexplained)|(?<susp>suspicious)|(?:an?\\s+act\\s+of\\s+)?(?<susp>murder|manslaughter|"
	       "arson|terrorism))\\b|"
	       "\\b(?:deaths?|fire|blaze)\\s+(?:is|was|are|were|remains?|remained)\\s+(?:still\\s+|being\\s+(?:treated|"
	       "investigated)\\s+as\\s+)?(?<unexpl>unexplained)\\b|"
	       /* an accident: "the fire was an accident", "is being treated
	        * as accidental" */
	       "\\b(?:deaths?|fire|blaze|crash)\\s+(?:is|was|are|were)\\s+(?:now\\s+)?(?:being\\s+treated\\s+as\\s+|"
	       "(?:believed|thought)\\s+to\\s+(?:be|have\\s+been)\\s+)?(?:an?\\s+)?(?:tragic\\s+)?(?<not>accident(?:al)?)\\b|"
	       "\\btreat(?:ed|ing|s)?\\s+(?:(?:the|his|her|their)\\s+)?(?:deaths?|fire|blaze|crash|it)\\s+as\\s+"
	       "(?:(?<not>accidental)|an?\\s+(?:tragic\\s+)?(?<not>accident))\\b|"
	       "\\b(?:launched|opened|begun|began|started)\\s+(?:a|an)\\s+(?<susp>(?:murder|manslaughter|arson)\\s+"
	       "(?:investigation|inquiry|probe))\\b|"
	       "\\b(?<susp>(?:murder|manslaughter|arson)\\s+(?:investigation|inquiry|probe))\\s+(?:has|had)\\s+been\\s+"
	       "(?:launched|opened|started)\\b|"
	       "\\b(?:was|were|had\\s+been|has\\s+been|been)\\s+(?:started|set|lit)\\s+(?<susp>deliberately)\\b"};

gint
sw_status_suspicion_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	static const gchar *const words[] = {"not suspicious", "unexplained", "suspicious"};
	/* a crime named is said so: "are treating the death as murder" */
	static const SwStatusSaid told[] = {
	    {"murder", NULL}, {"manslaughter", NULL}, {"arson", NULL}, {"terrorism", NULL}};
	static const gchar *const groups[] = {"not", "unexpl", "susp"};
	/* most text suspects nothing; the gate is the words themselves, as
	 * the pattern is read across a whole story */
	static const gchar *const gate[] = {"uspicious", "unexplained", "party involvement", "murder inv", "murder inq",
					    "murder probe", "manslaughter inv", "manslaughter inq", "arson inv",
					    "arson inq", "arson probe", "deliberately", "accident", "as murder", "as manslaughter",
					    "as arson", "terrorism", NULL};

	return sw_status_said_level(&sw_status_re_suspicion, gate, groups, words, G_N_ELEMENTS(groups), told,
				    G_N_ELEMENTS(told), sentence, word, noun);
}

/* an economy in recession ("fell into recession", "is in a technical
 * recession", "entered a recession") or out of it ("has emerged from
 * recession", "avoided a recession", "pulled out of recession") */
static SwStatusRe sw_status_re_recession = {
    .pattern = "(?J)\\b(?:is|are|was|were|been|fell|falls|fallen|slipped|slips|slid|plunged|tipped|tips|entered|enters|"
	       "entering|remains?|remained|still|sank|sunk)\\s+(?:back\\s+|now\\s+|still\\s+)?(?:into|in)?\\s*(?:a\\s+)?"
	       "(?:technical\\s+|deep\\s+|full-blown\\s+|mild\\s+|shallow\\s+)?(?<in>recession)\\b|"
	       "\\b(?:emerged|emerges|emerging|climbed|climbs|pulled|pulls|came|comes|crawled|is|was|are|were)\\s+"
	       "(?:out\\s+of|from)\\s+(?:the\\s+|a\\s+)?(?:[\\w-]+\\s+)?(?<out>recession)\\b|"
	       "\\b(?:avoided|avoids|escaped|escapes|dodged|averted|averts|skirted)\\s+(?:a\\s+|the\\s+)?(?:[\\w-]+\\s+)?(?<out>recession)\\b"};

gint
sw_status_recession_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	static const gchar *const words[] = {"in recession", "out of recession"};
	static const gchar *const groups[] = {"in", "out"};
	/* most text names no recession */
	static const gchar *const gate[] = {"recession", NULL};

	return sw_status_named_level(&sw_status_re_recession, gate, groups, words, G_N_ELEMENTS(groups), sentence, word, noun);
}

/* a firm's result for a period: a loss ("reported a net loss of $2
 * billion", "swung to a loss", "fell into the red", "is loss-making") or
 * a profit ("posted a pre-tax profit", "returned to profit", "is back in
 * the black", "became profitable"); not "a loss of life", no verb of a
 * result before it */
static SwStatusRe sw_status_re_result = {
    .pattern = "(?J)\\b(?:reported|reports|posted|posts|made|makes|recorded|records|booked|books|announced|"
	       "announces|expects?|expected|forecast|forecasts|predicted|(?:swung|swings|returned|returns|slumped|slumps|"
	       "plunged|plunges|fell|falls|sank|slipped|slips|moved|moves|turned|turns)\\s+(?:back\\s+)?(?:in)?to)\\s+"
	       /* of the result's own words ("a third-quarter net", "$2bn"),
	        * not a clause ("that profit grew") nor a move of it
	        * ("declines in operating profit") */
	       "(?:a|an|its\\s+first|their\\s+first|its|their)?\\s*"
	       "(?:(?!(?:that|in|of|declines?|drops?|falls?|rises?|increases?|decreases?|growth)\\b)[\\w$£€.,-]+\\s+){0,3}?"
	       "(?:(?<loss>loss)|(?<profit>profit))(?:es|s)?\\b(?!\\s+of\\s+(?:life|lives|jobs?|power|control|"
	       "contact|confidence|face)\\b)|"
	       "\\b(?:in|into)\\s+the\\s+(?:(?<loss>red)|(?<profit>black))\\b|"
	       "\\b(?:is|are|was|were|remains?|remained|became|becomes|become|been|stays?|stayed)\\s+(?:now\\s+|still\\s+|again\\s+)?"
	       "(?:(?<loss>loss-making|unprofitable)|(?<profit>profitable))\\b"};

gint
sw_status_result_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	static const gchar *const words[] = {"loss", "profit"};
	static const gchar *const groups[] = {"loss", "profit"};
	/* most text tells no result */
	static const gchar *const gate[] = {"loss", "profit", "the red", "the black", NULL};

	return sw_status_named_level(&sw_status_re_result, gate, groups, words, G_N_ELEMENTS(groups), sentence, word, noun);
}

/* one disciplined by a party, a club or an employer: out ("was expelled
 * from the party", "has been kicked out of the club", "was sacked"), suspended ("was
 * suspended from the party", "suspended pending an investigation", "had
 * the whip withdrawn"), or back ("has been reinstated", "had the whip
 * restored", "the suspension was lifted"); not trading or a service
 * suspended */
#define SW_STATUS_BODY                                                                             \
	"(?:the\\s+|his\\s+|her\\s+|their\\s+)?(?:[\\w-]+\\s+)?(?:party|club|job|post|role|duties|duty|work|school|"  \
	"league|parliament|commons|house|office|force|team|squad|university|college|council|union|board)\\b"
/* a leave one is sent on while one's conduct is looked into */
#define SW_STATUS_LEAVE                                                                            \
	"(?:(?:paid|unpaid|administrative|special|gardening|garden|compulsory|indefinite|immediate|"      \
	"precautionary)\\s+){0,2}(?<susp>leave)\\b"
static SwStatusRe sw_status_re_discipline = {
    .pattern = "(?J)\\b(?:was|were|(?:has|have|had)\\s+been|is|are)\\s+(?:\\w+ly\\s+)?(?<out>expelled|kicked\\s+out|thrown\\s+out)"
	       "\\s+(?:of|from)\\s+" SW_STATUS_BODY "|"
	       "\\b(?:was|were|(?:has|have|had)\\s+been|is|are|remains?|remained)\\s+(?:\\w+ly\\s+|still\\s+)?"
	       "(?<susp>suspended)\\s+(?:(?:from|by)\\s+" SW_STATUS_BODY "|pending\\b|"
	       /* one's work: "suspended on full pay", "from duty" (not a
	        * match "suspended" for rain) */
	       "on\\s+(?:full\\s+)?pay\\b|with(?:out)?\\s+pay\\b|from\\s+(?:work|duty|duties|teaching|school|"
	       "(?:his|her|their)\\s+(?:job|post|role|duties))\\b)|"
	       /* let go by an employer, the worst: "has been sacked" (not
	        * "fired up", "fired on") */
	       "\\b(?:was|were|(?:has|have|had)\\s+been)\\s+(?<out>sacked|fired|dismissed|ousted)\\b(?!\\s+(?:up|on|at|off|upon)\\b)|"
	       "\\b(?:had|has\\s+had|have\\s+had)\\s+(?:the\\s+|his\\s+|her\\s+)?(?:party\\s+)?whip\\s+"
	       "(?:(?<susp>suspended|withdrawn|removed)|(?<back>restored))\\b|"
	       "\\b(?:was|were|(?:has|have|had)\\s+been)\\s+(?:\\w+ly\\s+)?(?<back>reinstated|readmitted)\\b|"
	       "\\bsuspension\\s+(?:was|has\\s+been|had\\s+been)\\s+(?<back>lifted|overturned)\\b|"
	       /* an athlete barred while a case is heard, and cleared: "was
	        * provisionally suspended", "has been cleared to compete" */
	       "\\b(?:was|were|(?:has|have|had)\\s+been|is|are|remains?|remained)\\s+(?:still\\s+)?provisionally\\s+"
	       "(?<susp>suspended)\\b|"
	       "\\b(?:was|were|(?:has|have|had)\\s+been)\\s+(?:now\\s+)?(?<back>cleared)\\s+to\\s+"
	       "(?:compete|race|ride|run|fight|box)\\b|"
	       /* sent home while it is looked into: "was placed on
	        * administrative leave", "remains on leave pending an
	        * inquiry" (not a parent's or a sick leave), and back at work */
	       "\\b(?:was|were|(?:has|have|had)\\s+been|is|are|being)\\s+(?:\\w+ly\\s+)?(?:placed|put|sent)\\s+on\\s+"
	       SW_STATUS_LEAVE "|"
	       "\\b(?:is|are|was|were|remains?|remained)\\s+(?:still\\s+|currently\\s+)?on\\s+" SW_STATUS_LEAVE
	       "(?=\\s+pending\\b)|"
	       "\\b(?:(?:has|have|had)\\s+(?:now\\s+)?returned|(?:was|were|(?:has|have|had)\\s+been)\\s+(?:allowed|cleared)\\s+"
	       "to\\s+return)\\s+to\\s+(?<back>work|duty|active\\s+duty|(?:his|her|their)\\s+(?:post|job|duties))\\b"};

gint
sw_status_discipline_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	static const gchar *const words[] = {"expelled", "suspended", "reinstated"};
	/* one let go is told so, not "expelled"; one sent on leave so, not
	 * "suspended"; and one cleared to compete, not "reinstated" */
	static const SwStatusSaid told[] = {
	    {"sacked", NULL}, {"fired", NULL}, {"dismissed", NULL}, {"ousted", NULL}, {"leave", "on leave"},
	    {"cleared", NULL}};
	static const gchar *const groups[] = {"out", "susp", "back"};
	/* most text disciplines no one */
	static const gchar *const gate[] = {"xpelled", "kicked out", "thrown out", "uspended", "whip", "einstated",
					    "eadmitted", "uspension", "sacked", "fired", "dismissed", "ousted", "leave",
					    "return", "cleared to", NULL};

	return sw_status_said_level(&sw_status_re_discipline, gate, groups, words, G_N_ELEMENTS(groups), told,
				    G_N_ELEMENTS(told), sentence, word, noun);
}

/* or for a while: "was postponed", "delayed the launch", "has been pushed
 * back", "was rescheduled" (not "delayed flights", a service) */
static SwStatusRe sw_status_re_put_off = {
    .pattern = "\\b(?:postponed|delayed|pushed\\s+back|put\\s+back|rescheduled)\\b(?!\\s+(?:flights?|trains?|services?|"
	       "passengers|by\\s+\\d))"};

gint
sw_status_putoff_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	/* most text puts nothing off */
	static const gchar *const gate[] = {"cancel",	 "called off", "scrapped", "axed",	  "abandoned",
					    "postponed", "delayed",    " back",	   "rescheduled", NULL};
	static const SwStatusPairScale scale = {gate, {&sw_status_re_called_off, &sw_status_re_put_off},
						{"called off", "put off"}, {NULL, NULL}};

	return sw_status_pair_level(&scale, sentence, word, noun);
}

/* a contest's outcome for one side: "survived a confidence vote", "won
 * the election", "lost the seat", "lost its majority", "retained its
 * majority", "the motion was defeated"; lost, then won, with what was
 * contested */
#define SW_STATUS_CONTEST                                                                          \
	"(?<n>confidence vote|vote|ballot|election|referendum|motion|seat|race|contest|primary|run-?off|appeal|"   \
	"case|challenge|lawsuit|bid|majority)"
static SwStatusRe sw_status_re_outcome = {
    .pattern = "(?J)\\b(?:(?<lost>lost|loses)|(?<won>won|wins|survived|survives|retained|retains))\\s+"
	       "(?:a\\s+|an\\s+|the\\s+|its\\s+|his\\s+|her\\s+|their\\s+)?(?:[\\w-]+\\s+){0,2}?" SW_STATUS_CONTEST "\\b|"
	       "\\b(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:narrowly\\s+|heavily\\s+)?(?<lost>defeated)\\s+"
	       "(?:in|at)\\s+(?:a\\s+|an\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?" SW_STATUS_CONTEST "\\b"};

gint
sw_status_outcome_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	static const gchar *const nouns[] = {"confidence vote", "vote", "ballot", "election", "referendum", "motion",
					     "seat", "race", "contest", "primary", "runoff", "run-off", "appeal",
					     "case", "challenge", "lawsuit", "bid", "majority"};
	/* each verb's past, as the phrase gives it */
	static const gchar *const verbs[][2] = {{"lost", "lost"},	  {"loses", "lost"},	 {"won", "won"},
						 {"wins", "won"},	  {"survived", "survived"}, {"survives", "survived"},
						 {"retained", "retained"}, {"retains", "retained"}, {"defeated", "lost"}};
	/* most text tells no contest's outcome */
	static const gchar *const gate[] = {"won", "win", "los", "surviv", "retain", "defeated", NULL};
	static const gchar *const groups[] = {"lost", "won"};
	g_autofree gchar *verb = NULL;
	g_autofree gchar *n = NULL;
	gint level = sw_status_group_level(&sw_status_re_outcome, gate, groups, G_N_ELEMENTS(groups), sentence, &verb, &n);

	if (level == 0)
		return 0;
	for (guint i = 0; i < G_N_ELEMENTS(verbs); i++) {
		if (g_ascii_strcasecmp(verb, verbs[i][0]) == 0)
			*word = verbs[i][1];
	}
	*noun = sw_status_one_of(nouns, G_N_ELEMENTS(nouns), n);
	return level;
}

/* a result against what was foreseen: short of it ("missed
 * forecasts", "fell short of expectations", "worse-than-expected
 * profits"), in line ("met expectations", "was in line with forecasts"),
 * or above ("beat forecasts", "exceeded analysts' estimates"); told,
 * not foreseen ("is expected to beat forecasts" is none) */
#define SW_STATUS_FORESEEN                                                                         \
	"(?:analysts['’]?\\s+|market\\s+|city\\s+|wall\\s+street\\s+|the\\s+|its\\s+|their\\s+|consensus\\s+|"  \
	"average\\s+|earlier\\s+|most\\s+|official\\s+|economists['’]?\\s+)*"                                 \
	"(?:forecasts?|expectations|estimates|predictions|consensus)\\b"
static SwStatusRe sw_status_re_forecast = {
    .pattern = "(?J)\\b(?<!to\\s)(?<!not\\s)(?<!n't\\s)(?<!n’t\\s)(?<!will\\s)(?<!would\\s)(?<!could\\s)(?<!may\\s)"
	       "(?:(?<beat>beat|beats|exceeded|exceeds|topped|tops|surpassed|surpasses|outstripped|outstrips)|"
	       "(?<miss>missed|misses|undershot|disappointed)|"
	       "(?<miss>fell|falls|came\\s+in|comes\\s+in)\\s+(?:well\\s+|far\\s+|just\\s+)?(?:short\\s+of|below)|"
	       "(?<beat>came\\s+in|comes\\s+in)\\s+(?:well\\s+|far\\s+|just\\s+)?above|"
	       "(?<met>met|meets|matched|matches)|"
	       "(?:broadly\\s+)?(?<met>in\\s+line)\\s+with|"
	       "(?:was|were|is|are)\\s+(?:well\\s+|far\\s+|just\\s+|slightly\\s+)?(?:(?<miss>below)|(?<beat>above)))\\s+" SW_STATUS_FORESEEN "|"
	       "(?<![\\w-])(?:(?<beat>better)|(?<miss>worse|weaker))-than-(?:expected|forecast)\\b"};

gint
sw_status_forecast_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	static const gchar *const words[] = {"below forecasts", "in line with forecasts", "above forecasts"};
	static const gchar *const groups[] = {"miss", "met", "beat"};
	/* most text weighs nothing against a forecast */
	static const gchar *const gate[] = {"forecast", "xpectation", "estimate", "than-expected", "prediction",
					    "consensus", NULL};

	return sw_status_named_level(&sw_status_re_forecast, gate, groups, words, G_N_ELEMENTS(groups), sentence, word,
				     noun);
}

/* a figure told ahead, revised: "raised its profit forecast", "cut its
 * growth forecast", "the target was lowered"; down then up, with the
 * thing revised */
#define SW_STATUS_REVISED "(?<n>forecast|outlook|guidance|target|rating|estimate|projection|prediction)s?"
static SwStatusRe sw_status_re_revised = {
    .pattern = "(?J)\\b(?:(?<down>cut|cuts|cutting|lowered|lowers|lowering|reduced|reduces|downgraded|downgrades|slashed|"
	       "slashes|trimmed|trims)|(?<up>raised|raises|raising|lifted|lifts|upgraded|upgrades|increased|increases|"
	       "boosted|boosts))\\s+(?:its|their|the|his|her|our)\\s+(?:[\\w-]+\\s+){0,2}?" SW_STATUS_REVISED "\\b|"
	       "\\b" SW_STATUS_REVISED "\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been|is|are)\\s+"
	       "(?:(?<down>cut|lowered|reduced|downgraded|slashed|trimmed|revised\\s+down)|"
	       "(?<up>raised|lifted|upgraded|increased|boosted|revised\\s+up))\\b"};

gint
sw_status_revision_level(const gchar *sentence, const gchar **word, const gchar **noun)
{
	static const gchar *const nouns[] = {"forecast", "outlook",    "guidance",  "target",
					     "rating",	 "estimate",   "projection", "prediction", NULL};
	static const gchar *const groups[] = {"down", "up"};
	g_autofree gchar *n = NULL;
	/* most text revises nothing told ahead: the nouns are the gate */
	gint level = sw_status_group_level(&sw_status_re_revised, nouns, groups, G_N_ELEMENTS(groups), sentence, NULL, &n);

	if (level > 0) {
		*word = level == 1 ? "cut" : "raised";
		*noun = sw_status_one_of(nouns, G_N_ELEMENTS(nouns) - 1, n);
	}
	return level;
}

/* what is not known yet, a cause or a motive: "the cause of the fire was
 * not known", "the motive remains unclear", "has not been determined",
 * "is under investigation", "it was not immediately clear what caused
 * the crash" */
#define SW_STATUS_UNKNOWN_OF "(?:\\s+(?:of|for|behind)\\s+[^.,;:!?\"]{1,50}?)?"
static SwStatusRe sw_status_re_unknown = {
    .pattern = "(?J)\\b(?<n>cause|motive|source)s?\\b" SW_STATUS_UNKNOWN_OF "\\s+"
	       "(?:(?:is|was|are|were|remains?|remained)\\s+(?:still\\s+|as\\s+yet\\s+)?"
	       "(?:not\\s+(?:yet\\s+|immediately\\s+|officially\\s+)?(?:known|clear|determined|established|"
	       "confirmed|released|disclosed)|unknown|unclear|undetermined|a\\s+mystery|under\\s+investigation|"
	       "being\\s+investigated)|"
	       "(?:has|have|had)\\s+(?:not|yet\\s+to)\\s+(?:yet\\s+)?been\\s+(?:determined|established|confirmed|"
	       "released|disclosed|made\\s+public))\\b|"
	       "\\b(?:it\\s+(?:is|was|remains|remained)|it['’]s)\\s+(?:still\\s+)?(?:not\\s+(?:yet\\s+|immediately\\s+)?"
	       "(?:known|clear)|unclear|unknown)\\s+(?:what|how)\\s+(?:had\\s+)?(?<c>caused|started|sparked|triggered)\\b|"
	       /* the noun after a verb of telling denied: "Police have not
	        * released a motive", "are yet to establish a cause", "gave
	        * no motive"; "no known motive" */
	       "\\b(?:(?:has|have|had|did)\\s+not|(?:has|have|had|is|are|was|were)\\s+yet\\s+to)\\s+(?:yet\\s+)?"
	       "(?:released|given|disclosed|revealed|offered|established|determined|identified|found|named|give|release|"
	       "disclose|reveal|offer|establish|determine|identify|find|name)\\s+(?:a|any|the)\\s+"
	       "(?:possible\\s+|likely\\s+|official\\s+)?(?<n>cause|motive|source)\\b|"
	       /* a search for it under way: "are trying to identify the source
	        * of the outbreak" */
	       "\\b(?:trying|working|seeking|attempting|racing|struggling)\\s+to\\s+(?:identify|find|establish|determine|"
	       "trace|pinpoint|locate)\\s+the\\s+(?:exact\\s+|precise\\s+)?(?<n>cause|source)\\b|"
	       "\\b(?:gave|given|offered|released|there\\s+(?:is|was))\\s+no\\s+(?:known\\s+|apparent\\s+|obvious\\s+)?"
	       "(?<n>cause|motive|source)\\b|\\bno\\s+(?:known|apparent|obvious)\\s+(?<n>cause|motive|source)\\b"};

/* an event moved to another time: "has been rescheduled for 19 May",
 * "pushed the vote back to June", "was brought forward to Friday", "has
 * been moved to Thursday" (moved only in the passive: one who moved to
 * London moved house) */
static SwStatusRe sw_status_re_moved = {
    .pattern = "\\b(?:re-?scheduled|(?:pushed|put|brought|pulled)\\s+(?:[\\w-]+\\s+){0,3}?(?:back|forward)|"
	       "(?:been|was|were|is|are|be)\\s+(?:\\w+ly\\s+)?(?:moved|switched))\\s+(?:to|for|until|till)\\b"};

gboolean
sw_status_moved_to(const gchar *sentence)
{
	/* most sentences move nothing */
	static const gchar *const gate[] = {"schedule", "back ", "forward ", "moved ", "switched ", NULL};

	return sw_status_gate_open(sentence, gate) && g_regex_match(sw_status_re(&sw_status_re_moved), sentence, 0, NULL);
}

/* what a sentence tells the cause or the motive was: "the cause was an
 * electrical fault", "the motive appeared to be robbery", "was started by
 * a discarded cigarette"; none of the words of not knowing, and not "a
 * cause" nor "no cause", one of many or none */
#define SW_STATUS_TOLD "(?<what>(?!(?:not|unknown|unclear|undetermined|under|still|being|determined|established|" \
	"confirmed|released|known|investigated|a\\s+mystery)\\b)[^.;:!?,\"]{3,80})"
static SwStatusRe sw_status_re_told = {
    .pattern = "(?J)(?<!\\bno\\s)(?<!\\ba\\s)\\b(?<n>cause|motive|source)\\b" SW_STATUS_UNKNOWN_OF "\\s+"
	       "(?:is|was|has\\s+been|had\\s+been|appears?\\s+to\\s+(?:be|have\\s+been)|appeared\\s+to\\s+(?:be|have\\s+been))\\s+"
	       "(?:(?:now\\s+|officially\\s+)?(?:believed|thought|said|understood|found|confirmed|suspected)\\s+to\\s+"
	       "(?:be|have\\s+been)\\s+|(?:identified|given|listed|ruled)\\s+as\\s+)?" SW_STATUS_TOLD "|"
	       "\\b(?:was|were|had\\s+been|has\\s+been|have\\s+been)\\s+(?:probably\\s+|likely\\s+|apparently\\s+|accidentally\\s+|"
	       "deliberately\\s+)?(?<c>caused|started|sparked|triggered)\\s+(?:deliberately\\s+|accidentally\\s+)?by\\s+"
	       SW_STATUS_TOLD "|"
	       /* or how, with no one named: "The fire was started
	        * deliberately", "was set on purpose" */
	       "\\b(?:was|were|had\\s+been|has\\s+been|have\\s+been)\\s+(?:probably\\s+|likely\\s+|apparently\\s+)?"
	       "(?<c>started|set|lit)\\s+(?<what>deliberately|accidentally|on\\s+purpose)\\b|"
	       /* a source found: "have traced the outbreak to a restaurant" */
	       "\\b(?<n>traced)\\s+(?:the\\s+|an?\\s+)?(?:[\\w-]+\\s+)?(?:outbreak|leak|infections?|cases?|contamination|"
	       "fire|blaze|spill|pollution|it|them)\\s+(?:back\\s+)?to\\s+" SW_STATUS_TOLD};

gboolean
sw_status_unknown(const gchar *sentence, const gchar **noun)
{
	g_autoptr(GMatchInfo) m = NULL;
	g_autofree gchar *n = NULL;

	static const gchar *const nouns[] = {"motive", "source"};
	/* most sentences name none, nor a verb of causing */
	static const gchar *const gate[] = {"aus", "otive", "ource", "started", "sparked", "triggered", NULL};

	if (!sw_status_gate_open(sentence, gate))
		return FALSE;
	if (!g_regex_match(sw_status_re(&sw_status_re_unknown), sentence, 0, &m))
		return FALSE;
	n = g_match_info_fetch_named(m, "n");
	*noun = sw_status_one_of(nouns, G_N_ELEMENTS(nouns), n);
	if (*noun == NULL)
		*noun = "cause";
	return TRUE;
}

gchar *
sw_status_told(const gchar *sentence, const gchar *noun)
{
	static const gchar *const ends[] = {" and ", " but ", " which ", " who ", " after ", " according ",
					    " police ", " officials ", " investigators ", " the fire service"};
	/* most sentences tell none */
	static const gchar *const gate[] = {"aus", "otive", "ource", "started", "sparked", "triggered", "traced",
					    "deliberately", "accidentally", "on purpose", NULL};
	g_autoptr(GMatchInfo) m = NULL;

	if (sw_status_gate_open(sentence, gate) && g_regex_match(sw_status_re(&sw_status_re_told), sentence, 0, &m)) {
		g_autofree gchar *n = g_match_info_fetch_named(m, "n");
		g_autofree gchar *c = g_match_info_fetch_named(m, "c");
		g_autofree gchar *what = g_match_info_fetch_named(m, "what");
		/* "was caused by" tells a cause, never a motive; "the
		 * motive was" a motive; "the source was", "traced it to" a
		 * source */
		const gchar *of = c != NULL && *c != '\0'						 ? "cause"
				  : n != NULL && g_ascii_strcasecmp(n, "motive") == 0			 ? "motive"
				  : n != NULL && (g_ascii_strcasecmp(n, "source") == 0 || g_str_equal(n, "traced")) ? "source"
												 : "cause";
		if (what == NULL || !g_str_equal(of, noun))
			return NULL;
		/* the thing itself, not the clause that goes on after it */
		for (guint i = 0; i < G_N_ELEMENTS(ends); i++) {
			gchar *at = strstr(what, ends[i]);
			if (at != NULL)
				*at = '\0';
		}
		g_strstrip(what);
		return *what != '\0' ? g_steal_pointer(&what) : NULL;
	}
	return NULL;
}

/* one side ahead of another, both named: "Arsenal lead Chelsea 2-1",
 * "Smith is ahead of Jones in the polls", "Labour has overtaken the
 * Conservatives", "took the lead from" (not "led", which may be over, nor
 * "Allianz's lead bank") */
#define SW_STATUS_SIDE "(?-i:\\p{Lu}[\\w'’.&-]*)(?:\\s+(?-i:\\p{Lu}[\\w'’.&-]*)){0,3}"
#define SW_STATUS_FIELD_LEAD \
	"(?:(?:is|are|was|were|now|still|remains?|remained)\\s+){0,2}(?:leads?|leading|tops?|top\\s+of|in\\s+the\\s+lead)"
static SwStatusRe sw_status_re_lead = {
    .pattern = /* one side ahead of the field, in a contest it names ("Smith
		* leads the race", "Leeds are top of the table", "Adele tops
		* the charts"; read before a side behind, which "leads the
		* Democratic race" is not), or by a figure, after a side
		* behind ("Jones is in the lead by 150 votes", "leads with
		* 48%", not "leads with 48% to Tom Jones's 45%") */
	       "(?<who1>" SW_STATUS_SIDE ")(?<!['’]s)\\s+" SW_STATUS_FIELD_LEAD "\\s+(?:in\\s+)?(?:the\\s+)?"
	       "(?<contest>(?:[\\w-]+\\s+){0,2}?(?:race|polls?|count|vote|ballot|standings|table|league|championship|"
	       "leaderboard|field|primary|contest|tally|charts?))\\b|"
	       "(?<who>" SW_STATUS_SIDE ")(?<!['’]s)\\s+(?:(?:is|are|was|were|has|have|had|now|still|remains?|remained|moved|"
	       "edged|pulled|gone|went|been)\\s+){0,3}"
	       "(?:leads?|leading|ahead\\s+of|overtook|overtaken|overtakes|(?:took|taken|takes|take)\\s+"
	       "(?:over\\s+)?the\\s+lead\\s+(?:from|over)|"
	       /* a poll's lead told in its figures: "leads with 48% to
	        * Tom Jones's 45%" */
	       "(?:leads?|leading|ahead)\\s+(?:with|on)\\s+[\\d.]+\\s*(?:%|per\\s*cent|percent)(?:\\s+of\\s+the\\s+vote)?,?\\s+"
	       "(?:to|against|over|compared\\s+with|versus|vs\\.?))\\s+(?:the\\s+)?(?<behind>" SW_STATUS_SIDE ")|"
	       "(?<who2>" SW_STATUS_SIDE ")(?<!['’]s)\\s+" SW_STATUS_FIELD_LEAD "\\s+(?:by|with|on)\\s+[\\d£$€]|"
	       /* and the side behind first: "Smith now trails Jones",
	        * "Labour is trailing the Conservatives", "has fallen behind
	        * Jones in the polls" */
	       "(?<last>" SW_STATUS_SIDE ")(?<!['’]s)\\s+(?:(?:(?:is|are|was|were|has|have|had|now|still|remains?|remained|"
	       "narrowly)\\s+){0,3}(?:trails?|trailing|trailed)|"
	       /* "behind" only after a fall: not "the group behind Hamas",
	        * nor "Russia was behind the attack", one responsible */
	       "(?:(?:has|have|had|now)\\s+)?(?:fallen|fell|slipped|dropped)\\s+(?:further\\s+|well\\s+)?behind)\\s+"
	       "(?:the\\s+)?(?<first>" SW_STATUS_SIDE ")(?![\\w'’])"};

/* the offence a sentence tells one charged with, convicted of or
 * cleared of: "has been charged with murder", "was convicted of
 * attempted murder", "is accused of fraud", "pleaded guilty to
 * manslaughter" */
static SwStatusRe sw_status_re_charge = {
    .pattern = "\\b(?<phrase>(?:charged\\s+with|convicted\\s+of|accused\\s+of|found\\s+guilty\\s+of|"
	       "found\\s+not\\s+guilty\\s+of|cleared\\s+of|acquitted\\s+of|arrested\\s+on\\s+suspicion\\s+of|"
	       "pleaded\\s+(?:not\\s+)?guilty\\s+to|admitted|denies|denied)\\s+(?:a\\s+|one\\s+|two\\s+|three\\s+|\\d+\\s+)?"
	       "(?:counts?\\s+of\\s+)?(?<charge>(?:attempted\\s+|conspiracy\\s+to\\s+commit\\s+|aggravated\\s+|sexual\\s+)?"
	       "(?:murder|manslaughter|fraud|theft|assault|rape|robbery|burglary|arson|bribery|perjury|kidnapping|"
	       "stalking|harassment|terrorism|treason|espionage|embezzlement|money\\s+laundering|grievous\\s+bodily\\s+harm|"
	       "causing\\s+death\\s+by\\s+dangerous\\s+driving)))\\b"};

gchar *
sw_status_charge(const gchar *sentence, gchar **phrase)
{
	/* most sentences charge no one */
	static const gchar *const gate[] = {"charged", "convicted", "accused", "guilty", "cleared", "acquitted",
					    "suspicion", "admitted", "denie", NULL};
	g_autoptr(GMatchInfo) m = NULL;
	g_autofree gchar *charge = NULL;

	if (!sw_status_gate_open(sentence, gate) || !g_regex_match(sw_status_re(&sw_status_re_charge), sentence, 0, &m))
		return NULL;
	charge = g_match_info_fetch_named(m, "charge");
	if (charge == NULL || *charge == '\0')
		return NULL;
	*phrase = g_match_info_fetch_named(m, "phrase");
	return g_ascii_strdown(charge, -1);
}

/* a length told as a term in prison: before it ("jailed for", "was
 * sentenced to", "his sentence was cut to", "a prison term of") or after
 * it ("a six-year sentence", "eight years in jail") */
static SwStatusRe sw_status_re_term_before = {
    .pattern = "\\b(?:jailed|imprisoned|sentenced|locked\\s+up|sentence|term)\\b(?:\\s+(?:was|has\\s+been|had\\s+been|is))?"
	       "(?:\\s+(?:cut|reduced|increased|extended|raised|lengthened|shortened|halved|doubled))?(?:\\s+on\\s+appeal)?"
	       "\\s+(?:for|to|of)\\s+(?:up\\s+to\\s+)?$"};
static SwStatusRe sw_status_re_term_after = {
    .pattern = "^(?:[\\s-]+(?:prison|jail)\\s+(?:term|sentence)|[\\s-]+sentence|\\s+in\\s+(?:prison|jail)|\\s+behind\\s+bars)\\b"};

gboolean
sw_status_prison_term(const gchar *sentence, gsize start, gsize end)
{
	/* most sentences tell no term */
	static const gchar *const gate[] = {"jail", "prison", "sentence", "term", "bars", "locked", NULL};
	gsize from = start > 60 ? start - 60 : 0;
	g_autofree gchar *head = NULL;

	if (!sw_status_gate_open(sentence, gate))
		return FALSE;
	head = g_strndup(sentence + from, start - from);
	return g_regex_match(sw_status_re(&sw_status_re_term_before), head, 0, NULL) ||
	       g_regex_match(sw_status_re(&sw_status_re_term_after), sentence + end, 0, NULL);
}

/* @name's last word: "Conservatives" of "The Conservatives" */
static const gchar *
sw_status_side_head(const gchar *name)
{
	const gchar *sp = strrchr(name, ' ');

	return sp != NULL ? sp + 1 : name;
}

gboolean
sw_status_may_lead(const gchar *text)
{
	/* most text tells no lead ("leaders" none either) */
	static const gchar *const gate[] = {"lead ", "leads", "leading", "ahead", "overt", " top", "trail", "behind", NULL};

	return sw_status_gate_open(text, gate);
}

gboolean
sw_status_lead(const gchar *sentence, gchar **ahead, gchar **behind, gchar **contest)
{
	static const gchar *const possessives[] = {"'s", "’s"};
	static const gchar *const field[] = {"who1", "who2"}; /* in a contest, by a figure */
	g_autoptr(GMatchInfo) m = NULL;

	if (!sw_status_may_lead(sentence))
		return FALSE;
	if (!g_regex_match(sw_status_re(&sw_status_re_lead), sentence, 0, &m))
		return FALSE;
	*ahead = g_match_info_fetch_named(m, "who");
	*behind = g_match_info_fetch_named(m, "behind");
	*contest = NULL;
	if (**ahead == '\0') {
		g_autofree gchar *first = g_match_info_fetch_named(m, "first");
		if (first != NULL && *first != '\0') {
			g_free(*ahead);
			g_free(*behind);
			*ahead = g_steal_pointer(&first);
			*behind = g_match_info_fetch_named(m, "last");
		}
	}
	/* one side named, ahead of the field */
	for (guint i = 0; i < G_N_ELEMENTS(field) && **ahead == '\0'; i++) {
		g_free(*ahead);
		g_clear_pointer(behind, g_free);
		*ahead = g_match_info_fetch_named(m, field[i]);
		g_free(*contest);
		*contest = g_match_info_fetch_named(m, "contest");
	}
	/* a sentence's capital is no name: "The Conservatives" is
	 * "Conservatives" */
	if (g_str_has_prefix(*ahead, "The ")) {
		gchar *rest = g_strdup(*ahead + 4);
		g_free(*ahead);
		*ahead = rest;
	}
	for (guint k = 0; k < 2; k++) {
		gchar *side = k == 0 ? *ahead : *behind;
		gsize n;
		const gchar *head;
		if (side == NULL)
			continue;
		/* a side named as its figure's: "Tom Jones's 45%" */
		for (guint i = 0; i < G_N_ELEMENTS(possessives); i++) {
			if (g_str_has_suffix(side, possessives[i]))
				side[strlen(side) - strlen(possessives[i])] = '\0';
		}
		/* the sentence's full stop, not an initial's ("the U.S.") */
		n = strlen(side);
		head = sw_status_side_head(side);
		if (n > 0 && side[n - 1] == '.' && strchr(head, '.') == side + n - 1)
			side[n - 1] = '\0';
	}
	return TRUE;
}

gboolean
sw_status_same_side(const gchar *a, const gchar *b)
{
	return g_ascii_strcasecmp(sw_status_side_head(a), sw_status_side_head(b)) == 0;
}

gboolean
sw_status_other_events(const gchar *a, const gchar *b)
{
	g_autoptr(SwStatus) x = a != NULL ? sw_status_of_sentence(a) : NULL;
	g_autoptr(SwStatus) y = b != NULL ? sw_status_of_sentence(b) : NULL;

	return x != NULL && y != NULL && x->event != NULL && y->event != NULL && sw_status_is_family(x->event) &&
	       sw_status_is_family(y->event) && !g_str_equal(x->event, y->event);
}

const gchar *
sw_status_kind_to_string(SwStatusKind kind)
{
	static const gchar *const names[] = {"none", "expected", "done", "negated", "missing", "found"};
	return (guint)kind < G_N_ELEMENTS(names) ? names[kind] : "none";
}


/* the words that say so, text[@s, @e), a long "between" or "for" phrase
 * left out: "hearing … was adjourned" */
static gchar *
sw_status_phrase(GMatchInfo *m, const gchar *sentence, gint s, gint e)
{
	gint ms = -1, me = -1;

	if (g_match_info_fetch_named_pos(m, "mid", &ms, &me) && ms >= s && me <= e && me - ms > 24)
		return g_strdup_printf("%.*s …%.*s", ms - s, sentence + s, e - me, sentence + me);
	return g_strndup(sentence + s, (gsize)(e - s));
}

/* the word that ends before text[*@at], past spaces, lower case, with
 * *@at moved to its start; NULL at punctuation or the start */
static gchar *
sw_status_word_back(const gchar *sentence, gsize *at)
{
	gsize e, b;

	while (*at > 0 && sentence[*at - 1] == ' ')
		(*at)--;
	e = b = *at;
	while (b > 0 && (g_ascii_isalnum(sentence[b - 1]) || sentence[b - 1] == '-' || sentence[b - 1] == '\''))
		b--;
	if (b == e)
		return NULL;
	*at = b;
	return g_ascii_strdown(sentence + b, (gssize)(e - b));
}

/* is one of @opens among the @max words before the phrase at @at, with
 * no punctuation between? */
static gboolean
sw_status_opened_by(const gchar *sentence, gsize at, guint max, const gchar *const *opens)
{
	for (guint words = 0; words < max; words++) {
		g_autofree gchar *word = sw_status_word_back(sentence, &at);
		if (word == NULL)
			return FALSE;
		if (g_strv_contains(opens, word))
			return TRUE;
	}
	return FALSE;
}

/* does the phrase at @at follow a relative pronoun ("that will pause"),
 * past an auxiliary the phrase leaves out ("who was convicted")? 2 for
 * a clause that says which one ("the ship that blocked the canal"), 1
 * for one between commas that adds to it ("Ms Odhiambo, who resigned on
 * Monday,"), 0 for none */
static gint
sw_status_relative(const gchar *sentence, gsize at)
{
	static const gchar *const pronouns[] = {"that", "which", "who", NULL};
	static const gchar *const aux[] = {"has", "have", "had", "was", "were", "is", "are", "been", "later", "also",
					   NULL};

	for (guint words = 0; words < 3; words++) {
		g_autofree gchar *word = sw_status_word_back(sentence, &at);
		if (word == NULL)
			return 0;
		if (g_strv_contains(pronouns, word)) {
			while (at > 0 && sentence[at - 1] == ' ')
				at--;
			return at > 0 && sentence[at - 1] == ',' ? 1 : 2;
		}
		if (!g_strv_contains(aux, word))
			return 0;
	}
	return 0;
}

/* does the phrase at @at stand in a clause a conjunction of time or
 * cause opens, a few words back with no punctuation between ("resumed
 * flights after a computer outage grounded its fleet")? */
static gboolean
sw_status_subordinate(const gchar *sentence, gsize at)
{
	/* not "though": what a concession grants is the story's news too
	 * ("still in the works, even though it didn't come to pass") */
	static const gchar *const opens[] = {"after", "before", "because", "since", "when", "while", "until",
					     "once", NULL};

	return sw_status_opened_by(sentence, at, 6, opens);
}

/* does the phrase at @at stand in a condition, a few words back with no
 * punctuation between ("will walk out if no deal is reached", "unless
 * the talks resume")? What may happen is no status of the story */
static gboolean
sw_status_conditional(const gchar *sentence, gsize at)
{
	/* "whether the deal is approved remains unclear" asks, as "if"
	 * supposes */
	static const gchar *const opens[] = {"if", "unless", "whether", NULL};

	return sw_status_opened_by(sentence, at, 5, opens);
}

/* does a future or a modal stand just before the phrase at @at ("will
 * be freed", "to be freed", "could be found")? What is done or found
 * there is still ahead */
static gboolean
sw_status_after_future(const gchar *sentence, gsize at)
{
	static const gchar *const aux[] = {"will", "to", "would", "could", "may", "might", "shall", "should", NULL};
	g_autofree gchar *be = sw_status_word_back(sentence, &at);
	g_autofree gchar *word = NULL;

	if (be == NULL || !g_str_equal(be, "be"))
		return FALSE;
	word = sw_status_word_back(sentence, &at);
	return word != NULL && g_strv_contains(aux, word);
}

/* is the match @m a death of a count ("At least two people have died")?
 * That is a toll, which the figures tell, not one death's status */
static gboolean
sw_status_toll(GMatchInfo *m, const gchar *sentence, gsize at)
{
	static const gchar *const numbers[] = {"two",	"three",    "four",	"five", "six", "seven", "eight",
					       "nine", "ten", "dozens", "hundreds", "thousands", NULL};
	g_autofree gchar *ev = g_match_info_fetch_named(m, "ev");

	if (ev == NULL || (g_ascii_strcasecmp(ev, "died") != 0 && g_ascii_strcasecmp(ev, "dead") != 0 &&
			   g_ascii_strncasecmp(ev, "passed", 6) != 0))
		return FALSE;
	/* the count its subject: "two people have died", not "was hit three
	 * times and was pronounced dead" */
	for (guint words = 0; words < 4; words++) {
		g_autofree gchar *word = sw_status_word_back(sentence, &at);
		if (word == NULL || g_str_equal(word, "and") || g_str_equal(word, "but"))
			return FALSE;
		if (g_ascii_isdigit(word[0]) || g_strv_contains(numbers, word))
			return TRUE;
	}
	return FALSE;
}

static gboolean
sw_status_in_relative(const gchar *sentence, gsize at)
{
	return sw_status_relative(sentence, at) != 0;
}

/* does the phrase at @at open a participle's clause after the main one
 * ("The strike went ahead, closing 300 schools")? What it tells follows
 * from the main clause's event */
static gboolean
sw_status_participle(const gchar *sentence, gsize at)
{
	gsize end = at;
	gsize before = at;

	while (g_ascii_isalpha(sentence[end]))
		end++;
	while (before > 0 && sentence[before - 1] == ' ')
		before--;
	return end - at > 4 && g_ascii_strncasecmp(sentence + end - 3, "ing", 3) == 0 && before > 0 &&
	       before < at && sentence[before - 1] == ',';
}

/* is the phrase at @at in a clause below the sentence's main one? */
static gboolean
sw_status_in_clause(const gchar *sentence, gsize at)
{
	return sw_status_in_relative(sentence, at) || sw_status_subordinate(sentence, at) ||
	       sw_status_participle(sentence, at);
}

/* is the event of the match @m a telling: "say", "comment", "confirm"? */
static gboolean
sw_status_tells(GMatchInfo *m)
{
	static const gchar *const tells[] = {"say", "said", "comment", "commented", "confirm", "confirmed",
					     "disclose", "disclosed", "respond", "responded", "reveal", "revealed",
					     "elaborate", "specify", "specified", "speculate", "discuss", "name",
					     "named", "identify", "identified", "reply", NULL};
	g_autofree gchar *ev = g_match_info_fetch_named(m, "ev");
	g_autofree gchar *low = ev != NULL ? g_ascii_strdown(ev, -1) : NULL;

	return low != NULL && g_strv_contains(tells, low);
}

/* does the match @m deny a state and no event: "was not enough", "is
 * not clear", "were not immediately available"? After a form of "be"
 * only a participle ("was not signed", "is not going ahead"), a word of
 * an event's family ("is not open"), one of an end reached ("was not
 * ready") or any after "yet" ("is not yet available") tells one; no
 * denial (@kind) of a telling does ("did not say", "declined to
 * comment") */
static gboolean
sw_status_denies_no_event(GMatchInfo *m, SwStatusKind kind)
{
	static const gchar *const participles[] = {"held", "left", "lost", "kept", "sent", "built", "met", "paid",
						   "sold", "made", "found", "struck", "won", "cut", "hit", "set",
						   "shut", "told", "bought", "brought", "caught", "put", "run", "done",
						   "ready", "complete", "over", NULL};
	gint ys = -1, ye = -1;
	g_autofree gchar *be = g_match_info_fetch_named(m, "be");
	g_autofree gchar *ev = NULL;
	g_autofree gchar *low = NULL;
	g_autofree gchar *family = NULL;

	/* a source that would not say denies nothing of the story: "did
	 * not say how many", "declined to comment" */
	if (kind == SW_STATUS_NEGATED && sw_status_tells(m))
		return TRUE;
	if (be == NULL || *be == '\0')
		return FALSE;
	if (g_match_info_fetch_named_pos(m, "yet", &ys, &ye) && ye > ys)
		return FALSE;
	ev = g_match_info_fetch_named(m, "ev");
	low = g_ascii_strdown(ev != NULL ? ev : "", -1);
	family = sw_status_event(low);
	if (family != NULL && sw_status_is_family(family))
		return FALSE;
	/* what is not known is no event of the story */
	if (g_str_equal(low, "known"))
		return TRUE;
	if (g_str_has_suffix(low, "ed") || g_str_has_suffix(low, "en") || g_str_has_suffix(low, "wn") ||
	    g_str_has_suffix(low, "ing"))
		return FALSE;
	return !g_strv_contains(participles, low);
}

/* the length of the one of @words (@n of them) that @text opens with,
 * whole (not "into forces"), or 0 */
static gsize
sw_status_words_next(const gchar *text, const gchar *const *words, guint n)
{
	for (guint i = 0; i < n; i++) {
		gsize len = strlen(words[i]);
		if (strncmp(text, words[i], len) == 0 && !g_ascii_isalnum(text[len]))
			return len;
	}
	return 0;
}

/* the end of the particle after the verb at sentence[@s, @e) ("touch
 * down", "walk out", "pass away", "take effect"), else @e; not after an adverb ("will
 * be always up"), nor one before a place a participle was at ("was
 * rescued off the coast") */
static gsize
sw_status_particle_end(const gchar *sentence, gsize s, gsize e)
{
	static const gchar *const particles[] = {"down", "off", "out", "up", "back", "away", "ahead"};
	static const gchar *const determiners[] = {" the ", " a ", " an "};
	/* what "take" takes to make one verb: "will take effect" */
	static const gchar *const taken[] = {"effect", "place", "office", "charge", "power", "part"};
	const gchar *p = sentence + e;
	gsize whole;

	/* of the short verbs only "go" takes one ("will go ahead") */
	if (*p != ' ' || (e - s < 3 && !(e - s == 2 && g_ascii_strncasecmp(sentence + s, "go", 2) == 0)) ||
	    (sentence[e - 2] == 'l' && sentence[e - 1] == 'y') ||
	    (e - s == 6 && g_ascii_strncasecmp(sentence + s, "always", 6) == 0))
		return e;
	/* and "come" into force: "will come into force" */
	if (g_ascii_strncasecmp(sentence + s, "come", 4) == 0 || g_ascii_strncasecmp(sentence + s, "came", 4) == 0) {
		static const gchar *const into[] = {"into force", "into effect"};
		if ((whole = sw_status_words_next(p + 1, into, G_N_ELEMENTS(into))) > 0)
			return e + 1 + whole;
	}
	if (g_ascii_strncasecmp(sentence + s, "take", 4) == 0 || g_ascii_strncasecmp(sentence + s, "took", 4) == 0) {
		if ((whole = sw_status_words_next(p + 1, taken, G_N_ELEMENTS(taken))) > 0)
			return e + 1 + whole;
	}
	for (guint i = 0; i < G_N_ELEMENTS(particles); i++) {
		gsize n = strlen(particles[i]);
		if (strncmp(p + 1, particles[i], n) != 0 || g_ascii_isalnum(p[1 + n]) || p[1 + n] == '-')
			continue;
		/* an idiom whole: "settled out of court" */
		if (strncmp(p + 1 + n, " of court", 9) == 0 && !g_ascii_isalnum(p[10 + n]))
			return e + 1 + n + 9;
		if (strncmp(p + 1 + n, " to ", 4) == 0)
			return e;
		for (guint k = 0; sentence[e - 2] == 'e' && sentence[e - 1] == 'd' && k < G_N_ELEMENTS(determiners); k++) {
			if (g_str_has_prefix(p + 1 + n, determiners[k]))
				return e;
		}
		return e + 1 + n;
	}
	return e;
}

/* the event of a status's verb @ev of @kind, whose sense there differs
 * from its others': a place open is what a closed one is again, no
 * launch; one cleared of a charge is acquitted ("cleared up" is another
 * sense), and a case heard awaits its ruling; a website down is a service stopped ("down 5%" is a figure) */
static gchar *
sw_status_event_of_kind(SwStatusKind kind, const gchar *ev)
{
	static const struct {
		SwStatusKind kind;
		const gchar *word;
		const gchar *family;
	} senses[] = {
	    {SW_STATUS_DONE, "open", "restore"},
	    {SW_STATUS_DONE, "cleared", "verdict"},
	    {SW_STATUS_NEGATED, "down", "restore"},
	    /* a place sealed is shut; a deal sealed is done */
	    {SW_STATUS_NEGATED, "sealed", "restore"},
	    {SW_STATUS_NEGATED, "sealed off", "restore"},
	    {SW_STATUS_NEGATED, "sealing", "restore"},
	    {SW_STATUS_NEGATED, "seals", "restore"},
	    {SW_STATUS_EXPECTED, "sued", "verdict"},
	    {SW_STATUS_EXPECTED, "heard", "verdict"},
	    {SW_STATUS_EXPECTED, "challenged", "verdict"},
	    {SW_STATUS_EXPECTED, "suing", "verdict"},
	    {SW_STATUS_EXPECTED, "call", "vote"},
	    {SW_STATUS_DONE, "settled", "verdict"},
	    /* a player suspended for matches is sanctioned; a service
	     * suspended is stopped */
	    {SW_STATUS_DONE, "suspended", "verdict"},
	};

	g_autofree gchar *event = NULL;

	for (guint i = 0; ev != NULL && i < G_N_ELEMENTS(senses); i++) {
		if (kind == senses[i].kind && g_str_equal(ev, senses[i].word))
			return g_strdup(senses[i].family);
	}
	event = sw_status_event(ev);
	/* one found, whatever the verb ("handed himself in", "gave himself
	 * up"), ends a search */
	if (kind == SW_STATUS_FOUND && event != NULL && !sw_status_is_family(event))
		return g_strdup("find");
	return g_steal_pointer(&event);
}

/* a search for people, missing or wanted: "the search for survivors",
 * "searches for the missing climbers", "the search for the gunman" */
static SwStatusRe sw_status_re_sought = {
    .pattern = "\\bsearch(?:es)?\\s+for\\s+(?:the\\s+|a\\s+|two\\s+|three\\s+|four\\s+|\\d+\\s+)?(?:[\\w-]+\\s+)?"
	       "(?:missing|survivors|bodies|victims|climbers?|hikers?|crew|fishermen|passengers|child|children|boy|girl|"
	       "man|woman|men|women|teenagers?|suspects?|gunman|gunmen|killer|fugitive|escaped?)\\b"};

/* the family of what a sentence says comes into force, the nearest
 * such noun before @start in its clause ("The law, passed in March, took
 * effect"), or NULL */
static gchar *
sw_status_force_subject(const gchar *sentence, gsize start)
{
	static SwStatusRe subject = {
	    .pattern = "^.*\\b(?<n>laws?|legislation|bans?|tariffs?|sanctions|embargo|ceasefire|truce|agreement|deal|"
		       "treaty|accord|pact|curfew|lockdown|restrictions)\\b[^.;:!?]{0,60}$"};
	g_autoptr(GMatchInfo) m = NULL;
	g_autofree gchar *head = g_strndup(sentence, start);
	g_autofree gchar *noun = NULL;
	gchar *family;

	if (!g_regex_match(sw_status_re(&subject), head, 0, &m))
		return NULL;
	noun = g_match_info_fetch_named(m, "n");
	family = sw_status_event(noun);
	if (!sw_status_is_family(family))
		g_clear_pointer(&family, g_free);
	return family;
}

/* the status rule @i's match @m at [@s, @e) in @sentence states */
static SwStatus *
sw_status_new_match(GMatchInfo *m, const gchar *sentence, guint i, gint s, gint e, gboolean relative)
{
	SwStatus *st = g_new0(SwStatus, 1);
	g_autofree gchar *ev = g_match_info_fetch_named(m, "ev");
	g_autofree gchar *padded = g_strdup_printf("|%s|", ev != NULL ? ev : "");

	gint es = -1, ee = -1;

	/* a verb's particle is the verb's: "touch down", "walk out", "take
	 * over"? not "up to 5%", a bound; and its family, where the two make
	 * one ("passed away" a death, "passed" alone not) */
	if (g_match_info_fetch_named_pos(m, "ev", &es, &ee) && ee == e) {
		e = (gint)sw_status_particle_end(sentence, (gsize)es, (gsize)e);
		if (e > ee) {
			g_autofree gchar *whole = g_strndup(sentence + es, (gsize)(e - es));
			g_autofree gchar *family = sw_status_event(whole);
			if (sw_status_is_family(family)) {
				g_free(ev);
				ev = g_steal_pointer(&whole);
			}
		}
	}
	/* what says which one is background; what adds to it between commas
	 * may be news ("Ms Odhiambo, who resigned on Monday,") */
	st->background = relative && sw_status_relative(sentence, (gsize)s) == 2;
	st->relative = relative;
	st->kind = sw_status_rules[i].kind;
	st->start = (gsize)s;
	st->end = (gsize)e;
	st->phrase = sw_status_phrase(m, sentence, s, e);
	st->event = sw_status_event_of_kind(st->kind, ev);
	/* what is ahead waits on a verb: the event's own ("is expected to
	 * sign") or one after its noun ("The ceasefire was due to begin") */
	if (st->kind == SW_STATUS_EXPECTED) {
		g_autofree gchar *then = g_match_info_fetch_named(m, "then");
		const gchar *verb = then != NULL && *then != '\0' ? then : ev;
		/* of one word, whose past "-ed" or the table of irregular pasts gives */
		if (verb != NULL && *verb != '\0' && strchr(verb, ' ') == NULL)
			st->verb = g_ascii_strdown(verb, -1);
	}
	/* "The plan is expected to be approved": a noun of no family takes
	 * the family of the verb it waits on */
	if (st->event != NULL && !sw_status_is_family(st->event) && st->verb != NULL) {
		g_autofree gchar *family = sw_status_event(st->verb);
		if (family != NULL && sw_status_is_family(family)) {
			g_free(st->event);
			st->event = g_steal_pointer(&family);
		}
	}
	/* a verb of a ballot, a court, a departure or a search names its
	 * event ("have voted to strike" is a vote, whatever the sentence's
	 * noun); "resume" and "sign" take the noun's ("the talks will
	 * resume") */
	st->named = ev != NULL &&
		    (strstr("|" SW_STATUS_EVENT_NOUN "|", padded) != NULL || sw_status_names_own(st->event));
	/* "the talks will resume": the event is the talks, whose family
	 * says more than the verb's */
	if (!st->named)
		sw_status_event_of_sentence(sentence, st);
	/* what came into force, or is to, is the law's, the ban's, the
	 * ceasefire's: "The law took effect in January" → "The law was
	 * struck down" */
	if (strstr(st->phrase, "effect") != NULL || strstr(st->phrase, "into force") != NULL ||
	    g_str_has_prefix(sentence + st->end, " into force") || g_str_has_prefix(sentence + st->end, " into effect")) {
		g_autofree gchar *family = sw_status_force_subject(sentence, st->start);
		if (family != NULL) {
			g_free(st->event);
			st->event = g_steal_pointer(&family);
			st->named = TRUE;
		}
	}
	/* what is missing is to be found: one event for both, and a search
	 * for people is the finding's ("the search for survivors has been
	 * called off"; not "a search for a new builder") */
	if ((st->event == NULL && (st->kind == SW_STATUS_MISSING || st->kind == SW_STATUS_FOUND)) ||
	    (g_strcmp0(st->event, "search") == 0 && g_regex_match(sw_status_re(&sw_status_re_sought), sentence, 0, NULL))) {
		g_free(st->event);
		st->event = g_strdup("find");
	}
	return st;
}

/* the pairs of bytes a text holds, hashed into 4,096 bits: a word
 * with a pair the text lacks is not in it, which a few loads tell where a
 * search of the whole text would not */
typedef struct {
	guint64 bits[64];
} SwStatusPairs;

static guint
sw_status_pair_hash(guchar a, guchar b)
{
	return ((guint)a * 31u + (guint)b) & 4095u;
}

static void
sw_status_pairs_of(const gchar *text, SwStatusPairs *pairs)
{
	memset(pairs, 0, sizeof *pairs);
	for (const guchar *p = (const guchar *)text; p[0] != '\0' && p[1] != '\0'; p++) {
		guint h = sw_status_pair_hash(p[0], p[1]);
		pairs->bits[h >> 6] |= G_GUINT64_CONSTANT(1) << (h & 63);
	}
}

/* may @text, whose pairs are @pairs, hold one of @gate's words? */
static gboolean
sw_status_gate_open_in(const gchar *text, const SwStatusPairs *pairs, const gchar *const *gate)
{
	for (guint i = 0; gate[i] != NULL; i++) {
		const guchar *w = (const guchar *)gate[i];
		gboolean all = TRUE;
		for (guint k = 0; all && w[k] != '\0' && w[k + 1] != '\0'; k++) {
			guint h = sw_status_pair_hash(w[k], w[k + 1]);
			all = (pairs->bits[h >> 6] >> (h & 63)) & 1;
		}
		if (all && strstr(text, gate[i]) != NULL)
			return TRUE;
	}
	return FALSE;
}

/* is the event a match names a person's pronoun? Then the auxiliary
 * before it opens a question, or tags one: "Will we ever know?", "Won't
 * he dine?", "doesn't it?", "why can't she sing it?" */
static gboolean
sw_status_pronoun_event(GMatchInfo *m)
{
	static const gchar *const pronouns[] = {"i",	"you",	   "he",      "she",	"it",	    "we",
						"they", "someone", "anyone",  "everyone", "somebody", "anybody",
						"there", NULL};
	g_autofree gchar *ev = g_match_info_fetch_named(m, "ev");
	g_autofree gchar *low = ev != NULL ? g_ascii_strdown(ev, -1) : NULL;

	return low != NULL && g_strv_contains(pronouns, low);
}

/* does a match at @at lie in a question that opens with an auxiliary,
 * the sentence's last clause ending in "?" ("Has the strike ended?",
 * "Will Warren continue to face the heat?", "Why did the talks
 * collapse?", "Don't tariffs produce revenue?")? It asks, and states
 * nothing; "The talks collapsed, so what now?" still states its first
 * clause */
static gboolean
sw_status_asked(const gchar *sentence, gsize at)
{
	static const gchar *const auxiliaries[] = {
	    "will",   "would",	"shall",   "should",  "can",	"could",   "may",     "might",	"must",	  "do",
	    "does",   "did",	"is",	   "are",     "was",	"were",	   "has",     "have",	"had",	  "won't",
	    "don't",  "doesn't", "didn't", "can't",   "isn't",	"aren't",  "wasn't",  "weren't", "hasn't", "haven't",
	    "wouldn't", "couldn't", "shouldn't", NULL};
	static const gchar *const asking[] = {"why", "how", "when", "where", "what", "who", "which", NULL};
	gsize end = strlen(sentence);
	gsize from = at;
	gchar word[16] = "";
	guint n;

	while (end > 0 && strchr(" \"'\t", sentence[end - 1]) != NULL)
		end--;
	if (end == 0 || sentence[end - 1] != '?' || at >= end)
		return FALSE;
	/* the clause the match is in: back to a stop, a comma, a colon or a
	 * quote */
	while (from > 0 && strchr(".!?;:,\"", sentence[from - 1]) == NULL)
		from--;
	/* its first word, past one that asks */
	for (guint k = 0; k < 2; k++) {
		const gchar *p = sentence + from;
		while (*p == ' ' || *p == '\'')
			p++;
		const gchar *q = p;
		/* "’" read as "'" */
		n = 0;
		while (n + 1 < sizeof word && (g_ascii_isalpha(*q) || *q == '\'' || strncmp(q, "\u2019", 3) == 0)) {
			word[n++] = *q == '\xe2' ? '\'' : g_ascii_tolower(*q);
			q += *q == '\xe2' ? 3 : 1;
		}
		word[n] = '\0';
		if (!g_strv_contains(asking, word))
			break;
		from = (gsize)(q - sentence);
	}
	return g_strv_contains(auxiliaries, word);
}

gboolean sw_status_gates_open = FALSE;

/* the strongest status @sentence states; with @all, every rule's, each
 * once */
static SwStatus *
sw_status_scan(const gchar *sentence, GPtrArray *all)
{
	SwStatus *best = NULL;
	g_autofree gchar *low = NULL;
	SwStatusPairs pairs;

	if (sentence == NULL || *sentence == '\0')
		return NULL;
	sw_status_init();
	low = g_ascii_strdown(sentence, -1);
	/* a hundred rules' gates are read against each sentence */
	sw_status_pairs_of(low, &pairs);
	for (guint i = 0; i < G_N_ELEMENTS(sw_status_rules); i++) {
		g_autoptr(GMatchInfo) m = NULL;
		gint s = 0, e = 0;
		gboolean relative;
		if (all == NULL && best != NULL &&
		    sw_status_rank(sw_status_rules[i].kind) < sw_status_order(best->kind, best->relative))
			continue;
		if ((!sw_status_gates_open &&
		     !sw_status_gate_open_in(low, &pairs, (const gchar *const *)sw_status_gates[i])) ||
		    !g_regex_match(sw_status_compiled[i], sentence, 0, &m))
			continue;
		g_match_info_fetch_pos(m, 0, &s, &e);
		/* what a thing will do, in a clause about it ("a ceasefire that
		 * will pause fighting"), is not the event the sentence tells */
		while ((sw_status_rules[i].kind == SW_STATUS_EXPECTED && sw_status_in_relative(sentence, (gsize)s)) ||
		       sw_status_conditional(sentence, (gsize)s) || sw_status_denies_no_event(m, sw_status_rules[i].kind) ||
		       sw_status_pronoun_event(m) || sw_status_asked(sentence, (gsize)s) ||
		       ((sw_status_rules[i].kind == SW_STATUS_FOUND || sw_status_rules[i].kind == SW_STATUS_DONE) &&
			(sw_status_after_future(sentence, (gsize)s) || sw_status_toll(m, sentence, (gsize)s)))) {
			if (!g_match_info_next(m, NULL))
				break;
			g_match_info_fetch_pos(m, 0, &s, &e);
		}
		if (!g_match_info_matches(m))
			continue;
		/* of the kind's matches, one of the main clause before one of a
		 * relative clause, which ranks below any of the main clause */
		relative = sw_status_in_clause(sentence, (gsize)s);
		while (relative && g_match_info_next(m, NULL)) {
			gint s2 = 0, e2 = 0;
			g_match_info_fetch_pos(m, 0, &s2, &e2);
			if (!sw_status_in_clause(sentence, (gsize)s2) && !sw_status_conditional(sentence, (gsize)s2) &&
			    !sw_status_denies_no_event(m, sw_status_rules[i].kind)) {
				s = s2;
				e = e2;
				relative = FALSE;
			}
		}
		if (relative) {
			/* the first match again, its groups for the phrase */
			g_clear_pointer(&m, g_match_info_free);
			g_regex_match_full(sw_status_compiled[i], sentence, -1, s, 0, &m, NULL);
			if (!g_match_info_matches(m))
				continue;
		}
		if (all != NULL)
			g_ptr_array_add(all, sw_status_new_match(m, sentence, i, s, e, relative));
		if (best != NULL) {
			gint order = sw_status_order(sw_status_rules[i].kind, relative);
			gint best_order = sw_status_order(best->kind, best->relative);
			if (order < best_order || (order == best_order && (gsize)s >= best->start))
				continue;
		}
		sw_status_free(best);
		best = sw_status_new_match(m, sentence, i, s, e, relative);
	}
	return best;
}

SwStatus *
sw_status_of_sentence(const gchar *sentence)
{
	return sw_status_scan(sentence, NULL);
}

static gint
sw_status_cmp_start(gconstpointer a, gconstpointer b)
{
	const SwStatus *x = *(SwStatus *const *)a;
	const SwStatus *y = *(SwStatus *const *)b;

	return x->start < y->start ? -1 : x->start > y->start ? 1 : 0;
}

GPtrArray *
sw_status_all_of_sentence(const gchar *sentence)
{
	GPtrArray *all = g_ptr_array_new_with_free_func((GDestroyNotify)sw_status_free);
	g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func((GDestroyNotify)sw_status_free);
	g_autoptr(SwStatus) best = sw_status_scan(sentence, found);

	/* the strongest first, then the others that overlap none kept, in
	 * the sentence's order */
	if (best == NULL)
		return all;
	g_ptr_array_sort(found, sw_status_cmp_start);
	g_ptr_array_add(all, g_steal_pointer(&best));
	for (guint i = 0; i < found->len; i++) {
		SwStatus *st = g_ptr_array_index(found, i);
		gboolean overlaps = FALSE;
		for (guint k = 0; k < all->len && !overlaps; k++) {
			const SwStatus *kept = g_ptr_array_index(all, k);
			overlaps = st->start < kept->end && kept->start < st->end;
		}
		if (!overlaps)
			g_ptr_array_add(all, g_ptr_array_steal_index(found, i--));
	}
	return all;
}
/* a headline's future, its verb after "to" with no verb before: "Tech
 * firm Zentra to cut 3,000 jobs", "Chancellor to raise fuel duty" (not
 * "Floods force 3,000 to leave", "Mayor urges council to act") */
#define SW_STATUS_HEADLINE_FUTURE "^(?<before>(?:[\\w'’&.-]+\\s+){1,6}?)(?<to>to)\\s+(?:be\\s+)?(?<ev>(?-i:[a-z]+))\\b"

static const gchar *const sw_status_headline_stops[] = {
    "urges", "urge", "asks", "tells", "forces", "force", "wants", "want", "vows", "pledges", "agrees", "fails",
    "refuses", "threatens", "allows", "helps", "expects", "hopes", "seeks", "calls", "moves", "votes", "bids",
    "set", "poised", "due", "ready", "likely", "going", "about", "able", "has", "have", "had", "is", "are",
    "was", "were", "up", "close", "next", "back", "according", "plans", "aims", "prepares", "returns",
    "comes", "goes", "from", "down", "how", "what", "why", "who", "where", "when", "ways", "way",
    "need", "needs", "right", "time", "chance", "bid", "plan", "push", "race", "fight", "battle", "deal",
    "talks", "move", "vote", "order", "orders", "told", "asked", "urged", "forced", NULL};

static const gchar *const sw_status_headline_preps[] = {"by", "of", "for", "from", "in", "on", "at", "with", NULL};
static const gchar *const sw_status_headline_not_verbs[] = {"the", "a", "an", "his", "her", "its", "their", "this",
							     "that", "be", "record", "date", "power", "one", "two",
							     "three", "four", "five", "six", "seven", "eight", "nine",
							     "ten", "eleven", "twelve", "twenty", "thirty", "forty",
							     "fifty", "hundred", "hundreds", "thousand", "thousands",
							     "million", "millions", "billion", NULL};

/* a headline's present of what is restored tells it done: "Roads reopen
 * after lorry fire", "Flights resume at Gatwick"; NULL when none */
static SwStatus *
sw_status_restored_in_headline(const gchar *headline)
{
	static SwStatusRe again = {.pattern = "(?<=\\w\\s)(?<ev>reopens?|resumes?|restarts?)\\b"
					      "(?!\\s+(?:talks|work|in)\\b)"
					      "(?!\\s+on\\s+(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|"
					      "sunday)\\b))"};
	g_autoptr(GMatchInfo) m = NULL;
	SwStatus *st;
	gint s = 0, e = 0;

	if (!g_regex_match(sw_status_re(&again), headline, 0, &m))
		return NULL;
	g_match_info_fetch_named_pos(m, "ev", &s, &e);
	st = g_new0(SwStatus, 1);
	/* a day told after it is ahead: "Talks resume on Monday" */
	st->kind = strstr(headline + e, " on ") == headline + e ? SW_STATUS_EXPECTED : SW_STATUS_DONE;
	st->start = (gsize)s;
	st->end = (gsize)e;
	st->phrase = g_strndup(headline + s, (gsize)(e - s));
	st->event = g_strdup("restore");
	return st;
}

SwStatus *
sw_status_of_headline(const gchar *headline)
{
	SwStatus *st = sw_status_of_sentence(headline);
	g_autoptr(GMatchInfo) m = NULL;
	g_autofree gchar *before = NULL;
	g_auto(GStrv) words = NULL;
	gint s = 0, e = 0;
	static SwStatusRe future = {.pattern = SW_STATUS_HEADLINE_FUTURE};

	if (st != NULL || headline == NULL)
		return st;
	if (!g_regex_match(sw_status_re(&future), headline, 0, &m))
		return sw_status_restored_in_headline(headline);
	before = g_match_info_fetch_named(m, "before");
	words = g_strsplit_set(g_strstrip(before), " ", -1);
	for (guint i = 0; words[i] != NULL; i++) {
		g_autofree gchar *low = g_ascii_strdown(words[i], -1);
		gsize l = strlen(low);
		/* a verb, or a count the verb before moves ("3,000 to
		 * leave"); a word in -s in lower case may be a verb ("court
		 * cuts sentence to nine years") unless a preposition leads
		 * to it ("Strike by rail workers") */
		if (g_strv_contains(sw_status_headline_stops, low) || g_ascii_isdigit(words[i][0]))
			return NULL;
		if (i > 0 && l > 2 && g_ascii_islower(words[i][0]) && low[l - 1] == 's' && low[l - 2] != 's') {
			gboolean led = FALSE;
			for (guint k = 0; k < i && !led; k++)
				led = g_strv_contains(sw_status_headline_preps, words[k]);
			if (!led)
				return NULL;
		}
	}
	/* what follows "to" is a verb, no count nor article ("to nine
	 * years", "to the UK") */
	{
		g_autofree gchar *ev = g_match_info_fetch_named(m, "ev");
		if (g_strv_contains(sw_status_headline_not_verbs, ev))
			return NULL;
	}
	g_match_info_fetch_named_pos(m, "to", &s, NULL);
	g_match_info_fetch_named_pos(m, "ev", NULL, &e);
	st = g_new0(SwStatus, 1);
	st->kind = SW_STATUS_EXPECTED;
	st->start = (gsize)s;
	st->end = (gsize)e;
	st->phrase = g_strndup(headline + st->start, st->end - st->start);
	st->event = g_match_info_fetch_named(m, "ev");
	sw_status_event_of_sentence(headline, st);
	return st;
}

/* past tenses that are no stem with -ed; those also a present ("hit",
 * "cut", "set") are sw_status_same_past's */
static const gchar *const sw_status_irregular[][2] = {
    {"fall", "fell"},	{"rise", "rose"},     {"win", "won"},	    {"lose", "lost"},	  {"meet", "met"},
    {"make", "made"},	{"take", "took"},     {"begin", "began"},   {"leave", "left"},	  {"go", "went"},
    {"come", "came"},	{"hold", "held"},     {"give", "gave"},	    {"sell", "sold"},	  {"buy", "bought"},
    {"pay", "paid"},	{"speak", "spoke"},   {"send", "sent"},	    {"build", "built"},	  {"break", "broke"},
    {"fly", "flew"},	{"run", "ran"},	      {"sink", "sank"},	    {"strike", "struck"}, {"grow", "grew"},
    {"say", "said"},	{"tell", "told"},     {"bring", "brought"}, {"keep", "kept"},	  {"lead", "led"},
    {"stand", "stood"}, {"become", "became"}, {"choose", "chose"},  {"withdraw", "withdrew"},
    {"swear", "swore"}, {"undergo", "underwent"}, {"seek", "sought"}, {"freeze", "froze"},
    {"find", "found"},	{"catch", "caught"},  {"fight", "fought"},  {"shoot", "shot"},	  {"steal", "stole"},
    {"drive", "drove"}, {"write", "wrote"},   {"throw", "threw"},   {"spend", "spent"},	  {"lend", "lent"},
    {"draw", "drew"},	{"sink", "sunk"},
};

/* the participles of a choice made, one event however it is told */
static const gchar *const sw_status_appointed[] = {"named", "appointed", "chosen", "selected", "picked",
						    "confirmed", "elected", "nominated"};

static gboolean
sw_status_is_appointed(const gchar *word)
{
	for (guint i = 0; i < G_N_ELEMENTS(sw_status_appointed); i++) {
		if (g_str_equal(sw_status_appointed[i], word))
			return TRUE;
	}
	return FALSE;
}

/* the length of the past auxiliary right before @hit in @low ("was",
 * "were", "been", "had", and with @perfect "has" and "have" too) and
 * its space, else 0 */
static gsize
sw_status_after_past_aux(const gchar *low, const gchar *hit, gboolean perfect)
{
	static const gchar *const aux[] = {"was ", "were ", "been ", "had ", "has ", "have "};

	for (guint i = 0; i < G_N_ELEMENTS(aux) - (perfect ? 0 : 2); i++) {
		gsize n = strlen(aux[i]);
		if ((gsize)(hit - low) >= n && strncmp(hit - n, aux[i], n) == 0 &&
		    (hit - n == low || !g_ascii_isalpha(hit[-(gssize)n - 1])))
			return n;
	}
	return 0;
}

/* does a denial stand a word or two before @hit in @low ("not",
 * "n't", "yet")? */
static gboolean
sw_status_after_denial(const gchar *low, const gchar *hit)
{
	gsize at = (gsize)(hit - low);
	gsize from = at > 16 ? at - 16 : 0;
	g_autofree gchar *before = g_strndup(low + from, at - from);

	return strstr(before, "not ") != NULL || strstr(before, "n't ") != NULL || strstr(before, "n’t ") != NULL ||
	       strstr(before, "yet ") != NULL || strstr(before, "never ") != NULL;
}

/* pasts no other than the present: told only after an auxiliary ("has
 * cut 500 jobs", "was set for June"), never alone ("we cut costs") */
static const gchar *const sw_status_same_past[] = {"cut", "hit", "set", "put", "shut", "quit", "spread",
						    "cost", "let", "bid", "hurt", "split", "shed", "cast"};

static gboolean
sw_status_is_same_past(const gchar *word)
{
	for (guint i = 0; i < G_N_ELEMENTS(sw_status_same_past); i++) {
		if (g_str_equal(sw_status_same_past[i], word))
			return TRUE;
	}
	return FALSE;
}

gboolean
sw_status_future_denied(const SwStatus *st)
{
	static const gchar *const leads[] = {"would not ", "will not ", "would never ", "will never ",
					     "won't ",	  "won’t ",    "wouldn't ",   "wouldn’t "};

	if (st->kind != SW_STATUS_NEGATED || st->phrase == NULL)
		return FALSE;
	for (guint i = 0; i < G_N_ELEMENTS(leads); i++) {
		if (g_ascii_strncasecmp(st->phrase, leads[i], strlen(leads[i])) == 0)
			return TRUE;
	}
	return FALSE;
}

/* was the subject of @ahead told singular ("is expected to hit", "The
 * storm was due to hit", "has yet to cut")? */
static gboolean
sw_status_singular_ahead(const SwStatus *ahead)
{
	static const gchar *const aux[] = {"is", "was", "has"};

	for (guint i = 0; i < G_N_ELEMENTS(aux); i++) {
		if (sw_text_find_word(ahead->phrase, aux[i]) != NULL)
			return TRUE;
	}
	return FALSE;
}

/* does the word before @hit in @low (lower case) leave it a verb in the
 * past: a subject's word, not "to", a modal, a denial or a determiner
 * ("will hit", "did not hit", "a direct hit")? */
static gboolean
sw_status_past_alone(const gchar *low, const gchar *hit)
{
	static const gchar *const not_subject[] = {"to",  "will", "would", "could", "can",   "may",  "might",
						  "should", "must", "shall", "not", "did", "do", "does", "a", "an",
						  "the", "its", "their", "his", "her", "our", "my", "your", "this",
						  "that", NULL};
	gsize at = (gsize)(hit - low);
	g_autofree gchar *word = sw_status_word_back(low, &at);

	/* a word, not a figure ("in 2020 hit") */
	return word != NULL && g_ascii_isalpha(word[0]) && !g_strv_contains(not_subject, word) &&
	       !g_str_has_suffix(word, "n't");
}

/* a journey's end told in another verb: "is due to visit Kyiv" →
 * "arrived in Kyiv"; a start told by its twin: "is due to start in May"
 * → "began on Monday" */
static const gchar *const sw_status_kin_pasts[][2] = {
    {"visit", "arrived"}, {"visit", "landed"}, {"travel", "arrived"}, {"fly", "landed"}, {"fly", "arrived"},
    {"start", "began"},	  {"begin", "started"},
};

/* the pasts of the verb @stem onto @forms: its irregular past, else the
 * regular ones ("closed", "carried", "stopped"), and its kin's */
static void
sw_status_stem_pasts(const gchar *stem, GPtrArray *forms)
{
	gsize l = strlen(stem);
	guint had = forms->len;

	if (l < 2)
		return;
	if (sw_status_is_same_past(stem)) {
		g_ptr_array_add(forms, g_strdup(stem));
		return;
	}
	for (guint i = 0; i < G_N_ELEMENTS(sw_status_irregular); i++) {
		if (g_str_equal(stem, sw_status_irregular[i][0]))
			g_ptr_array_add(forms, g_strdup(sw_status_irregular[i][1]));
	}
	if (forms->len == had) {
		if (stem[l - 1] == 'e')
			g_ptr_array_add(forms, g_strdup_printf("%sd", stem));
		else if (stem[l - 1] == 'y' && strchr("aeiou", stem[l - 2]) == NULL)
			g_ptr_array_add(forms, g_strdup_printf("%.*sied", (gint)(l - 1), stem));
		else {
			g_ptr_array_add(forms, g_strdup_printf("%sed", stem));
			/* "stop", "plan": the consonant doubles */
			g_ptr_array_add(forms, g_strdup_printf("%s%ced", stem, stem[l - 1]));
		}
	}
	for (guint i = 0; i < G_N_ELEMENTS(sw_status_kin_pasts); i++) {
		if (g_str_equal(stem, sw_status_kin_pasts[i][0]))
			g_ptr_array_add(forms, g_strdup(sw_status_kin_pasts[i][1]));
	}
}

/* the pasts of the event @v onto @forms; an event told by its -ing form
 * ("on the verge of selling", "close to cutting") by its stem, which
 * may have lost an "e" ("closing") or doubled its last consonant
 * ("cutting") */
static void
sw_status_past_forms(const gchar *v, GPtrArray *forms)
{
	gsize l = strlen(v);
	g_autofree gchar *stem = NULL;
	g_autofree gchar *with_e = NULL;

	if (l < 6 || !g_str_has_suffix(v, "ing")) {
		sw_status_stem_pasts(v, forms);
		return;
	}
	stem = g_strndup(v, l - 3);
	sw_status_stem_pasts(stem, forms);
	if (l - 3 >= 3 && stem[l - 4] == stem[l - 5] && strchr("aeiouls", stem[l - 4]) == NULL) {
		stem[l - 4] = '\0';
		sw_status_stem_pasts(stem, forms);
	}
	with_e = g_strdup_printf("%.*se", (gint)(l - 3), v);
	sw_status_stem_pasts(with_e, forms);
}

/* a status done: the @len bytes of @sentence at @at, of the event @event */
static SwStatus *
sw_status_done_at(const gchar *sentence, gsize at, gsize len, const gchar *event)
{
	SwStatus *st = g_new0(SwStatus, 1);

	st->kind = SW_STATUS_DONE;
	st->start = at;
	st->end = sw_status_particle_end(sentence, at, at + len);
	len = st->end - at;
	st->phrase = g_strndup(sentence + at, len);
	st->event = g_strdup(event);
	return st;
}

SwStatus *
sw_status_done_in_headline(const SwStatus *ahead, const gchar *headline)
{
	static const gchar *const endings[] = {"s", "es"};
	g_autofree gchar *low = NULL;
	SwStatus *st;
	const gchar *v;

	if (ahead == NULL || ahead->kind != SW_STATUS_EXPECTED || headline == NULL)
		return NULL;
	if ((st = sw_status_done_after(ahead, headline)) != NULL)
		return st;
	/* the verb ahead: the phrase's last word ("to cut", "is expected to
	 * raise") */
	v = strrchr(ahead->phrase, ' ');
	v = v != NULL ? v + 1 : ahead->phrase;
	if (strlen(v) < 3 || sw_status_is_family(v))
		return NULL;
	/* a headline tells what happened in the present: "Zentra cuts 4,500
	 * jobs", "Chancellor raises fuel duty", "Firm finishes merger" */
	low = g_ascii_strdown(headline, -1);
	for (guint i = 0; i < G_N_ELEMENTS(endings); i++) {
		g_autofree gchar *form = g_strdup_printf("%s%s", v, endings[i]);
		const gchar *hit = sw_text_find_word(low, form);
		if (hit != NULL && !sw_status_after_denial(low, hit))
			return sw_status_done_at(headline, (gsize)(hit - low), strlen(form), v);
	}
	return NULL;
}

/* "is in talks to buy the chain" → "agreed to buy the chain", "is
 * expected to close the plant" → "decided to close the plant": what was
 * ahead is settled, agreed or decided, though not yet done. Where in
 * lower-case @low "agreed" or "decided" stands undenied before "to @v",
 * a few words between ("agreed on Monday to buy"), and the length to
 * @v's end in *@len; NULL where none does ("agreed to let the firm buy") */
static const gchar *
sw_status_settled_to(const gchar *low, const gchar *v, gsize *len)
{
	static const gchar *const settled[] = {"agreed", "decided"};
	gsize l = strlen(v);

	for (guint k = 0; k < G_N_ELEMENTS(settled); k++) {
		for (const gchar *hit = sw_text_find_word(low, settled[k]); hit != NULL;
		     hit = sw_text_find_word(hit + 1, settled[k])) {
			const gchar *p = hit + strlen(settled[k]);
			if (sw_status_after_denial(low, hit))
				continue;
			/* "to" after at most three words; a comma or a stop ends
			 * the clause */
			for (guint w = 0; w <= 3 && *p == ' '; w++) {
				p++;
				if (strncmp(p, "to ", 3) == 0) {
					if (strncmp(p + 3, v, l) != 0 || g_ascii_isalpha(p[3 + l]))
						break;
					*len = (gsize)(p + 3 + l - hit);
					return hit;
				}
				while (g_ascii_isalpha(*p) || *p == '\'' || *p == '-')
					p++;
			}
		}
	}
	return NULL;
}

SwStatus *
sw_status_done_after(const SwStatus *ahead, const gchar *sentence)
{
	static const gchar *const be[] = {"be", NULL};
	g_autoptr(GPtrArray) forms = g_ptr_array_new_with_free_func(g_free);
	g_autofree gchar *low = NULL;
	const gchar *v;
	gsize l;
	gboolean participle;

	if (ahead == NULL || ahead->event == NULL || sentence == NULL)
		return NULL;
	v = ahead->event;
	/* an event of a family the noun gave ("The ceasefire was due to
	 * begin": the agreement's): the verb it waited on, whose past
	 * ("began") tells it happened */
	if (sw_status_is_family(v)) {
		/* a future denied names its verb last: "won't close" */
		const gchar *last = sw_status_future_denied(ahead) ? strrchr(ahead->phrase, ' ') : NULL;
		if (last != NULL && strlen(last + 1) >= 3)
			v = last + 1;
		else if (ahead->verb == NULL || strlen(ahead->verb) < 3)
			return NULL;
		else
			v = ahead->verb;
	}
	l = strlen(v);
	/* "Results have not yet been published" → "results published in
	 * The Lancet": what was still to come came, the participle alone
	 * telling it */
	if (ahead->kind == SW_STATUS_NEGATED && strstr(ahead->phrase, "not yet") != NULL && l > 3 &&
	    (g_str_has_suffix(v, "ed") || g_str_has_suffix(v, "en"))) {
		const gchar *hit;
		low = g_ascii_strdown(sentence, -1);
		hit = sw_text_find_word(low, v);
		if (hit == NULL || sw_status_after_denial(low, hit))
			return NULL;
		return sw_status_done_at(sentence, (gsize)(hit - low), l, v);
	}
	/* a future denied ("would not cut jobs", "won't sell") is ahead too,
	 * told the other way: its past tells it happened after all */
	if (ahead->kind != SW_STATUS_EXPECTED && !sw_status_future_denied(ahead))
		return NULL;
	/* a participle, or an irregular one told in the passive ("will be
	 * held", "is to be built"; "to be set" is the past's own, below) */
	participle = g_str_has_suffix(v, "ed");
	if (!participle && ahead->phrase != NULL && !sw_status_is_same_past(v)) {
		g_autofree gchar *passive = g_strdup_printf("be %s", v);
		participle = g_str_has_suffix(ahead->phrase, passive);
	}
	if (l < 2)
		return NULL;
	sw_status_past_forms(v, forms);
	/* told ahead in the passive ("is expected to be named"): done when
	 * the participle, or one of its kin ("appointed"), follows a past
	 * auxiliary ("was named", "has been appointed") */
	if (l > 3 && participle) {
		g_ptr_array_set_size(forms, 0);
		g_ptr_array_add(forms, g_strdup(v));
		if (sw_status_is_appointed(v)) {
			for (guint i = 0; i < G_N_ELEMENTS(sw_status_appointed); i++) {
				if (!g_str_equal(sw_status_appointed[i], v))
					g_ptr_array_add(forms, g_strdup(sw_status_appointed[i]));
			}
		}
	}
	low = g_ascii_strdown(sentence, -1);
	for (guint i = 0; i < forms->len; i++) {
		const gchar *form = g_ptr_array_index(forms, i);
		const gchar *hit = sw_text_find_word(low, form);
		gsize aux;

		if (hit == NULL)
			continue;
		/* still to be done: "must be signed", "is to be signed" */
		if (sw_status_word_before(low, (gsize)(hit - low), be))
			continue;
		if (participle) {
			/* a passive's participle tells it only after an
			 * auxiliary */
			if (sw_status_after_past_aux(low, hit, FALSE) == 0)
				continue;
		} else if (sw_status_is_same_past(form)) {
			/* and a past no other than the present ("cut"), which
			 * the phrase keeps: "has cut"; alone only where the
			 * subject was told singular ahead ("The storm is expected
			 * to hit" → "The storm hit the coast", whose present
			 * would be "hits") and a subject's word stands before it */
			if ((aux = sw_status_after_past_aux(low, hit, TRUE)) == 0) {
				if (sw_status_singular_ahead(ahead) && sw_status_past_alone(low, hit))
					return sw_status_done_at(sentence, (gsize)(hit - low), strlen(form), v);
				continue;
			}
			/* "has been set" */
			if (strncmp(hit - aux, "been ", aux) == 0)
				aux += sw_status_after_past_aux(low, hit - aux, TRUE);
			return sw_status_done_at(sentence, (gsize)(hit - low) - aux, strlen(form) + aux, v);
		}
		return sw_status_done_at(sentence, (gsize)(hit - low), strlen(form), v);
	}
	if (!participle) {
		gsize len = 0;
		const gchar *hit = sw_status_settled_to(low, v, &len);
		if (hit != NULL)
			return sw_status_done_at(sentence, (gsize)(hit - low), len, v);
	}
	return NULL;
}
