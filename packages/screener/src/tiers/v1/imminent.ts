/**
 * Imminent: plan, intent, means at hand, timing, or self-harm happening now (SPEC §2.9,
 * CLINICAL §6; C-SSRS items 4–6). The on-call ladder starts on these, so each phrase must
 * name something the writer has, has done or is about to do, not only a wish.
 */
import type { TierFile } from './types';

export const imminent: TierFile = {
  version: '1.1.0',
  level: 'imminent',
  groups: [
    {
      construct: 'active_suicidal_ideation_suicidal_planning',
      intent: true,
      phrases: [
        '(am going|going|planning|plan|planned|decided|about|ready|intend|intending|preparing|set) to [@adv] (@kill_self|suicide|overdose|take an overdose|take all my pills|take all the pills)',
        '(plan|plans|planned|planning|decided) on (dying|killing myself|ending it|ending my life|ending it all|taking my life|suicide|overdosing)',
        'i will [@adv] (@kill_self) (tonight|today|tomorrow|right now|this weekend|soon)',
        '(going to|will|about to|planning to|ready to|am) [@adv] (do it|end it|go through with it|doing it) (tonight|today|tomorrow|right now|this weekend|now)',
        '(it|everything) (ends|will end|is ending) tonight',
        '(will not|not going to) (be )? (here|around|alive) (tomorrow|by tomorrow|by morning|in the morning|much longer|next week|for much longer)',
        'i will be (dead|gone) (by|before|tomorrow|tonight|soon)',
        '(have|made|got|have got|make|making|with) a (plan|date|time) to (@kill_self|die|end it|suicide)',
        '(have|made|got|have got|making|my) (a )? (suicide|exit) plan',
        'i (have|ve) (picked|chosen|set|decided on|found) (a|the|my) (date|day|time|place|spot|bridge|method|way)',
        '(got|have got|have|i have) my date (set|picked|chosen)|my date is (set|picked|chosen)',
        '(written|wrote|writing|finished|left|leaving|drafted|drafting) (my|a) (suicide|goodbye|farewell|last|final) (note|letter|message|video)',
        '(have|ve|just|i) (written|wrote|finished|left) my note',
        'this is (my )? (goodbye|final goodbye|last goodbye|suicide note|note|last note|goodbye note)',
        'this (is|will be) my (last|final) (message|post|text|words|night|day|goodbye)',
        'goodbye (everyone|forever|world|cruel world|all)',
        'by the time (you|anyone|someone) (read|reads|see|sees|get|gets) this',
        '(said|saying|say) (my )? goodbyes',
        '(saying|said|say) goodbye (to everyone|to you all|forever|to the world|for good|to this world)',
        '(researching|researched|research|googling|googled|looking up|looked up|searching|searched|reading about) (how|ways|methods|the best way|the easiest way|painless ways) to (die|@kill_self|end it|overdose|hang myself)',
        'how many (pills|tablets|paracetamol|tylenol|sleeping pills) (would|does|will|to|it takes|would it take|do i need|should i take)',
      ],
    },
    {
      construct: 'lethal_means_for_suicide',
      phrases: [
        '(the|my|these|those|all the|all my|a bottle of|a box of|a handful of|enough|some) (@means_item) (is|are|sitting|lying)? (@here_now)',
        '(holding|have|got|put|putting|pressing|pressed) (a|the|my) (knife|blade|razor|gun|pistol) (to|against|on) my (throat|wrist|wrists|head|neck|chest|skin|arm)',
        'gun to my head|knife to my (throat|wrist|wrists)|rope around my neck|noose around my neck',
        '(tied|tying|tie|made|making|make|hung|hanging up|set up|setting up) (a|the|my) (noose|rope)',
        '(loaded|loading|load) (a|the|my) (gun|pistol|rifle|shotgun)',
        '(have|got|access to) [access to] (@means_item|knives) (@here_now)',
        '(counted|counting|count|lined|lining) (out|up) (the|my|some|all|all the|all my)? (@meds|paracetamol|tylenol|painkillers|pills|tablets)',
        '(the|my) (gun|pistol|rifle|shotgun) is loaded',
        '(i have|i have been|been|i am|started|have been) (saving|stockpiling|hoarding|collecting|stashing) (up )? (my|the|some|enough)? (@meds|paracetamol|tylenol|painkillers|sleeping pills)',
        '(standing|sitting|i am) on (the|a) (edge|ledge|railing|tracks|train tracks|platform edge) [of *]',
        '(standing|sitting|i am) on (the|a) (bridge|roof|rooftop|cliff) (right now|now|edge|ledge|railing)',
      ],
    },
    {
      construct: 'direct_self_injury',
      phrases: [
        '(just|have just|i just) (@sh_verb) myself',
        '(just|have just|i just) (cut|slit|slashed|carved|stabbed|burned|burnt|sliced) [into] my (wrist|wrists|arm|arms|thigh|thighs|skin|leg|legs|stomach|hips)',
        '(am|i am) (@sh_verb) (myself|my @body) (right now|now|as we speak)',
        '(can not|could not|will not) stop (the )? bleeding',
        'bleeding (will not|would not|does not|is not) stop*',
        '(cut|cuts|cutting) too deep',
      ],
    },
    {
      construct: 'active_suicidal_ideation_suicidal_planning',
      phrases: [
        '(took|taken|take|swallowed|downed|have taken|just took|have swallowed|taking) (all|the whole|a whole|an entire|the entire|all of|all the|all my|a bunch of|too many|a handful of|a lot of|loads of|a bottle of|a box of|a pack of|a packet of|two boxes of|every) [of] [my|the|those|these] [sleeping|blood pressure|heart] (pills|tablets|meds|medication|medications|paracetamol|tylenol|painkillers|bottle|box|pack|packet|insulin|lithium|antidepressants|pill bottle)',
        '(just|have just|i have) (overdosed|od|taken an overdose|took an overdose)',
        '(am|i am) overdosing',
      ],
    },
  ],
};
