/**
 * Concern: risk factors rather than risk statements. Hopelessness, entrapment and
 * burdensomeness (interpersonal and integrated motivational–volitional theories), past
 * attempts and hospitalisation, access to lethal means, and self-sabotage of care
 * (stopping medication, not eating or drinking, skipping insulin; SPEC §1 and §2.9).
 * Bare topic words ("suicide", "self harm") sit here too: the writer is talking about it.
 */
import type { TierFile } from './types';

export const concern: TierFile = {
  version: '1.1.0',
  level: 'concern',
  groups: [
    {
      construct: 'self_sabotage_medication',
      phrases: [
        '(stopped|stop|quit|quitting|stopping|skipping|skipped|skip|missed|missing|refuse|refusing|refused|ditched|dumped) (taking|take|using|injecting)? (my|the|any|all my|all of my|all the)? (@meds)',
        '(have not|has not|did not|not|not been|have not been|never) [@adv] (taking|taken|take|took|using|injecting|injected|bothering with) (my|the|any|all my|all the)? (@meds)',
        '(flushed|flush|threw|throw|throwing|binned|bin|binning|tossed|toss|poured) (away|out)? (my|the|all my|all of my|all the) (@meds)',
        '(will not|refuse to|not going to|do not want to|can not be bothered to|am done) (take|taking|with) (my|the|any)? (@meds)',
        '(off|came off|come off|coming off|went off|going off|gone off) (my|the|all my) (@meds)',
        '(forgot|forgetting|keep forgetting|forget) (to take )? my (@meds)',
        '(withholding|restricting|restrict|withhold|under dosing|underdosing) (my )? insulin',
        '(not|stopped|stop) (bolusing|injecting|checking my sugars|checking my blood sugar)',
      ],
    },
    {
      construct: 'self_sabotage_nutrition',
      phrases: [
        '(have not|has not|did not|not|not been|have not been|stopped|stop|quit|refuse to|refusing to|refused to|barely|hardly) [@adv] (eaten|eating|eat|ate) (anything|properly|in days|for days|since|all day|today|at all|in (a|two|three|<num>) (day|days|week|weeks)|much|enough|on purpose)',
        '(have not|not|stopped|stop|refuse to|refusing to|refused to|not been|have not been|did not|barely|hardly) [@adv] (drinking|drink|drank|drunk|had) (water|anything|fluids|liquids|enough water|enough|anything to drink|a drink of water)',
        '(not|stopped|stop) (eating|drinking) (or|and|nor) (eating|drinking)',
        // "I'm not eating." with nothing after it; "not drinking" alone usually means alcohol.
        '(am not|have not been|been not|not been|keep not|stopped|i have stopped) [@adv] eating $',
        '(not|stopped|refuse to|refusing to) (eat|eating|drink|drinking) on purpose',
        '(starving|starve|starved|dehydrating|dehydrate|punishing|punish) myself',
        '(skipping|skip|skipped|skipped all) (meals|all my meals|breakfast and lunch|food|every meal|dinner again)',
        '(refuse|refusing|refused) (food|to eat|to drink|meals|water)',
        '(purging|purged|throwing up on purpose|making myself (sick|throw up|vomit)|made myself (sick|throw up|vomit))',
        '(my|relapse|relapsed|relapsing|struggling with|back into|fighting|battling) (eating disorder|ed|anorexia|bulimia|restricting|purging|binging|bingeing)',
        '(binge|binging|bingeing) and (purge|purging)|chew and spit|binge eating',
        'restricting (again|food|my food|calories|my eating)',
      ],
    },
    {
      construct: 'hopelessness',
      situational: true,
      phrases: [
        'hopeless|hopelessness|beyond hope|beyond help|doomed',
        '(no|zero|lost all|lost|losing|lose|losing all|without) hope',
        '(there is|there will be) no (hope|future|point)',
        'no future',
        '(my )? hope (is|has) (gone|lost|dead|died)|all hope is (gone|lost)',
        '(do not|can not|does not) (have|see) (a|any) future',
        'nothing (will|is going to|can|ever|will ever) [@adv] (get|gets|be|change|help) (better|ever|anything)?',
        '(it|things|life|this|my life) (will|is going to|are going to|is never going to|are never going to) [@adv] never (get|be|change|end|stop) [better]?',
        'never going to (get|be) better',
        'no end to (this|it|the pain)',
        '(it is|everything is|this is|life is|my life is|it all is) [@adv] (pointless|useless|futile|meaningless|hopeless)',
        '(what is|whats) the (point|use) [anymore]',
        'why (bother|even try|do i even try|keep trying)',
        '(i|i have|just) [@adv] (give|gave|given|giving) up',
        'can not be (helped|fixed|saved)',
        'nothing (can|will|could) help (me)?',
      ],
    },
    {
      construct: 'burdensomeness',
      phrases: [
        '(i am|i feel like|feel like|i feel|just|i have become|i became|being) [@adv] (a|such a|just a|nothing but a|the) (burden|drain|waste of space|waste of oxygen|waste of air|waste of life|nuisance|inconvenience|liability|problem|disappointment)',
        '(burden|burdening) (to|on|for) (everyone|my family|them|you|others|people|my friends|everybody)',
        'sorry (for|that i am) (existing|alive|being alive|being born)',
        '(i|i just|i always) (make|ruin|mess up) (things|everything) worse',
        'i [@adv] (disappoint|let down|fail) (everyone|everybody|my family|my parents|the people i love|the people around me)',
        '(i am|i am so|i am just) annoying|i annoy (everyone|others|people|everybody|them|you)',
        'i (ruin|ruined|make|destroy|destroyed|mess up) (everything|everyone is life|everyones life|their lives) [worse]',
        '(taking|take|i take) up space',
      ],
    },
    {
      construct: 'entrapment_desire_to_escape',
      situational: true,
      phrases: [
        '(feel|feeling|am|i am|so|completely|totally) [@adv] (trapped|caged|cornered)',
        'no (way|escape) out|no way out|no escape|no exit',
        '(can not|could not) (escape|get out)',
        '(can not|could not|can no longer) [@adv] (take|do|handle|cope with|bear|stand|deal with|cope|go on) (it|this|this life|life|any of this|everything|the pain|this loneliness|the loneliness|this pain|feeling like this)? (anymore|any more|much longer|any longer|like this|one more (minute|day|second|night))',
        '(can not|could not|will not|am not going to) survive (this|that|much longer|the night|another (day|week|year))?',
        '(can not|could not|can no longer) go on',
        '(can not|could not|can no longer) keep (doing this|going|living like this|going like this|on like this)',
        '(i want|want) out',
        '(want|need|have|wish i could|i just want) to (escape|get away from it all|escape (the|this) pain|escape (this|my) life)',
        '(want|need|have) to get out $',
        'running out of (options|reasons|time)',
        '(do not|i do not|no idea) (know )? how (to|much longer i can|much longer i can keep) [@adv] (carry on|keep going|go on|hold on|cope|survive|keep living|do this)',
        '(can not|could not|will not) last (much|any)? (longer|another day|another week)',
        '(fed up|done) (of|with) (everything|life|living|it all|being alive|existing|feeling like this)',
        '(tired|sick|exhausted|weary) of (everything|it all|fighting|trying|being me|struggling|this life)',
        'escape (the|this|my)? pain',
        '(need|want|looking for) a way out',
        '(end|the end) of my rope',
        '(at|reached|hit|hitting|reaching) (my )? breaking point',
      ],
    },
    {
      construct: 'emotional_pain_psychache',
      situational: true,
      phrases: [
        '(unbearable|unendurable|too much|excruciating) (pain|hurt|suffering|agony)',
        '(the|this) (pain|hurt|suffering) is (unbearable|too much|too much to bear|killing me)',
        '(can not|could not) (bear|stand|take|handle) (the|this) (pain|hurt|suffering)',
        '(want|need|wish|just want) (the|this) (pain|hurt|suffering) to (stop|end|go away)',
        '(emotional|mental|psychological|inner) (pain|anguish|agony|suffering|torment)|mental anguish|psychache',
      ],
    },
    {
      construct: 'existential_meaninglessness_purposelessness',
      situational: true,
      phrases: [
        '(life|my life|everything|existence|my existence|living) (is|feels|seems) [@adv] (meaningless|pointless|purposeless|empty|without purpose|without meaning)',
        '(no|zero) (purpose|meaning) (in|to|for) (my )? (life|living|existing|anything)',
        '(my life|i) (has|have|had) no (meaning|purpose)',
        '(life|living|i am|i feel|i live) [@adv] without (purpose|meaning)|without (a )? purpose',
        '(do not|no longer|stopped) care about (life|living|anything|myself) [anymore]',
      ],
    },
    {
      construct: 'suicide_exposure',
      exposure: true,
      phrases: [
        '(killed|kill|kills|killing|hanged|hung|shot|overdosed|drowned) (himself|herself|themselves|themself)',
        '(died|dies|death|lost (him|her|them|my *)) (by|to|from) suicide',
        '(he|she|they|my *) (committed|commit|commits|attempted) suicide',
        '(took|take|taking|takes) (his|her|their) (own )? life',
        '(his|her|their) (suicide|suicide attempt|overdose)',
        '(tried|try|trying|tries|threatened|threatening|threatens|wants|wanted|going) to (kill|hurt|harm|cut) (himself|herself|themselves|themself)',
        '(@sh_verb) (himself|herself|themselves|themself)',
      ],
    },
    {
      construct: 'shame_self_disgust_worthlessness',
      phrases: [
        '(hate|hating|despise|despising|loathe|loathing) (myself|my self)',
        '(i|i really|i fucking|i just) (hate|despise|loathe|can not stand) (who i am|everything about myself)',
        '(i am|am|i feel|feel) [@adv] (a freak|fucked up|so fucked up|inadequate|ugly|unlovable|a mistake)',
        '(disappointed|disgusted|ashamed) (in|with|of) myself',
        'i [@adv] deserve (to suffer|this pain|the pain|to be in pain|to hurt|to be punished|all of this|everything bad)',
        'self (hatred|loathing|hate|disgust)',
        '(i am|i feel|feel|feeling|i have always felt) [@adv] (worthless|useless|pathetic|unlovable|disgusting|like a failure|like a waste|like a disappointment|like nothing|like garbage|like trash)',
        '(i am|i feel like) [@adv] (a|such a|a complete|a total|nothing but a) (failure|disappointment|mistake|loser|waste)',
      ],
    },
    {
      construct: 'emptiness',
      situational: true,
      phrases: ['(i feel|feel|feeling|i am|i have felt|i have been feeling) [@adv] (empty|numb|hollow|nothing|dead inside)', 'dead inside'],
    },
    {
      construct: 'depressed_mood',
      phrases: [
        '(i am|i feel|feel|feeling|i have been|been|i get|getting) [@adv] (depressed|miserable|hopeless and depressed)',
        '(my )? depression is [@adv] (back|getting worse|worse|bad|killing me|winning|unbearable)',
        // "a dark place" is the everyday euphemism for a low, unsafe stretch.
        '(i am|i have been|been|i was|i am in|stuck in) [@adv] (in )? (a|such a) [@adv] (dark|bad|low|horrible|terrible) place',
      ],
    },
    {
      construct: 'anhedonia_uninterested',
      situational: true,
      phrases: [
        'nothing (matters|makes me happy|brings me joy|feels good|is fun)',
        '(do not|can not|no longer) enjoy (anything|things|life) [anymore]',
        'emotionally (numb|flat|dead|empty)',
        '(i do not|i can not|i no longer|can not|do not) (enjoy|feel) anything [anymore]',
      ],
    },
    {
      construct: 'defeat_feeling_like_a_failure',
      phrases: [
        '(i have|i) (lost|lose|am losing) (the|this) (fight|battle|war)',
        '(i am|am|i feel|feel|feeling) [@adv] (defeated|broken|crushed|powerless|humiliated|inferior|demoralized|demoralised)',
      ],
    },
    {
      construct: 'loneliness_isolation',
      phrases: [
        '(no one|nobody|noone|not a single person|not one person) (would|will|even|is going to) [@adv] (miss|notice|care) (me|if i)?',
        '(no one|nobody) (cares|cared|gives a shit|gives a damn) (about me|if i|whether i)',
        '(i have|i have got|i got|have) (no one|nobody) [left]',
        '(no one|nobody|noone) (to turn to|to talk to|i can talk to|i can turn to|misses me|would miss me|will miss me|thinks about me|wants me here|wants me around|cares $)',
        '(do not|does not) have anyone [to talk to|to turn to]',
        'nobody wants me (here|around)',
        '(completely|totally|so|all) alone in (this|the) world',
        '(i am|i feel|feel|feeling|i have been|been) [@adv] (so )? (alone|lonely|isolated)',
      ],
    },
    {
      construct: 'other_suicidal_language',
      phrases: [
        '(hate|hating) (my life|life|my existence)',
        '(life|my life) (is|feels) [@adv] (shit|hell|meaningless|over|a nightmare|not worth it)',
        '(i am|i feel) [@adv] (in|having) a (crisis|mental breakdown|breakdown)',
        '(can not|could not) do this anymore',
        '(do not|does not) want to be here',
        '(would|d) rather die than',
        '(i|i could) [@adv] just die',
        '(might|may|going to|gonna|will|could|want to|about to) do something (stupid|drastic|i regret|i will regret|dangerous|bad to myself)',
        '(when|if|after) (i am|i) (dead|gone|die|died) (nobody|no one|they|everyone|people|you)',
        'kys',
        '(i am|i feel|i do not feel) [@adv] (not safe|unsafe) $',
        '(can not|could not) (live|go on|keep living|keep going) like this',
        '(do not want to|can not keep|can not keep on) (do|doing) this (anymore|any more)',
        '(called|rang|texted|phoned|contacted|call|ring|text|phone) (the|a)? (crisis|suicide) (line|hotline|helpline|text line|team)|(called|rang|texted|phoned|call|ring) (the )? samaritans',
      ],
    },
    {
      construct: 'other_suicidal_language',
      self: true, // "kill me" names the writer, whoever is asked to do it
      phrases: ['(someone|somebody|please|just|pls|god) [please|just|@adv] kill me', 'kill me (now|already|pls|please|plz|$)'],
    },
    {
      construct: 'other_suicidal_language',
      topic: true,
      ownLevel: 'high',
      phrases: [
        'suicidal|suicidality|suicidal (thoughts|ideation|feelings|urges|ideas|thinking|impulses|tendencies|intent)',
        // "struggling with suicidal thoughts" is the writer's only when they say so: "having
        // suicidal thoughts is nothing to be ashamed of" is about anyone.
        '(having|with|getting|thinking|struggling with|struggle with|struggled with|dealing with|deal with|dealt with|battling|battled|fighting|fight|fighting against|fighting off|fight off|coping with|cope with|suffering from|suffer from|suffered from|suffering with) [@adv] suicidal (thoughts|ideation|feelings|urges|ideas|thinking|impulses|tendencies)',
      ],
    },
    {
      construct: 'other_suicidal_language',
      topic: true,
      phrases: ['suicid*', 'unalive', 'overdose|overdosing|overdosed', 'noose'],
    },
    {
      construct: 'direct_self_injury',
      topic: true,
      phrases: [
        'self (harm|harming|harmed|injury|injuring|injure|mutilation|mutilate)|nssi|self injurious',
        '(fresh|new|my|old) (cuts|scars|wounds|burns) (on|from|across) (my )? (@body)?',
        '(stopped|quit|stop) (cutting|self harming)',
        '(days|weeks|months|years) (clean|free) (from|of) (self harm|cutting|sh)',
      ],
    },
    {
      construct: 'past_suicide_attempt',
      phrases: [
        '(my|a|the|another) (previous|past|last|first|second|third|failed|prior|earlier|old) (suicide )? attempt*',
        '(several|multiple|many|two|three|four|a few|<num>|numerous) (suicide|suicidal)? (attempts|overdoses)',
        '(survived|survivor of|survivor) (a|my|an|another)? (suicide )? attempt*',
        'history of (suicide attempts|attempts|self harm|suicidal|suicide|overdoses|overdose|self injury)',
        '(used to|use to) [@adv] (cut|self harm|hurt myself|overdose|burn myself|starve myself)',
      ],
    },
    {
      construct: 'hospitalization',
      phrases: [
        '(psych|psychiatric|mental|mental health) (ward|unit|hospital|facility|hold|admission|inpatient)',
        '(was|got|been|being|be|am) (sectioned|committed|hospitalized|hospitalised|admitted to (hospital|the ward|a psych*|inpatient))',
        '5150|involuntary hold|inpatient',
      ],
    },
    {
      construct: 'lethal_means_for_suicide',
      phrases: [
        '(i have|i own|i have got|i got|i do have|i do own|there is|we have|access to) (a|the|my dad is|my)? (gun|guns|firearm|firearms|rifle|pistol|shotgun|handgun) (at home|in the house|in my room|in the drawer|under my bed)?',
        '(a|my|enough|the) (stash|stockpile|supply) of (pills|@meds|painkillers)',
        '(carbon monoxide|exit bag|helium tank|charcoal grill in my)',
      ],
    },
  ],
};
