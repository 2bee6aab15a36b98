/**
 * Figures of speech that borrow risk words: "dying of laughter", "kill time", "that
 * defence was suicidal", "this traffic is killing me", "my phone died". A risk phrase that
 * overlaps one of these is not risk. Kept narrow on purpose: each entry names the object or
 * frame that makes it figurative, never a bare risk word.
 */
import type { IdiomFile } from './types';

export const idioms: IdiomFile = {
  version: '1.2.0',
  phrases: [
    // dying / dead
    '(dying|died|die|dead|death) (of|from|with) (laughter|laughing|embarrassment|boredom|cringe|shame|thirst|hunger|curiosity|jealousy|envy|excitement|happiness|cuteness|heat|the heat|cold|secondhand embarrassment)',
    '(dying|died|i am dead|i am dying) (laughing|of laughter|😂|🤣|💀)',
    'dying to (know|see|meet|try|go|get|hear|read|watch|eat|have|tell|find out|visit|play|talk)',
    'to die for|die hard|diehard',
    'dead (tired|serious|set|end|ass|wrong|last|center|centre|on|certain|beat|quiet|silent|asleep|heat)|deadass|deadline|deadlines',
    'drop dead (gorgeous|beautiful)',
    '(phone|battery|laptop|computer|car|plant|plants|tv|charger|wifi|internet|headphones|airpods|ipad|tablet|printer|engine|fish|goldfish|hamster|game|server|mouse|keyboard|console|switch|xbox|ps5|watch|router) (died|is dead|was dead|is dying|dies|has died|just died)',
    '(bored|scared|sick|worried|worked|frozen|freezing|starving|stressed|tickled|loved|annoyed|frightened|terrified) to death',
    'over my dead body|death metal|death by chocolate|death stare|near death experience',
    // Sympathy, not the writer's own mood: "I'm sad to hear that", "so sorry to read this".
    '(sad|sorry|heartbroken|devastated|gutted) to (hear|see|read|learn|know|say)',
    // killing
    '(kill|killing|killed|kills) (time|it|the mood|the vibe|the lights|the engine|the process|the game|the bug|the spider|the pain|a spider|a bug|a fly|the fly|the mosquito|the boss|the dragon|the final boss|two birds|some time|an hour|the battery|the plant)',
    '(could|would|will) kill for (a|some|an|the|another)',
    '(is|are|was|were|be|is going to|are going to|will|would|gonna|going to|is gonna) [@adv] (killing|kill) me',
    '(killing|killed|kill) myself (laughing|with laughter|studying|working|at work|at the gym|over|trying to|for this|for nothing)',
    '(you are|you) killing me',
    // suicide as a figure of speech
    'suicide (squad|doors|door|mission|missions|run|runs|pass|sprint|sprints|drill|drills|king|bomber|bombers|bombing|bombings|vest|attack|attacks|burn|blonde|mode)',
    '(political|career|social|commercial|financial|electoral|professional|cultural|national|economic|brand|team|tactical|fashion|ritual|corporate|class|cell|retail|demographic|civilizational) suicide',
    'suicidal (pass|passes|tackle|tackles|defending|defence|defense|run|runs|charge|mission|move|moves|decision|decisions|policy|policies|tactics|play|plays|challenge|backpass|back pass|header|driving|driver|drivers|pace|schedule|idea|ideas|strategy|grunt|squad|pedestrian|pedestrians|cyclist|cyclists|deer|squirrel|squirrels|birds|bird|overtake|overtaking|lane change|merge|pigeon|pigeons|tweet|investment|trade|bet|dive)',
    '(it|that|this|which) (is|was|would be|will be|seems|sounds|looks|be) [@adv] suicidal',
    // cutting, hurting, shooting, hanging, jumping
    'cut (the|a|an|some|it|them|that|this|those|these|him|her|you|back|down|off|out|in|through|ties|class|classes|school|corners|costs|carbs|sugar|loose|short|across|along|straight|the crap|it out|my losses|my hair|my nails|my fringe|my bangs|my beard|my finger|my thumb|my hours|my budget|my lawn|my food|my steak|my sandwich|my grass|my hand on)',
    'cutting (edge|back|down|corners|costs|class|ties|it close|out|board|the|a|some|my hair|vegetables|onions|wood|paper|grass|hair|in line)',
    'cut myself (off|some slack|a break|a slice|a piece|free|shaving|cooking|while cooking|while shaving|by accident|accidentally)',
    '(hurt|injured|injure|burned|burnt|bruised|scratched|cut|hit|bit|bumped|twisted|sprained|pulled) (myself|my *) (playing|running|lifting|skiing|at the gym|at work|working out|while|on the|on a|by accident|accidentally|shaving|cooking|chopping|falling|in a fall|in the kitchen|doing|at football|at practice|in training|on the stairs)',
    '(jump|jumped|jumping|jumps) at (the|that|a|this|an|any) (chance|offer|opportunity|job|idea|deal)',
    '(jump|jumping|jumped) on (the|a|my) (trampoline|bed|bandwagon|call|chance|bus|train|bike|sofa|couch|computer)|(jump|skipping|climbing|tow) rope|rope (swing|ladder|bridge|course)|rope for (rock climbing|climbing|camping|sailing|the boat|the tent|a swing|the swing|tug of war|the garden)',
    'shoot myself in the foot|shoot me (a|an) (message|text|email|dm|line)|hang (out|in there|on|up|with)|hanging (out|in there|on|up)',
    '(overdose|overdosed|overdosing|od|od on) (on|of)? (sugar|caffeine|coffee|chocolate|candy|cuteness|nostalgia|vitamin|vitamins|netflix|tv|anime|carbs|cake)',
    'end (it|things) (with|between) (him|her|them|my|us)',
    '(give|gave|giving|given) up (sugar|smoking|alcohol|drinking|caffeine|meat|coffee|dairy|social media|twitter|on him|on her|on them|chocolate|gluten|carbs)',
    '(not|stopped|stop|quit|quitting|have not been) (eating|drinking) (meat|dairy|sugar|carbs|gluten|pork|out|junk|junk food|fast food|alcohol|booze|beer|wine|coffee|caffeine|soda|energy drinks|as much)',
  ],
};
