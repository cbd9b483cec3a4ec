/**
 * Cue lexicons per category: general English phrasings of each kind of event, not the seed's
 * sentences. A cue carries its category, an optional contact mode or measure type, and a priority
 * used when two cues overlap ("missile strikes" beats "strikes", "fired missiles" beats "fired").
 */
import type { Category, ContactMode } from '../src/domain/event.ts';
import { hintScanner } from './hint-scanner.ts';

export interface Cue {
  category: Category;
  re: RegExp;
  /** contact mode for diplomatic_contact */
  mode?: ContactMode;
  /** policy measure type: distinct types in one sentence are distinct events */
  measure?: string;
  /** a reporting verb ("said"): a statement only when nothing else happens in the sentence */
  weak?: boolean;
  /** match case as written (a lookahead for a capitalised name) */
  caseSensitive?: boolean;
  priority: number;
}

// Every cue has all the fields, in one order (one hidden class: the code that reads cues stays
// monomorphic instead of seeing a shape per combination of optional fields).
const cue = (category: Category, re: RegExp, priority: number, extra: Partial<Cue> = {}): Cue => ({
  category,
  re: new RegExp(re.source, extra.caseSensitive ? 'g' : 'gi'),
  priority,
  mode: undefined,
  measure: undefined,
  weak: undefined,
  caseSensitive: undefined,
  ...extra,
});

/** A day written right after a verb, with or without "on": "agreed Saturday", "agreed late on Friday". */
const DAY_WORD_RE =
  /(?:(?:late|early) )?(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)(?: (?:night|evening|morning|afternoon))?,?/;

