/**
 * Warning signs the first tiers missed (issue 15), written from the C-SSRS constructs (items
 * 3–6: method, intent, plan, preparatory acts) and the Suicide Risk Lexicon's active ideation
 * and planning, lethal means and direct self-injury constructs, never from evaluation rows.
 * Each phrase has sentences in both directions in screener.cases.warning.ts.
 */
import type { TierFile } from './types';

const drugs =
  '(pills|tablets|meds|medication|paracetamol|tylenol|acetaminophen|ibuprofen|aspirin|painkillers|sleeping pills|insulin|lithium|antidepressants|sertraline|codeine|tramadol|co codamol|benadryl|xanax|oxy|oxycodone|morphine)';

/** C-SSRS 5–6: plans made with someone, preparatory acts, farewells, capability now. */
export const warningImminent: TierFile = {
  version: '1.0.0',
  level: 'imminent',
  groups: [
    {
      // How much, how many, what dose kills: asking the lethal amount is itself a warning sign.
      construct: 'lethal_means_for_suicide',
      method: true,
      phrases: [
        `how (much|many) [of] [my|the|those|these] ${drugs} (would|does|will|to|it takes|would it take|does it take|do i need|do you need|does someone need|would someone need|is) [it] [take] [to] (kill|be lethal|be fatal|be enough to die|die|end it|overdose|not wake up|stop (a|your|my) heart)`,
        `(what is|whats|what would be) (the|a) (lethal|fatal|deadly|toxic) (dose|amount) (of|for) [${drugs}]`,
        `(is|would|will) (this|that|[<num>]) (many|much)? ${drugs} (be )? (enough|lethal|fatal) (to die|to kill me|to kill someone|to do it)?`,
        `how (long|many hours) (does it|would it|will it) take to die (from|after|of) (an overdose|${drugs}|hanging|bleeding|carbon monoxide)`,
      ],
    },
    {
      // A pact: the writer's own plan, made with someone else.
      construct: 'active_suicidal_ideation_suicidal_planning',
      method: true,
      intent: true,
      phrases: [
        '(made|make|making|have|got|agreed|agreed on) a (suicide|death) pact',
        '(we|we are|we have|we have decided|we decided|we agreed|we plan|we are planning|we are going) (going )? (to|on) (kill ourselves|end it|end our lives|die|do it|jump|overdose) together',
        '(kill ourselves|end our lives|end it|die) together (tonight|tomorrow|on|this|next|at)',
        '(made|make|making|have|got) a pact to (die|kill ourselves|end it|end our lives)',
      ],
    },
    {
      // Preparatory acts and farewells (C-SSRS 6: preparatory behaviour).
      construct: 'active_suicidal_ideation_suicidal_planning',
      intent: true,
      phrases: [
        '(putting|put|got|getting|have put|sorting|sorted|sort) (my|all my) (affairs|things|finances|paperwork) in order',
        '(sorted|sorting|sort|organised|organized|organising|organizing) (out )? my (affairs|finances|passwords|paperwork) so (no one|nobody|they|my family|my mum|my wife|my husband) (has|have|will have|does not have|do not have|would not have) to',
        '(made sure|making sure|arranged|arranging) (for )? (someone|my sister|my brother|my mum|my friend|a friend|my neighbour|my neighbor)? (will|to|can)? (look after|take care of|feed|have|keep) (my|the) (cat|dog|pets|kids|children|plants) (after|when) i (am gone|go|die)',
        '(wrote|written|writing|left|leaving|recorded|recording) (letters|goodbye letters|notes|messages|a video) (to|for) (everyone|my family|my kids|my children|my parents|my friends|each of them)',
        '(will not|won t|not going to|never going to) need (it|this|them|my things|my stuff|any of it|any of this) (anymore|any more|where i am going|after tonight|after tomorrow|after this week)',
        'where i am going',
        '(tell|please tell) (my mum|my mom|my dad|my family|my kids|them|her|him|everyone) (that )? i (love|loved|am sorry) ',
        '(this is|it is) (the|my) last time (you will|you ll|anyone will) (hear|see|hear from) (from )? me',
        '(you will|you ll|you will not|no one will|nobody will) (never )? (hear|see) (from )? me again',
        '(it|this|everything) (will|is going to) (all )? be over (soon|tonight|tomorrow|by tomorrow|by morning|by the weekend|on friday|after tonight)',
        '(tonight|tomorrow|friday|saturday|sunday|monday|this weekend|next week) is (the|my) (day|night|last day|last night)',
        '(picked|chosen|chose|set|decided on|found) (a|the) (date|day|time|place|spot|bridge|method|way) (to die|to do it|to end it|for it)',
        '(sorted|sorting|sort|organised|organized|put|putting) (out )? my (affairs|finances|passwords|paperwork|accounts) (in order )? (for when|before|ready for when) i (am gone|go|die|leave for good)',
        'i (gave|have given|am giving|given) (away )? (my|all my|all of my) (things|stuff|belongings|possessions|clothes|books) away',
        // Moved from high.ts: giving possessions away is a preparatory act (C-SSRS 6).
        '(giving|gave|give|given) away (my|all my|all of my) (stuff|things|belongings|possessions|pets|cat|dog|money)',
      ],
    },
    {
      // Capability and access: means within reach, nothing stopping them.
      construct: 'lethal_means_for_suicide',
      phrases: [
        `(i have|i have got|i got|got|have got|i have been) (enough|a stash of|a stockpile of|a whole bottle of|a full bottle of|a month of|months of|hundreds of|a hoard of) ${drugs} (now|saved|at home|here|hidden|in my (room|drawer|bag|car)|stashed|ready)?`,
        `${drugs} (are|is) (hidden|stashed|saved|ready|waiting) (in|under|at)`,
        '(bought|got|ordered|picked up) (the|a|some) (helium|charcoal|razor blades|blades|gun|pistol|noose|ligature)',
        '(i have|i have got|there is|got) (a|the) (rope|noose|gun|pistol|ligature|blade) (ready|hidden|in my room|under my bed|in the car|in the garage|in my bag|set up)',
      ],
    },
    {
      // Capability: nothing and nobody left to stop them (clause ends there: "…from applying" is not it).
      construct: 'active_suicidal_ideation_suicidal_planning',
      intent: true,
      phrases: [
        '(nothing|no one|nobody|nothing and no one|nothing and nobody) (is|are)? (left )? (stopping|stopping me|holding me back|keeping me here|keeping me alive|can stop me|will stop me|could stop me) [now|anymore|this time] $',
      ],
    },
    {
      // Self-injury now, escalating or hidden from help.
      construct: 'direct_self_injury',
      timed: true,
      phrases: [
        '(cutting|cut|burning|burn|hurting) (deeper|more|harder|worse) (each time|every time|than before|than last time|now|this time)',
        '(my|the) (cuts|burns|wounds) (are|keep) getting (deeper|worse|bigger|longer)',
        '(need|needed|have|had) to (cut|burn|go) deeper',
      ],
    },
  ],
};

