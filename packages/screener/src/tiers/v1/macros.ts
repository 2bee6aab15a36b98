/** Pattern macros (see patterns.ts). Version with the tiers that use them. */
export const macros = {
  version: '1.0.0',
  defs: {
    adv: 'really|just|so|actually|honestly|literally|seriously|genuinely|truly|kind of|sort of|still|sometimes|often|always|constantly|badly|desperately|almost|lowkey|legit|fucking|fuckin|very|totally|completely|definitely|even|probably|rather|extremely|severely|super|pretty|hella|incredibly|deeply|horribly|increasingly|more|more and more|quite|a bit|a little|slightly|somewhat|mildly|passively|actively|chronically|suddenly|also|too|again',
    want: 'want|wanted|wants|wanting|wish|wished|wishes|wishing|need|needed|needs|would like|would love|longing|craving|ready|desperate|tempted|urge|urges|itching|yearn|yearned|yearning|desire|desires',
    think:
      'think about|thinking about|thought about|thoughts about|thoughts of|thinking of|think of|considering|considered|contemplating|contemplated|fantasizing about|fantasising about|dreaming about|dreaming of|dream about|obsessing over|researching|planning|plan',
    kill_self:
      'kill myself|kill my self|killing myself|killed myself|kms|unalive myself|unaliving myself|off myself|end my life|end my own life|ending my life|take my life|take my own life|taking my life|taking my own life|commit suicide|committing suicide|end it all|ending it all|end everything|hang myself|hanging myself|shoot myself|shooting myself|(slit|slice|slash) my (wrist|wrists|throat)|(slitting|slicing|slashing) my (wrist|wrists|throat)|drown myself|gas myself|poison myself|electrocute myself|electrocuting myself|(set|setting|light|lighting) myself on fire|burn myself alive|jump (from|off of) (a|the|my) (roof|bridge|building|balcony|cliff|window|ledge)|jump out (of )? (a|the|my) window|(run|running|walk|walking|step|stepping) (in front of|into) (a|the)? (traffic|train|car|bus|truck|lorry|oncoming traffic)|throw myself (off|in front of) (a|the|my) (bridge|building|roof|cliff|balcony|train|bus|car|truck|lorry)|jump off (a|the|my|that) (bridge|building|roof|rooftop|cliff|balcony|ledge|tower|car park|parking garage|overpass)|jump in front of (a|the) (train|bus|car|truck|lorry|traffic)|jump into traffic|step in front of (a|the) (train|bus|car|truck|lorry)|drive my car (into|off) (a|the) (wall|tree|bridge|cliff|river|lake|truck|lorry|barrier|ravine)|crash my car (on purpose|into (a|the) (wall|tree|truck|lorry|barrier))|drink myself to death|starve myself to death|do myself in|off myself|blow my brains out|put a bullet in my (head|brain)|ctb|catch the bus',
    meds: 'meds|medication|medications|medicine|medicines|pills|tablets|antidepressants|antipsychotics|lithium|insulin|prescription|prescriptions|ssri|ssris|mood stabilisers|mood stabilizers|injections|injection|dose|doses|sertraline|fluoxetine|citalopram|escitalopram|quetiapine|olanzapine|lamotrigine|clozapine|seroquel|prozac|zoloft|lexapro',
    means_item:
      'pills|tablets|meds|medication|paracetamol|tylenol|acetaminophen|painkillers|sleeping pills|rope|noose|gun|knife|blade|blades|razor|razors|belt|cord|bottle|pill bottle|bleach|poison|pesticide|antifreeze|charcoal|gun|pistol|rifle|shotgun',
    here_now: 'in front of me|next to me|right here|in my hand|in my hands|in my lap|beside me|lined up|counted out|laid out',
    body: 'wrist|wrists|arm|arms|leg|legs|thigh|thighs|skin|stomach|hips|hip|ankles|chest|face|hand|hands|body',
    sh_verb:
      'cut|cutting|cuts|slit|slitting|slash|slashed|slashing|burn|burned|burnt|burning|hurt|hurting|harm|harmed|harming|hit|hitting|punch|punched|punching|scratch|scratched|scratching|stab|stabbed|stabbing|carve|carved|carving|bite|bit|biting|mutilate|mutilated|mutilating|wound|wounded|wounding|bruise|bruised|bruising|injure|injured|injuring|choke|choked|choking|strangle|strangled|strangling',
    everyone:
      'everyone|everybody|they|people|my family|my friends|my kids|my children|my parents|my mom|my mum|my dad|my wife|my husband|my partner|my boyfriend|my girlfriend|the world|you|you all|them|the people around me|my loved ones|the ones i love|all of them|my sister|my brother|my son|my daughter',
  } as Record<string, string>,
} as const;