export const CUES: readonly Cue[] = [
  // diplomatic contact
  cue(
    'diplomatic_contact',
    /\b(?:over|on|via|through|using) (?:the|their|a|an|its) (?:[\w-]+ ){0,3}?hotline\b|\b(?:came|come|got|get|spoke|speak|talked) on (?:the |a )?hotline\b|\bhotline (?:talks?|conversation|call|contact)\b/,
    9,
    { mode: 'hotline' },
  ),
  cue(
    'diplomatic_contact',
    /\bvideo[- ]?(?:call|conferenc\w*|link)\b|\bvirtual (?:meeting|summit|call|talks)\b/,
    9,
    { mode: 'video' },
  ),
  cue(
    'diplomatic_contact',
    /\b(?:spoke|spoken|speaks|speaking|talked|talking)\s+(?:(?:\w+ly|by (?:tele)?phone|over the (?:tele)?phone|on the (?:tele)?phone|(?:late |early )?on \w+day|earlier|again|also|twice|at length)\s+){0,3}(?:to|with)\b(?! (?:reporters|journalists|the (?:press|media|nation)|parliament|lawmakers|a (?:news |press )?conference|a rally|supporters|students|state (?:media|television)|television|broadcasters?)\b)/,
    7,
    { mode: 'phone' },
  ),
  cue(
    'diplomatic_contact',
    /\b(?:spoke|spoken|talked) (?:by (?:tele)?phone|over the (?:tele)?phone|on the (?:tele)?phone)\b/,
    7,
    { mode: 'phone' },
  ),
  cue(
    'diplomatic_contact',
    // ("a flurry of phone calls", "telephone diplomacy": calls in general, told one by one elsewhere)
    /(?<!\b(?:flurry|round|series|spate|burst|days|hours) of (?:\w+ )?)(?:\btelephon(?:ic|e|ed)\b(?! diplomacy)|\bphone(?:d| calls?| conversations?| talks)\b)|\b(?:a|the|his|her) (?:phone )?call (?:with|between|to)\b|\bheld a call\b/,
    8,
    { mode: 'phone' },
  ),
  cue(
    'diplomatic_contact',
    /(?<!\bwhat (?:he|she|it|they|we) |so-|\b(?:it|which) )\b(?:called|dialled|dialed|rang|telephoned)(?= (?:up )?(?:(?:his|her|their) (?:\w+ )?counterparts?|[A-Z]))/,
    7,
    { mode: 'phone', caseSensitive: true },
  ),
  // "Wang told Dar by phone that ...", "in a separate call Doval told Wang": a call told by what was said
  cue(
    'diplomatic_contact',
    /\b(?:told|assured|warned|urged|informed) (?:(?:[A-Z][\w'’-]*|al|bin|de|van|von)\s+){1,4}(?:by|over the|on the) (?:tele)?phone\b|\bin an? (?:separate |later |subsequent |second |further )?(?:(?:tele)?phone )?(?:call|conversation)(?=,? (?:with )?[A-Z])/,
    7,
    { mode: 'phone', caseSensitive: true },
  ),
  cue(
    'diplomatic_contact',
    /\bmet\b(?! (?:with )?(?:reporters|journalists|the press|the media|resistance|a )\b)|\bmeetings? (?:with|between)\b|\b(?:held|holding) (?:\S+ ){0,2}?(?:talks|meetings|discussions|consultations)\b|\b(?:was|were) received by\b|\bheld an? (?:\S+ ){0,2}?meeting\b|\btalks (?:with|between)\b|\bhosted\b|\bsat down with\b|\braised (?:the |his |her |its )?(?:[\w-]+ ){0,3}with\b(?= (?:(?:his|her|their) )?(?:[A-Z]|counterpart))|\b(?:at|during) (?:a|an|the) (?:[\w-]+ ){0,3}?summit\b/,
    6,
    { mode: 'meeting' },
  ),
  cue(
    'diplomatic_contact',
    /\bcall(?:ed|s)? on (?=(?:the )?(?:Prime Minister|President|King|Queen|Emir|Crown Prince|Chief Minister|Foreign Minister|Defence Minister|Army Chief|General)\b)|\breceived (?=(?:the )?(?:[A-Z]\w+ )?(?:Prime Minister|President|King|Queen|Emir|Crown Prince|Foreign Minister|Foreign Secretary|Secretary of State|Defence Minister|envoy|ambassador)\b)/,
    7,
    { mode: 'meeting', caseSensitive: true },
  ),
  cue('diplomatic_contact', /\bdiscuss(?:ed|es)\b(?=[^.;]{0,90}\bwith\b)/, 4, { mode: 'meeting' }),
  // "told his Iranian counterpart that ...": a talk between the two, by phone when the sentence says so
  cue(
    'diplomatic_contact',
    /\b(?:told|assured|informed|briefed) (?:his|her|their) (?:\S+ )?counterparts?\b/,
    5,
    {
      mode: 'meeting',
    },
  ),
  cue(
    'diplomatic_contact',
    /\bvisit(?:ed|s|ing)?\b(?! visas?\b)|\barrived in\b|\btravell?ed (?:on )?to\b|\b(?:flew|(?<!\b(?:was|were|been|being|be) )flown) (?:in)?to\b|\b(?:went|gone|travell?(?:ed|ing)|flew|(?<!\b(?:was|were|been|being|be) )flown|moved|going) on to\b(?= [A-Z])|\bturned up (?:\w+ )?in\b(?= [A-Z])|\bon a (?:two-day |one-day |three-day )?(?:trip|tour) to\b/,
    6,
    { mode: 'visit' },
  ),
  // "Araghchi was also in the Indian capital on Thursday, co-chairing a session with Jaishankar"
  cue(
    'diplomatic_contact',
    /\b(?:was|were) (?:also |already )?in (?:the )?[A-Z][^,.;]{0,40},? (?:co-chairing|meeting|holding talks|for talks)\b/,
    6,
    { mode: 'visit', caseSensitive: true },
  ),
  cue(
    'diplomatic_contact',
    /\bbriefed (?:\S+ ){0,3}?(?:ambassadors|envoys|diplomats|heads of (?:mission|missions)|the diplomatic corps)\b|\bsummoned (?:\S+ ){0,4}?(?:envoy|ambassador|high commissioner|charg[eé] d'affaires|diplomat)\b/,
    6,
    { mode: 'meeting' },
  ),
  cue(
    'diplomatic_contact',
    /\b(?:wrote|sent) (?:a )?(?:letter|message|note) to\b|\bwrote to\b|\b(?:handed|delivered|passed) (?:a |an )?(?:\w+ )?(?:note|letter|message|d[ée]marche) to\b/,
    6,
    {
      mode: 'message',
    },
  ),

  // agreement
  cue(
    'agreement',
    // (a day may stand between: "agreed Saturday to stop", wire style)
    new RegExp(
      // ... or a phrase: "agreeing under heavy U.S. pressure to withdraw troops"
      String.raw`\bagree(?:d|ing) (?:${DAY_WORD_RE.source} )?(?:to|on|upon|with)\b(?! (?:stay|keep|remain) in (?:close )?(?:touch|contact)\b)|\bagree(?:d|ing) (?:that|a)\b|\bagree(?:d|ing)(?= (?:under|after|in|at) [^,;]{1,50}? to (?:withdraw|pull|remove|halt|stop|cease|end|return|restore|resume|hold|observe)\b)`,
    ),
    8,
  ),
  cue(
    'agreement',
    /\b(?:ceasefire|truce|peace) (?:agreement|deal|accord|understanding|pact)\b|\breached (?:an? )?(?:understanding|agreement|deal|accord)\b|\bsigned (?:an? |the )?(?:agreement|deal|accord|memorandum|treaty|joint)\b|\bjoint (?:statement|declaration)\b|\badopted (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:declaration|communiqu[ée]|accord)\b/,
    8,
  ),
  cue(
    'agreement',
    /\bceasefire (?:came|went|comes) into (?:effect|force)\b|\bceasefire took effect\b|\bannounced (?:a |an |the )?(?:full and immediate |immediate |complete )?(?:ceasefire|truce)\b|\b(?:ceasefire|truce) (?:was|had been|has been) (?:agreed|reached|announced)\b|\b(?:understanding|deal|agreement|accord|truce|ceasefire|pact) (?:was|had been|has been) (?:struck|reached|sealed|clinched|brokered)\b|\bstruck (?:an? |the )?(?:\w+ )?(?:deal|understanding|agreement|accord|truce|bargain)\b/,
    8,
  ),

  // strike
  cue(
    'strike',
    /\b(?:air|missile|drone|precision|artillery|rocket|retaliatory|military|aerial|cross-border)[- ]?strikes?\b|\bairstrikes?\b|\bair raids?\b/,
    9,
  ),
  cue(
    'strike',
    /\b(?:drone|missile|rocket|aerial) attacks?\b|\b(?:launched|fired) (?:a )?(?:barrage of )?(?:missiles|drones|rockets|strikes)\b|\b(?:drones?|missiles?|rockets?) (?:were |was )?(?:intercepted|shot down|struck|hit|landed)\b/,
    9,
  ),
  cue(
    'strike',
    /(?<!\b(?:shells?|mortars?|rounds?)\s)\bstruck\b(?! (?:an? |the )?(?:\w+ )?(?:deal|understanding|agreement|accord|truce|bargain)\b)|\bbomb(?:ed|ing|ings|arded|ardment)\b|\bstrikes? (?:on|at|against|in|inside|across)\b|\btargeted\b|\b(?:shot down|downed|destroyed|neutrali[sz]ed|intercepted|repelled|foiled) (?:\S+ ){0,4}(?:drones|missiles|rockets|UAVs)\b|\b(?:destroyed|intercepted) (?:\S+ ){0,4}(?:jets|aircraft|planes)\b|\b(?:disabled|destroyed|neutrali[sz]ed|knocked out|took out) (?:\S+ ){0,3}(?:air[- ]defen[cs]e|radars?|launchers?|launch pads?|batteries|airfields?|runways?|air ?bases?|camps?|depots?)\b|(?<!\b(?:understanding|deal|agreement|accord|truce|ceasefire|pact|bargain)\s)\b(?:was|were|(?:had|have|has)(?: also)? been) (?:also )?(?:hit|struck|targeted|bombed)\b|\b(?:deployed|used|sent) (?:\S+ ){0,3}(?:jets|aircraft|warplanes|drones|missiles|rockets|weapons|munitions)(?: \S+){0,4}? against\b|\b(?:using|used) (?:\S+ ){0,3}(?:drones?|missiles?|rockets?|jets|aircraft|warplanes|artillery|UAVs?) to (?:strike|attack|hit|bomb|target)\b|\b(?:launched|fired) (?:\S+ ){0,2}(?:missiles|rockets|drones)\b/,
    7,
  ),
  cue(
    'strike',
    /\b(?:pounded|hit|attacked|targeted|raided)\b(?<=\b(?:warplanes|jets|aircraft|drones|helicopters|bombers)\s+(?:\S+\s+){0,2}\w+)|\b(?:rockets?|missiles?|bombs?|projectiles?|drones?)\s+(?:\S+\s+){0,4}?(?:fell|landed|exploded|slammed|crashed|came down|had hit|hit|had struck)\b|\bexplosions? (?:\S+ ){0,2}?(?:echoed|rocked|shook|were heard|heard)\b|\b(?:incoming|hostile|enemy) drones\b|\bdropp(?:ed|ing) (?:\S+ ){0,2}?bombs\b|\b(?:drones|missiles|rockets) (?:were |had been )?(?:sighted|spotted|seen|engaged|detected)\b|\bair[- ]defen[cs]e (?:units?|guns?|systems?|batteries) (?:\S+ ){0,2}?(?:opened (?:fire|up)|engaged|fired)\b/,
    9,
  ),
  // "Targets included the camp in Bahawalpur"
  cue('strike', /\btargets? (?:included|were hit|hit included)\b/, 6),
  // "hitting nine sites in Pakistan", "tried to hit military targets at 15 places", "the air defence
  // system at Lahore had been put out of action"
  cue(
    'strike',
    /\b(?:hit(?:ting)?|struck|striking|pounding) (?:\S+ ){0,3}?(?:sites|targets|locations|camps|bases|positions|installations|facilities|hideouts|launch pads)\b|\b(?:tried|attempted|sought) to (?:hit|strike|target|attack) (?:\S+ ){0,2}?(?:targets|sites|bases|installations|places|positions)\b|\b(?:air[- ]defen[cs]e|radars?|launchers?|batteries|airfields?|air ?bases?)\b(?: [^\s.;]+){0,6}? (?:had been|has been|was|were) (?:put out of action|disabled|knocked out|taken out)\b/,
    7,
  ),
  cue('strike', /\bstrikes\b/, 3),

  // attack
  cue(
    'attack',
    /\b(?:terror(?:ist)?|militant|insurgent|suicide|gun|grenade|bomb|IED) (?:attacks?|strikes?|blasts?|bombings?)\b|\bterror(?:ist)? (?:attack|strike)\b/,
    9,
  ),
  cue(
    'attack',
    /\b(?:gunmen|militants|terrorists|insurgents|attackers|assailants) (?:opened fire|killed|attacked|stormed|shot|ambushed|massacred|struck|fired on)\b|\bmassacre\b|\bambush(?:ed)?\b|\b(?:the )?killings? of (?:at least |some )?(?:\S+ ){0,2}?(?:people|civilians|tourists|pilgrims|villagers|worshippers|visitors)\b|\b(?:suicide )?bombers? (?:drove|rammed|blew|detonated|set off|struck|attacked|killed)\b|\bcar bomb(?:ing)?s?\b/,
    9,
  ),
  cue('attack', /\battack(?:s|ed)?\b/, 3),

  // armed clash
  cue(
    'armed_clash',
    /\bceasefire violations?\b|\bviolat(?:ed|ing|ion of|ions of) the (?:ceasefire|truce)\b|\bexchang(?:e|ed|es) of (?:heavy |small[- ]arms |artillery )?fire\b|\bexchang(?:ed|ing) (?:heavy |small[- ]arms |artillery |mortar )?fire\b|\bexchanges(?= (?:had |have |has )?(?:also |now |then )?(?:spread|extended|widened)\b)/,
    8,
  ),
  cue(
    'armed_clash',
    /\bfiring\b|\b(?:small[- ]arms|artillery|mortar|machine-gun|sniper|unprovoked|cross-border|heavy) fire\b|\bpound(?:ed|ing)\b|\bopened fire\b|(?<!\b(?:missiles?|drones?|rockets?|UAVs?)\s)\bfired (?:at|on|upon|across|towards|mortars?|artillery|shells|rockets)\b(?! (?:\S+ ){0,2}(?:drones|missiles|aircraft)\b)|\bfired (?:heavy |small |light )?(?:weapons|guns|machine[- ]guns|arms) (?:at|on|into|across|towards)\b|\bshell(?:ing|ed|s)?\b|\bclash(?:es|ed)?\b|\bgun ?fights?\b|\bskirmish(?:es)?\b|\bfirefights?\b|\bartillery (?:duels?|fire|exchanges?)\b|\bfighting\b(?! for\b)|\bfought\b(?! for\b(?! control\b))|\b(?:artillery|mortar)(?: and (?:artillery|mortar))? (?:rounds|bombs)\b|\bdogfights?\b|\b(?:sank|sunk) (?:a |an |the |two |three |several )?(?:[\w-]+ ){0,2}?(?:vessels?|ships?|boats?|warships?|corvettes?|frigates?|gunboats?)\b|\baerial (?:engagements?|combat|battles?)\b|\bair battles?\b|\bbattled\b|\bgun battles?\b|\bhostilities\b/,
    6,
  ),

  cue(
    'armed_clash',
    // ... a place, not a person ("a pilot captured a day earlier", "captured two soldiers")
    /\b(?:(?<!\b(?:pilots?|suspects?|crew|jawans?|personnel)\s+)(?<!\b(?:pilots?|soldiers?|troops|officers?|men|militants?|suspects?|crew|jawans?|personnel)\s+(?:was|were|had been|who was|who were)\s+)captured(?!\s+(?:\S+\s+){0,3}?(?:pilots?|soldiers?|troops|officers?|militants?|suspects?|crew|jawans?|personnel|alive)\b)(?!\s+(?:on|in|by|last|during|after|earlier|a day|two days|while)\b)|seized|recaptured|retook|overran|liberated|(?:took|taken|take|seized) control of)\b/,
    6,
  ),

  // manned aircraft lost in the fight: an engagement ("shot down two Indian jets", "a Mi-17
  // helicopter was shot down", "the IAF lost a MiG-27"); drones and missiles shot down are strikes
  cue(
    'armed_clash',
    /\b(?:shot|brought) down (?:\S+ ){0,4}?(?:jets?|aircraft|planes?|fighters?|warplanes?|helicopters?|MiG-\S+|F-16s?|Rafales?|Mirages?|Sukhois?|Su-\d+\w*)\b|\b(?:jets?|aircraft|planes?|fighters?|warplanes?|helicopters?|gunships?|MiG-\S+|F-16s?|Rafales?|Su-\d+\w*|Mi-\d+\w*)\s+(?:\S+\s+){0,2}?(?:was|were|had been|has been|have been)\s+(?:shot|brought)\s+down\b|\blost (?:an? |two |three |one |its |their )?(?:\S+ ){0,2}?(?:fighter )?(?:jets?|aircraft|planes?|fighters|warplanes?|helicopters?|MiG-\S+)\b/,
    7,
  ),

  // military posture
  cue(
    'military_posture',
    /\bdeploy(?:ed|ing|ment|ments|s)\b|\bbuild-?ups?\b|\b(?:building|built|build) up (?:\S+ ){0,2}?(?:forces|troops|military|presence|units|positions)\b|\b(?:columns|convoys|tanks|troops|forces|units|soldiers) (?:\S+ ){0,2}?(?:rolled|poured|moved|crossed) (?:(?:out of|back from) (?:\S+ ){1,3}?)?into\b|\bmobili[sz](?:ed|ing|ation)\b|\bmass(?:ed|ing) (?:troops|forces|tanks)\b|\bamassed\b|\breinforc(?:ed|ing|ements)\b|\b(?:moved|moving) (?:\S+ ){0,4}?(?:troops|tanks|artillery|forces|vehicles|soldiers|warships|reinforcements|units)\b|\b(?:orderly |full |complete |phased )?withdrawal\b(?! of (?:its |the |their )?(?:ambassador|envoy|diplomats|advisers|high commissioner|staff|visas?))|\bpull-?out\b|\bwithdr[ae]wn? (?:all )?(?:its |their |the )?(?:troops|forces|soldiers)\b|\bpulled (?:back|out) (?:its |their |the )?(?:troops|forces)\b|\b(?:slipped|came|went|got) ashore\b|\blanded (?:\S+ ){0,2}?(?:troops|commandos|marines|soldiers|forces)\b|\b(?:troops|commandos|marines|soldiers|forces) (?:\S+ ){0,2}?landed (?:on|at)\b|\b(?:were|was|are|is|remain(?:ed)?) (?:already |still )?(?:posted|stationed|garrisoned)\b|\border(?:ed|ing) (?:[\w,-]+ ){0,3}?(?:battalions|brigades|divisions|troops|tanks|units|soldiers|warships)\b(?=[^.;]{0,40}? to\b)/,
    6,
  ),
  cue(
    'military_posture',
    /\b(?:military|joint|naval|air|war|live-fire|combat) (?:exercises?|drills?)\b|\bexercises?\b(?= (?:in|near|along|off))|\bmissile tests?\b|\btest-?fir(?:ed|ing|e)\b|\btest launch\b|\b(?:on|to) (?:high|maximum|full|red) alert\b|\b(?:on|to) (?:the |a )?(?:highest|high|heightened|maximum) (?:state|level|stage) of (?:alert|readiness)\b|\bscrambled (?:\S+ ){0,2}?(?:jets|fighters?|fighter jets|warplanes|aircraft|interceptors)\b|\bcombat air patrols?\b|\b(?:anti-ship|anti-aircraft|live|test|missile) firings?\b|\btraining launch\b|\btest(?:ed|ing) (?:its |a |the |an )?(?:new )?(?:[A-Z][\w-]* )?(?:surface-to-surface |ballistic |cruise )?(?:missile|weapon system|rocket)s?\b|\bflight operations\b|\bjoint patrols?\b/,
    7,
  ),

  // policy measures
  cue(
    'policy_measure',
    /\bsuspend(?:ed|s|ing)\b|\bsuspension of\b|\b(?:in|into) abeyance\b|\b(?:put|puts|putting|placed|placing) (?:\S+ ){1,5}?on hold\b|\b(?:put|puts|putting|placed|placing) on hold\b/,
    7,
    {
      measure: 'suspend',
    },
  ),
  cue(
    'policy_measure',
    /\bexpel(?:led|s|ling)?\b|\bexpulsion\b|\bpersona non grata\b|\border(?:ed|s) [^.;]{0,60}\bto leave\b/,
    7,
    { measure: 'expel' },
  ),
  cue(
    'policy_measure',
    new RegExp(
      `\\b(?:clos(?:e|ed|es|ing|ure of)(?![- ](?:door|consultations|session|meeting|talks|briefing|hearing)s?\\b)|shut(?:ting)?(?: down)?|seal(?:ed|ing))\\s+(?:\\S+\\s+){0,4}?(?:airspace|border|borders|crossing|crossings|checkpoints?|check-posts?|check posts?|checkposts?|airports?|roads|highways|road links|air links|links|ports?|embassy|consulate|land route|trade route|pass)\\b`,
    ),
    8,
    { measure: 'close' },
  ),
  // "the country's airspace had been shut", "32 airports would remain closed to civilian flights"
  cue(
    'policy_measure',
    /\b(?:airspace|airports?|border|borders|crossings?|corridor|embassy|consulate|checkpoints?|check-posts?|check posts?|ports?)\b(?: [^\s.;]+){0,10}? (?:was|were|is|are|had been|has been|have been|(?:would |will )?(?:remain|stay)(?:ed|s)?|kept) (?:\w+ly )?(?:closed|shut|sealed)\b/,
    // below the active cues it may overlap ("reopening 32 airports ... that had been closed")
    6,
    { measure: 'close' },
  ),
  // "ordered the main land crossing between the two countries shut"
  cue('policy_measure', /\bordered\s+(?:\S+\s+){1,9}?(?:shut|closed)\b/, 8, { measure: 'close' }),
  // a directive: "told its states to hold drills", "ordered the state oil company to issue licences",
  // "authorised the armed forces to respond"
  cue(
    'policy_measure',
    /\b(?:ordered|directed|instructed|told|asked) (?:its |all |the )?(?:states|provinces|authorities|airlines|citizens|nationals|residents|schools) to\b|\bordered (?:\S+ ){1,6}?to (?:issue|stop|halt|suspend|cease|evacuate|vacate)\b|\bauthori[sz]ed (?:the )?(?:armed forces|army|military|troops)\b/,
    7,
    { measure: 'order' },
  ),
  cue(
    'policy_measure',
    /\bdemolish(?:ed|es|ing)?\b|\brazed\b|\bblew up (?:\S+ ){0,3}(?:homes?|houses?)\b/,
    7,
    { measure: 'demolish' },
  ),
  cue(
    'policy_measure',
    /\b(?:took|taken|takes|take) over (?:the )?(?:probe|investigation|case|inquiry)\b|\bordered (?:an? |the )?(?:probe|investigation|inquiry)\b/,
    7,
    { measure: 'probe' },
  ),
  cue(
    'policy_measure',
    /\bban(?:ned|ning|s)?\b(?= (?:on |all |the |its |imports|exports|trade|entry|flights|ships|mail|vessels|Pakistani|Indian|Thai|Cambodian))|\bbanned\b|\bbarr(?:ed|ing)\b|\bprohibit(?:ed|s|ing)\b(?= (?:the |all |any )?(?:direct |indirect |import|export|entry|trade|flights|ships|vessels|aircraft|airlines|[A-Z]))/,
    7,
    { measure: 'ban' },
  ),
  cue(
    'policy_measure',
    /\bcancel(?:led|ed|s|ling|lation of)\b|\brevok(?:ed|es|ing)\b|\brevocation of\b|\bwithdr(?:ew|awn|aws|awing) (?:the |its |their )?(?:[\w-]+ ){0,3}(?:status|privileges|accreditation|recognition|concessions|preferences)\b/,
    7,
    {
      measure: 'cancel',
    },
  ),
  cue(
    'policy_measure',
    /\b(?:halt(?:ed|s)?|stopp?(?:ed)?|cut(?: off)?|curb(?:ed)?|restrict(?:ed)?) (?:(?:all|the|its|bilateral|cross-border|incoming|inbound|outgoing|direct|indirect|further) ){0,3}(?:trade|imports|exports|flights|water|electricity|power|fuel|postal|shipping|supplies|telephone|internet|mobile|communications?|post|mail|parcels|shipments|cargo)\b/,
    7,
    { measure: 'halt' },
  ),
  cue(
    'policy_measure',
    /\bdowngrad(?:ed|ing|es)\b|\brecall(?:ed|s)? (?:its |their |the )?(?:ambassador|envoy|high commissioner|diplomats|defence attach)|\b(?:sever(?:ed|s|ing)?|cut(?:s|ting)?(?: off)?|br(?:oke|oken|eaks?|eaking) off) (?:its |all |their |the )?(?:diplomatic )?(?:ties|relations)\b/,
    7,
    { measure: 'downgrade' },
  ),
  cue(
    'policy_measure',
    /\bimpos(?:ed|es|ing) (?:a |an )?(?:curfew|sanctions|ban|restrictions|tariffs?|martial law)\b|\bdeclared (?:a |an )?(?:(?:nationwide|national|general) )?(?:state of (?:war|emergency|siege)|martial law|(?:general )?mobili[sz]ation)\b|\bblock(?:ed|ing) (?:(?:more than |over |at least )?(?:a dozen|dozens of|\d+|[a-z]+) )?(?:[A-Z]\w+ )?(?:[A-Z]\w+ )?(?:imports|trade|water|websites|accounts|channels|flights|apps|sites)\b/,
    7,
    { measure: 'impose' },
  ),

  cue(
    'policy_measure',
    /\breopen(?:ed|s|ing)? (?:\S+ ){0,3}?(?:airspace|airports?|border|borders|crossings?|embassy|consulate|trade|routes?|flights|checkpoints?|ports?)\b|\b(?:airspace|airports?|border|borders|crossings?|corridor|embassy|consulate|checkpoints?|ports?)\b(?: [^\s.;,]+){0,6}? (?:was|were|is|are|had been|has been|have been) (?:\w+ly )?(?:reopened|restored)\b|\blift(?:ed|s|ing)? (?:the |its |a )?(?:ban|restrictions|closure|curfew)\b|\bresum(?:ed|es|ing) (?:trade|flights|visa)\b|\brestor(?:ed|es|ing) (?:trade|flights|diplomatic)/,
    7,
    { measure: 'reopen' },
  ),

  // statements: speech acts, then plain reporting verbs (weak)
  cue(
    'statement',
    /\bcondemn(?:ed|s)\b|\bwarn(?:ed|s)\b|\burg(?:ed|es)\b|\bcall(?:ed|s) (?:on|for|upon)\b|\bvow(?:ed|s)\b|\bthreaten(?:ed|s)\b|\breject(?:ed|s)\b|\bden(?:ied|ies)\b|\baccus(?:ed|es)\b|\bappeal(?:ed|s)\b|\bdemand(?:ed|s)\b|\bwelcom(?:ed|es)\b|\bexpress(?:ed|es)\b|\bpledg(?:ed|es)\b|\breiterat(?:ed|es)\b|\binsist(?:ed|s)\b|\bslamm?(?:ed|s)\b(?! into\b)|\bblam(?:ed|es)\b|\bdescribed\b|\btermed\b|\bpraised\b|\bcriticis(?:ed|es)\b|\bcriticiz(?:ed|es)\b|\bcalled (?:it|the|this|these|them)\b|\bpromis(?:ed|es)\b|\boffered\b|\bthank(?:ed|s)\b|\bhail(?:ed|s)\b|\blaud(?:ed|s)\b|\bcommend(?:ed|s)\b|\bcongratulat(?:ed|es)\b|\bdenounc(?:ed|es)\b|\bdeplor(?:ed|es)\b|\bregrett(?:ed)\b|\b(?:wrote|written|writing|posted|posting|announc(?:ed|ing)(?: (?!that\b)\S+){0,3}?) on (?:his |her |its |their )?(?:X|Twitter|Facebook|Telegram|Truth Social|social media|[A-Z]\w+ (?:[A-Z]\w+ )?(?:platform|account))\b|\b(?:used|gave|delivered|made) (?:a|his|her|their) (?:[\w-]+ ){0,2}?(?:speech|address)\b|\b(?:published|issued|released) (?:a |an )?(?:[\w-]+ ){0,2}?(?:document|report|paper|communiqu[ée]|white paper) (?:accusing|saying|stating|calling|demanding|rejecting|denying)\b|\bsaid in a (?:post|message|video|speech|televised (?:address|speech)|(?:national |televised )?address|broadcast|interview|news conference|press conference|statement)\b|\b(?:was|were) quoted (?:[^,.;]{0,40} )?as (?:saying|telling)\b|\b(?:returned|came back) to the (?:briefing room|podium|microphones?|cameras) to (?:say|announce|tell)\b|\b(?:appeared|returned|came|come|went|gone|stepped out) (?:again )?(?:before|in front of) (?:the )?(?:reporters|journalists|media|cameras|press)\b|\bbriefed (?:the )?(?:reporters|journalists|media|press)\b|\btold (?:a |the )?(?:(?:joint |special )?session of (?:the )?)?(?:parliament|lawmakers|the (?:national )?assembly|senate|a (?:joint )?(?:news|press) conference|a (?:joint |special |media |news )?briefing|a rally)\b|\btold (?:a |an |the |its |his |her )?(?:regular |daily |weekly |special |joint |televised |late-night |separate )?(?:news conference|press conference|press briefing|news briefing|media briefing)\b|\baddress(?:ed|ing) (?:a |the )?(?:rally|crowd|gathering|nation|parliament|(?:joint )?session|(?:news |press )?conference)\b|\b(?:asked|requested|pressed|implored) (?:the |both |all )?(?:[A-Z]\S* |sides |parties |countries ){1,6}?to (?:convene|hold|call|intervene|mediate|press|help|step|withdraw|stop|halt|end|release|investigate|exercise|show|respect|return)\b/,
    5,
  ),
  cue(
    'statement',
    /\bsaid\b|\bsays\b|\bstated\b|\btold\b|\bposted\b|\btweeted\b|\bannounced\b|\bin a (?:[\w-]+ ){0,2}?statement\b/,
    2,
    { weak: true },
  ),
];

/** Words before a cue (same clause) that make it a plan, a negation or a hypothesis. */
export const IRREALIS_RE =
  /\b(?:not|no|never|neither|nor|without|would|could|might|should|will|shall|can|cannot|must|if|unless|whether|plans?|planning|planned|scheduled|expected|due|likely|set(?=\s+(?:to|for)\b)|intends?|intended|ready|any|aims?|seeks?|wants?|hopes?|refused|failed|deny|denies|denied|rule[sd]? out|possible|potential|prepared|readiness|capability|capabilities|capable|ability|fears?|feared|preparing|prepares?)\s+(?:\S+\s+){0,2}$|n't\s+(?:\S+\s+){0,2}$|\bno\s+(?:\S+\s+){0,4}(?:had|have|has|was|were|is|are)\s+(?:been\s+)?$|\b(?:readiness|capabilit(?:y|ies)|capable|ability)\b[^.;,]{0,40}$/i;
/** Modal "may" only in lower case ("in May" is the month). */
export const MAY_RE = /\bmay\s+(?:\S+\s+){0,2}$/;

/** Words that make what follows a topic of talk, not a new event ("discussed the attack"). */
export const TOPIC_RE =
  /\b(?:discuss(?:ed|es|ing)?|talked about|spoke about|briefed [^,;]{0,30} on|condemn(?:ed|s|ing)?|sympath(?:y|ies) (?:for|over)|in response to|responding to|retaliation for|(?:set off|triggered|sparked|caused|prompted) by|review(?:ed|ing)?|warn(?:ed|s|ing)? [^,;]{0,40}against|stop|halt|cease|end|prevent|avoid|deter|pre-?empt|avert|thwart|forestall|refrain from|de-escalate|cessation|probe into|investigation into|inquiry into|investigating)\b[^.;]{0,80}$/i;
/** After a contact or a statement in the same sentence, these also introduce its topic. */
export const TOPIC_AFTER_TALK_RE = /\b(?:about|over|against|regarding|concerning)\b[^.;]{0,60}$/i;

/**
 * Cheap prefilter, one entry per cue in CUES order: a cue's regex runs only when the lower-cased
 * sentence contains one of these substrings (String.includes is far cheaper than the regex).
 */
export const HINTS: readonly (readonly string[])[] = [
  ['hotline'],
  ['video', 'virtual'],
  ['spok', 'speak', 'talk'],
  ['spok', 'talk'],
  ['telephon', 'phone', 'call'],
  ['called', 'dialled', 'dialed', 'rang', 'telephoned'],
  ['phone', 'call', 'conversation'],
  ['met', 'meeting', 'held', 'holding', 'talks', 'hosted', 'sat down', 'raised', 'received by', 'summit'],
  ['call', 'received'],
  ['discuss'],
  ['counterpart'],
  ['visit', 'arrived', 'travel', 'flew', 'flown', 'on to', 'trip', 'tour', 'turned up'],
  ['co-chairing', 'meeting', 'holding talks', 'for talks'],
  ['briefed', 'summoned'],
  ['wrote', 'sent', 'handed', 'delivered', 'passed'],
  ['agreed', 'agreeing'],
  ['agreement', 'deal', 'accord', 'understanding', 'pact', 'reached', 'signed', 'joint', 'adopted'],
  ['ceasefire', 'truce', 'understanding', 'deal', 'agreement', 'accord', 'pact'],
  ['strike', 'air raid'],
  ['attack', 'launched', 'fired', 'drone', 'missile', 'rocket'],
  [
    'struck',
    'bomb',
    'strike',
    'targeted',
    'shot down',
    'hit',
    'disabled',
    'knocked out',
    'took out',
    'downed',
    'destroyed',
    'neutrali',
    'repelled',
    'foiled',
    'intercepted',
    'deployed',
    'used',
    'using',
    'sent',
    'launched',
    'fired',
  ],
  [
    'warplanes',
    'jets',
    'aircraft',
    'drone',
    'helicopters',
    'bombers',
    'rocket',
    'missile',
    'bomb',
    'projectile',
    'explosion',
    'defen',
  ],
  ['target'],
  [
    'hit',
    'struck',
    'striking',
    'pounding',
    'tried to',
    'attempted to',
    'sought to',
    'out of action',
    'disabled',
    'knocked out',
    'taken out',
  ],
  ['strikes'],
  ['attack', 'strike', 'blast', 'bombing'],
  [
    'gunmen',
    'militants',
    'terrorists',
    'insurgents',
    'attackers',
    'assailants',
    'massacre',
    'ambush',
    'bomber',
    'car bomb',
    'killing',
  ],
  ['attack'],
  ['ceasefire', 'truce', 'exchang'],
  [
    'fir',
    'pound',
    'shell',
    'clash',
    'gun',
    'skirmish',
    'artillery',
    'fighting',
    'fought',
    'dogfight',
    'sank',
    'sunk',
    'aerial',
    'air battle',
    'mortar',
    'battle',
    'hostilities',
  ],
  ['captured', 'seized', 'recaptured', 'retook', 'overran', 'liberated', 'control of'],
  ['shot down', 'brought down', 'lost'],
  [
    'deploy',
    'build',
    'built',
    'mobili',
    'mass',
    'reinforc',
    'moved',
    'moving',
    'withdr',
    'pull',
    'rolled',
    'poured',
    'crossed',
    'ashore',
    'landed',
    'posted',
    'stationed',
    'garrisoned',
    'order',
  ],
  [
    'exercise',
    'drill',
    'test',
    'alert',
    'readiness',
    'scrambled',
    'patrol',
    'firing',
    'launch',
    'flight operations',
  ],
  ['suspen', 'abeyance', 'on hold'],
  ['expel', 'expulsion', 'persona non grata', 'to leave'],
  ['clos', 'shut', 'seal'],
  ['closed', 'shut', 'sealed'],
  ['ordered'],
  ['ordered', 'directed', 'instructed', 'told', 'asked', 'authori'],
  ['demolish', 'razed', 'blew up'],
  ['probe', 'investigation', 'inquiry', 'case'],
  ['ban', 'barr', 'prohibit'],
  ['cancel', 'revok', 'revocation', 'withdr'],
  ['halt', 'stop', 'cut', 'curb', 'restrict'],
  ['downgrad', 'recall', 'ties', 'relations'],
  ['impos', 'block', 'declared'],
  ['reopen', 'lift', 'resum', 'restor'],
  [
    'condemn',
    'warn',
    'urg',
    'call',
    'vow',
    'threaten',
    'reject',
    'den',
    'accus',
    'appeal',
    'demand',
    'welcom',
    'express',
    'pledg',
    'reiterat',
    'insist',
    'slam',
    'blam',
    'describ',
    'termed',
    'praised',
    'critic',
    'promis',
    'offered',
    'thank',
    'hail',
    'laud',
    'commend',
    'congratulat',
    'denounc',
    'deplor',
    'regrett',
    'told',
    'address',
    'wrote on',
    'written on',
    'writing on',
    'posted on',
    'posting on',
    'announc',
    'said in a',
    'published',
    'issued',
    'released',
    'speech',
    'address',
    'asked',
    'requested',
    'pressed',
    'implored',
    'reporters',
    'quoted',
    'briefing room',
    'journalists',
    'media',
    'cameras',
    'press',
  ],
  ['said', 'says', 'stated', 'told', 'posted', 'tweeted', 'announced', 'statement'],
];
if (HINTS.length !== CUES.length)
  throw new Error(`cue-lexicon: ${HINTS.length} hints for ${CUES.length} cues`);

/**
 * The cues that may match this sentence: one scan for all hint substrings instead of one regex
 * per cue (a match also stands for the shorter hints it starts with; see hint-scanner.ts).
 */
export const possibleCues: (text: string) => number[] = hintScanner(HINTS);