/** C-SSRS 2–3 and NSSI: method and place questions, self-injury urges, hiding, wanting it. */
export const warningHigh: TierFile = {
  version: '1.0.0',
  level: 'high',
  groups: [
    {
      construct: 'active_suicidal_ideation_suicidal_planning',
      method: true,
      phrases: [
        '(how|what is the best way|best way|whats the best way|what is the easiest way|easiest way|quickest way|what is the quickest way) (do|can|could|would|should|to|does) (i|you|one|someone|a person|people)? (kill (myself|yourself|oneself|themselves)|hang (myself|yourself|oneself)|overdose|od|slit (my|your) (wrists|throat)|end (my|your) (life|own life)|commit suicide|drown (myself|yourself)|suffocate (myself|yourself)|unalive (myself|yourself)|self delete)',
        '(which|what) (bridge|building|cliff|car park|parking garage|tower|roof|floor|height) (is|would be) (high|tall|high enough|tall enough|good|best) (enough )? (to|for) (jump|die|a fall|fall|do it|not survive)',
        'how (high|far|tall) (do|does|would|will|should) (i|you|someone|a person|one) (need|have) to (jump|fall) [from|off] (to die|to kill (myself|yourself)|to be sure|not to survive|and die)',
        '(is|would|will) (it|a fall|jumping|falling) (from|off) (that|this|the|a) (bridge|building|roof|height|cliff|car park|tower) [be] (kill|fatal|enough|lethal|high enough)',
        '(where|how) (can|could|do|would) (i|you|someone) (buy|get|get hold of|find) (a gun|a pistol|helium|a noose|charcoal|pentobarbital|nembutal|sodium nitrite|cyanide|a lethal dose)',
        '(is|would) (it|dying|death) (be )? (painful|quick|painless|peaceful) (to die )? (if|when) (i|you|someone) (jump|overdose|hang|bleed|drown|take|od)',
        '(does|do|would|will) (it|an overdose|hanging|slitting your wrists|bleeding out|drowning) (hurt|take long) (to die)?',
      ],
    },
    {
      construct: 'lethal_means_for_suicide',
      phrases: [
        '(i know|i found out) where (my dad|dad|my father|my mum|mum|my mom|mom|he|she|they|my husband|my wife|my partner|my parents) (keeps|keep|hides|hide|stores|store) (the|his|her|their) (gun|guns|pistol|rifle|shotgun|pills|meds|medication|key|keys|ammo|bullets)',
      ],
    },
    {
      construct: 'passive_suicidal_ideation',
      phrases: [
        '(i am|i am no longer|i am not) (afraid|scared) (of dying|of death|to die) (anymore|any more)?',
        '(lost|losing|have lost|no longer have) (my|the|any) fear of (death|dying)',
        '(my|the) end is (near|coming|close|nearly here)',
        '(self delete|self deleting|kermit sewerslide|commit toaster bath|toaster bath)',
        '(yeet|yeeting|yeeted) myself (off|from|into|in front of|out of)',
        '(want|wanna|going|planning|thinking about|ready) (to )? (self delete|unalive)',
        '(@want|going|gonna|about|plan|planning|@think|ready) (to )? (commit )? (sewer slide|sewer sliding)',
      ],
    },
    {
      construct: 'direct_self_injury',
      phrases: [
        '(hiding|hide|hid|cover|covering|covered|conceal|concealing) (up )? (my|the) (cuts|scars|burns|wounds|marks|bandages|self harm)',
        '(wear|wearing|wore) (long sleeves|a long sleeve|hoodies|a hoodie|jeans|trousers|plasters|bracelets) (to hide|to cover) (it|them|my arms|my wrists|my legs|my thighs|my cuts|my scars|the marks|the cuts|the scars|the burns)',
        '(no one|nobody|noone) (knows|know|has noticed|noticed) (about )? (my|the) (cuts|scars|burns|self harm|cutting)',
        '(do not|does not|never) want to stop (cutting|self harming|hurting myself|burning myself|harming myself)',
        '(cutting|self harm|self harming|hurting myself|burning myself|the pain) is the only (thing|way) (that )? (helps|works|makes me feel|i can feel|to feel|keeps me)',
        '(want|need|crave|craving|wanted|needed) to (feel|see) (the )? (pain|blood|blade|bleed)',
        '(i|i just|i have|i have been) (took|taking|take|taken|got|getting) (the|a) (blade|blades) (out of|from) (a|the|my) (sharpener|razor|pencil sharpener)',
        '(fresh|new|deep|open|infected) (cuts|wounds|burns) (on|in) my (@body)',
        '(burned|burnt|burn|burning) myself (with|on purpose)',
        '(i|i am|i have been|been|started|keep) (hitting|punching|scratching|biting|pinching|starving|bruising) myself (until|till|to|on purpose|again|when|because)',
        'i (deserve|deserved) (the pain|to bleed|to hurt|to be hurt|the scars)',
      ],
    },
  ],
};
