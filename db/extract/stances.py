"""Claim stances: who claimed, denied, is suspected of or assessed to be behind an attack."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta

from .alternation import at_word_start, by_first_letter, each
from .dates import MONTH_NAMES, MONTHS, DateIndex
from .clauses import asides, clauses, inside, opens_subject
from .gazetteer import Mention
from .segment import Sentence
from .references import Resolver, in_aside
from .types import Quote, Stance

_I = 0  # patterns are lower case and run on segment.lowered(text)
# The clause patterns are built by at_word_start: a look-ahead holds the first letters of their alternatives, grouped
# under them, so that most positions fail at once instead of trying every alternative.
_UNATTRIBUTED = re.compile(at_word_start((
    # "No group has said it carried out the attack": a claim told as the group's saying so.
    r"no (?:\w+ )?(?:group|one|organi[sz]ation|faction|party|militia|side)\b[^.;]{0,40}?\b(?:claim|took responsibility"
    r"|taken responsibility|said (?:it|they) (?:carried out|was behind|were behind|launched|fired))",
    r"nobody\b[^.;]{0,20}\bclaim", r"no (?:immediate |official )?claims? of responsibility",
    r"not aware of (?:any|a) (?:\w+ )?(?:group|one|claim)",
    *each(("is not", "was not", "were not", "are not", "not (?:yet )?been", "was never", "were never", "has never been",
           "have never been"), r" (?:immediately |yet )?claimed\b"),
    r"unclaimed\b", r"no (?:specific |immediate |precise |firm )?attribution",
    r"don['’]t have (?:any )?(?:specific |precise )?attribution",
    # "did not say who had launched it" tells only what a statement left out, not that nobody claimed.
    # "does not name its member groups": the subject keeps its own people quiet, it names no culprit.
    *each(("did", "does", "do", "would", "could"), r" not (?:yet )?(?:accuse|attribute|blame|name|identify)(?! its\b)"),
    r"not (?:yet )?(?:been )?attributed", r"declined to (?:say who|name|attribute|identify)",
    r"not (?:immediately )?(?:clear|known) who\b", r"not (?:yet )?(?:determined|established|identified|confirmed) who\b",
    r"too early to (?:say|tell|determine|attribute)", r"made no claim", r"unknown who\b",
    r"no (?:one|group) (?:has )?(?:yet )?been (?:named|blamed)",
    # "No party was identified as responsible for planting it".
    r"no (?:\w+ )?(?:group|one|party|faction|side)\b (?:has |had )?(?:was |been )?(?:identified|named|held) (?:as )?responsible",
)), _I)
# A denial counts when it is about the attack ("denied involvement"), not "denies arming them".
_DENY = re.compile(at_word_start((
    # "denies supplying them with drones": a backer's denial of arming the group, not of the attack.
    r"den(?:ied|ies|y|ying)\b(?! by)(?! (?:ever |having )?(?:supplying|arming|funding|financing|training|equipping|backing"
    r"|providing|sending|selling|giving)\b)(?=[^.;]{0,45}?\b(?:involve\w*|responsib\w*|role|links?|connection|part|behind"
    r"|attack\w*|strike\w*|carr\w+ out|launch\w*|fir\w+|target\w*|claim\w*|accus\w*|allegation\w*"
    # "as denying the shelling": any word for the attack itself.
    r"|shelling|bombing|shooting|blast|explosion|ambush|drones?|rockets?|missiles?|mortars?))",
    *each(("dismiss", "reject"), r"(?:ed|es|s|ing)? (?:the |any |all )?(?:involvement|claims?|accusations?|allegations?"
                                 r"|responsibility|reports?|suggestions?|charges?|assertions?)"),
    # The words of a denial may be quoted: "had “no connection whatsoever” to the attack".
    # "The denial issued by this militia": the denial named as a noun, with its author after "by".
    r"denials? (?:issued |published |posted |released )?by\b", r"distanc(?:ed|es|ing) (?:itself|themselves)",
    *each(("has", "had", "have", "played", "plays", "bears?", "bore"),
          r" [\"“]?no (?:role|involvement|part|hand|links?|connection|relation|ties)\b"),
    r"disown(?:ed|s)?\b", r"nothing to do[\"”]? with", r"not (?:been )?involved",
    # "Neither the Guards nor any other force had any role": the subjects stand between "neither" and the verb.
    r"nor\b[^.;]{0,40}?\b(?:had|has|have|played|plays) any (?:role|involvement|part|hand|links?|connection)\b",
    # "The group did not carry out any operation today": a denial told as the act not done.
    *each(("did", "does", "do", "has", "have", "had"),
          r" not (?:carry|carried) out (?:any|the|this|that)\b(?=[^.;]{0,30}?\b(?:attack|operation|strike|bombing))"),
)), _I)
_ACTED = r"(?:carried out|launched|fired|targeted|attacked|struck|hit)"
_CLAIM = re.compile(at_word_start((
    r"claim(?:ed|s|ing)? (?:the |an |its |full |)?(?:responsibility|credit)",
    r"claim(?:ed|s|ing)? (?:the|an|a|both|two|three|these|those|that|this|it)\b"
    # "claimed a similar attack in April": another attack than this one.
    r"(?! (?:similar|previous|earlier|separate|past|former)\b)",
    # "claimed 41 attacks this year": a tally of many attacks, not a claim of this one.
    # "Qassam Brigades claim barrage": headlines name the attack by any of its words.
    # "claimed last week's rocket attack", "claimed Sunday's strike": the attack named by its day.
    r"claim(?:ed|s|ing)? (?!\d|dozens|scores|hundreds|many|several|numerous|more)(?:(?:last |this )?\w+['’]s )?(?:\w+ )?"
    r"(?:attacks?|barrages?|strikes?|bombings?|ambush(?:es)?|operations?)\b",
    r"claims? by\b",
    *each(("issued", "posted", "published", "released"), r" (?:a |an |its |their )?(?:own )?claim"),
    *each(("took", "takes", "taken", "take", "taking"), r" (?:full )?responsibility"),
    *each(("said", "says"), r"(?:\s+[\w’'-]+){0,6}?\s+(?:it|they|its \w+|their \w+|the (?:group|movement|militia|faction))"
          # "says its fighters in southern Lebanon had fired": where the fighters are may stand before the verb.
          r"(?:\s+(?:in|from|near|at|on)\s+[\w’'-]+(?:\s+[\w’'-]+)?)? (?:had |have )?(?:carried out|launched|fired|targeted"
          r"|attacked|struck|was behind|were behind|conducted|hit)"),
    # "said in a statement on its Telegram channel shortly after midnight that it had attacked": "that" ties
    # a long report to its content, whichever verb reports it ("wrote on Telegram that its “drones struck”",
    # "claimed on Sunday that it had struck"), and the group may speak of its own fighters or of itself.
    *each(("said", "says", "claimed", "claims", "wrote", "announced", "stated", "declared"),
          # "that the group's naval forces had targeted": the group's own forces.
          r"\b[^.;\"“”]{0,80}?\bthat (?:it|they|(?:its|their) [\"“]?[\w-]+|the (?:group|movement|militia|faction)(?:['’]s [\w-]+(?: [\w-]+)?)?) "
          rf"(?:had |have |has )?[\"“]?{_ACTED}\b"),
    # "published a statement saying that “our heroes in the south” had carried out the operation": the
    # group speaks of its own fighters.
    rf"saying (?:that )?(?:it|they|its \w+|their \w+|[\"“]?our [^.;”\"]{{1,40}}[”\"]?) (?:had |have )?{_ACTED}",
    *each(("was", "were"), " claimed by"),
    # "a drone shot down last week, an attack later claimed by X": the attack named, then its claimant.
    *each(("attack", "strike", "bombing", "operation", "ambush"), r" (?:later |subsequently |also |quickly )?claimed by"),
    # "It described the attack as “an operation by the mujahedeen of the Islamic Resistance”": the group
    # calls the attack the work of its own fighters.
    r"describ(?:ed|es|ing) (?:it|the|this|that)\b[^.;]{0,20}? as [\"“]?(?:an? |its |their |one of )?(?:[\w-]+ ){0,2}?operations? "
    r"(?:by|of|carried out by) (?:its|their|our|the (?:mujah[ie]d(?:ee|i)n|fighters|heroes|men))\b",
)), _I)
# 'launched "by the Iranian-backed terrorist Houthi militia"': the agent may open the speaker's quoted words.
# "from near the town of Makhmour, about 40 miles south-west of Erbil, by": a distance may follow the place.
_BY_AGENT = (r"(?: (?:from|at|on|in|into|towards?|near) (?:(?!\b(?:\w+ed|held|run|built|known)\b)[^,.;]){1,40}?"
             r"(?:, (?:about |some |around |roughly )?\d+ (?:miles|km|kilometres|kilometers)\b[^,.;]{0,40},)?)? [\"“]?by\b")
_BLAME_AFTER = re.compile(at_word_start((
    r"blam(?:ed|es|ing)\b", r"attribut(?:ed|es|ing)\b", r"point(?:ed|s|ing)? (?:the finger|towards?|to)\b",
    r"suspect(?:s|ed)?\b(?! of)(?! (?:are|were|was|had|have)\b)", r"suspicion (?:fell|falls|has fallen|is falling) on\b",
    r"accus(?:ed|es|ing)\b",
    *each(("thought", "believed", "suspected", "said", "assessed", "understood"), r" to belong to\b"),
    r"held\b[^.;]{0,25}\bresponsible",
    # "launched from southern Iraq by KH": where it came from may stand between the participle and its agent.
    *each(("carried out", "conducted", "launched", "fired", "orchestrated", "sent", "directed", "ordered", "planned",
           "prepared", "planted", "placed", "built", "assembled", "flown", "operated", "perpetrated", "staged", "mounted"),
          _BY_AGENT),
    # "the group was likely a front for KH", "the cell has links to X", "the work of X": the group behind it.
    # "is likely a new front for KH": the front may be qualified.
    *each(("is", "was", "are", "were", "be"),
          r"\s+(?:\w+\s+){0,2}?(?:a|the) (?:[\w-]+ )?(?:front|cover(?: name)?|proxy) (?:for|used by|of)\b"),
    # 'the group was "most probably a new name used by X"': a new name for an old group, maybe quoted.
    *each(("is", "was"), r' [\"“]?(?:\w+ ){0,2}?(?:a|another) (?:new )?name (?:for|used by)\b'),
    *each(("cell", "attackers?", "perpetrators?", "gunmen", "militants", "bombers?", "assailants?"),
          r" (?:has|have|had) (?:\w+ )?(?:links|ties|connections) (?:to|with)\b"),
    # "bore all the “hallmarks” of X": the speaker's words may be quoted.
    r"the [\"“]?(?:work|handiwork|hallmarks?|fingerprints?|signature)[\"”]? of\b",
    # "the wreckage was consistent with a drone of the type X uses": a likeness, hedged (see _HEDGE).
    r"consistent with\b",
    # "launched from an area under the control of X": the ground it came from names who holds it.
    r"launched from [^,.;]{1,60}?\b(?:controlled by|under the control of)\b",
    # "an attack by ISIS remnants on a checkpoint": the attack's agent.
    *each(("attacks?", "strikes?", "bombings?", "assaults?", "ambush"), r" by\b"),
    # "the suspects are members of a cell belonging to X": who the attackers belong to.
    *each(("suspects?", "attackers?", "perpetrators?", "gunmen", "militants", "cell", "bombers?", "assailants?"),
          r"\b[^.;]{0,40}?\bbelong(?:ing|s)? to\b"),
    # "These were Houthi drones", "This was an IRGC Navy drone": the weapon named as the actor's.
    # "This was an ISIS cell": the attackers named by the group their cell is part of.
    *each(("this", "these", "it", "they", "those"),
          r" (?:was|were|is|are)(?: an?| all)?(?=(?: [\w’'-]+){1,3} (?:drones?|missiles?|rockets?|uavs?|mortars?|cells?)\b)"),
    # 'the attackers were "remnants of the terrorist Daesh gangs"': the attackers named as part of the group.
    *each(("attackers", "perpetrators", "gunmen", "assailants", "bombers", "culprits"),
          r" (?:were|are) [\"“]?(?:remnants|members|fighters|militants|operatives|loyalists) of\b"),
    # 'The two men belong to “a terrorist cell affiliated with the ISIS organization”'.
    r"belong(?:s|ed|ing)? to [\"“]?(?:a|an|the) (?:[\w-]+ )?cells?\b",
    # "the drone probably came from X": where it came from, hedged, names who sent it.
    *each(("most likely", "likely", "probably", "possibly", "almost certainly"), r"[\"”]?\s+(?:came|originated) from\b"),
    # "Most probably this is Kataib Hezbollah": the attack named as the group's, hedged before the verb.
    *each(("most likely", "likely", "probably", "possibly", "almost certainly"), r",? (?:this|it) (?:is|was)\b"),
    # "the attackers were probably IS members": a hedged identification names the actor after it.
    *each(("was", "were"), r" [\"“]?(?:most likely|likely|probably|possibly)\b(?! (?:carried|launched|fired|conducted|sent|directed)\b)"),
)), _I)
_BLAME_BEFORE = re.compile(at_word_start((
    *each(("militants", "fighters", "gunmen", "members", "insurgents", "terrorists", "rebels", "militias?"),
          r"\s+(?:\w+\s+)?(?:attacked|ambushed|stormed|fired|launched)\b"),
    # "The cells of X stand behind this cowardly attack": standing behind an attack is being behind it.
    r"st(?:and|ands|ood|anding) behind (?:the|this|that|these|those|today['’]s|yesterday['’]s)(?: [\w-]+){0,2}? "
    r"(?:attacks?|strikes?|bombings?|shelling|blast|explosion|ambush)\b",
    *each(("was", "were", "is", "are", "been", "be"), r"\s+(?:\w+\s+){0,2}?(?:responsible|behind|to blame"
          r"|suspected of (?:carrying out|launching|firing|conducting|being behind|staging|involvement))\b"),
    *each(("most likely", "likely", "probably"), r" (?:carried out|launched|fired|conducted)\b"),
    # 'X was "the most likely culprit"', 'X was the obvious candidate': the actor named as the one who did it.
    *each(("was", "were", "is", "are"), r' [\"“]?the (?:\w+ ){0,2}?(?:culprits?|candidates?|suspects?)\b'),
    *each(("believed", "thought", "suspected", "understood"),
          r" to have (?:carried out|launched|fired|conducted|been behind)\b"),
    # "ISIS cells carried out this cowardly attack": the speaker's epithets may stand before the noun.
    *each(("carried out", "conducted", "perpetrated", "orchestrated"),
          r" (?:the|this|that|these|today['’]s|yesterday['’]s)(?: [\w-]+){0,2}? (?:attacks?|strikes?|bombings?|assault)\b"),
)), _I)
# "The ministry said that cells of X had planted the device": an act told in the past perfect names its
# agent only inside a report; in narrative ("X had fired rockets at the base before") it is background.
_REPORTED_ACT = re.compile(at_word_start(each(("had", "has", "have"), r" (?:\w+ly )?(?:planted|placed|fired|launched|carried out"
                                                                         r"|conducted|staged|mounted|flown)\b")), _I)
_HEDGE = re.compile(
    # "the three suspects are members of": the noun names people held, it hedges nothing; "on May 19" is a date.
    r"\b(?:believe[sd]?|suspect(?!s (?:are|were|was|had|have)\b)\w*|suspicio\w*|likely|probably|possib(?:ly|le|ility)|hypothes[ie]s|may(?! \d)|might|could|appear(?:s|ed)?|think|thought|suggest\w*"
    # "Following an initial investigation, it was determined": an inquiry done, no hedge.
    r"|(?<!following an )(?<!after an )(?:initial|early|preliminary) (?:\w+ )?(?:indications?|findings?|assessments?|reports?|information|signs?"
    r"|investigations?|evidence|intelligence|results?)|unconfirmed|seem\w*|alleged\w*|presumably|widely|assum\w*|indicat\w*"
    # "factions of the Hashd", "elements within the PMF": part of a group is suspected, not the group.
    r"|(?:low|moderate) confidence|factions|elements (?:of|within)"
    # A signature seen ("the hallmarks of X") suggests who did it; it does not establish it.
    r"|hallmarks?|fingerprints?|consistent with)\b",
    _I,
)
# "backed by Iran" names a backer, but "Iranian-backed Houthi terrorists" names the actor after the hyphen.
# "a cell affiliated with the ISIS organization" is part of the group, not a proxy of it.
_NOT_ACTOR = re.compile(
    r"(?<![-‑])(?<!cell )(?<!cells )(?:linked|tied|close|loyal|allied|aligned|affiliated|associated|connected|proxy|proxies|backed|supported"
    r"|funded|armed|sponsored|sponsor|sponsors|like|as|than|including|include|includes|comprising|comprises|against|targeting)\s+(?:to\s+|with\s+|by\s+|for\s+|of\s+)?(?:the\s+)?$",
    _I,
)
_MONTHS = "(?:" + "|".join(MONTH_NAMES) + ")"
# "in the past 48 hours" is recent, and "a previously unknown group" is new: neither tells background.
# "the January 2024 strike": an attack named by its month and year.
# "a previously little-known group" is new too; "between 2019 and 2021" and "since January 2024" span the past.
_HISTORY = re.compile(r"(?=[abhilpsty])\b(?:in the past(?! (?:[\w-]+ )?(?:hours|days|day|week|weeks)\b)|previously(?! (?:little[- ])?(?:unknown|unheard|known))"
                      r"|historically|history of|years ago|last year|in (?:19|20)\d\d|between (?:19|20)\d\d and\b"
                      rf"|since (?:{_MONTHS} )?(?:19|20)\d\d|a (?:19|20)\d\d\b"
                      rf"|(?:a|the) {_MONTHS} (?:19|20)\d\d\b)", _I)
# "Washington at the time blamed them on X": the time is the one the sentence before told.
# "The Houthis claimed that attack" after a sentence about 2019: the attack is the one that sentence told.
_AT_THE_TIME = re.compile(r"\b(?:at the time|back then|th(?:at|ose) (?:attacks?|strikes?|bombings?))\b(?! of)")
_NEGATED = re.compile(r"(?:\bnot|\bnever|\bno|n['’]t|\bwithout|short of|\bdeclined to|\brefused to|\bavoids?|\bavoided)\s+(?:\w+\s+){0,2}$", _I)
_GROUP_REF = r"(?:the|this|that) (?:same )?(?:group|militia|faction|movement|organi[sz]ation|alliance)\b"
_THE_GROUP = re.compile(rf"\b{_GROUP_REF}", _I)
_BY_THE_GROUP = re.compile(r"[\"”]? (?:those|the ones|the drones|the rockets|the missiles) (?:\w+ )?(?:announced|claimed|launched|fired) by "
                           + _GROUP_REF)
_WINDOW_DAYS = 90
# "destroyed a drone, an attack later claimed by X, ...": an appositive that names the attack tells its claim.
_CLAIM_APPOSITIVE = re.compile(r",\s+an? (?:attack|strike|bombing|operation|ambush) (?:\w+ )?claimed by\b")
# "all point to X, but we cannot confirm who launched it": the speaker withholds the firm judgement later in
# the sentence, where _HEDGE does not look (a clause after the tie may hedge something else).
_WITHHELD = re.compile(r"\b(?:can ?not|could not|can['’]t|couldn['’]t|unable to|not able to) (?:yet )?(?:confirm|verify|establish|say"
                       r" for (?:sure|certain)) (?:who|whether|that|it|this)\b|\b(?:still|are|were) (?:verifying|checking)\b"
                       r"|\bnot yet (?:been )?(?:confirmed|verified)\b", _I)
# Intelligence wording: "We assess with high confidence that X conducted the attack".
_ASSESS = re.compile(r"\b(?:assess(?:ed|es)?|conclude[sd]?|judge[sd]?)\b(?: with (?:high|moderate|low) confidence)?,? that\b", _I)
_ASSESSED_ACT = re.compile(r"\b(?:conducted|carried out|launched|fired|perpetrated|orchestrated|was behind|were behind"
                           r"|attacked|struck|targeted|was responsible|were responsible)\b", _I)
_VERB_AFTER = re.compile(r"\s+(?:denie[sd]|deny|says|said|claim(?:s|ed)|insist(?:s|ed)|reject(?:s|ed)|warn(?:s|ed)|responds?|responded)\b", _I)
# "pointed to a model used by X and that the group was “most likely” responsible": the same group judged
# again in a coordinate clause; its hedge holds for the whole judgement.
_JUDGED_AGAIN = re.compile(r"\s+and (?:that )?(?:the (?:group|militia|faction)|it|they) (?:was|were|is|are)\b[^.;,]{0,30}")
_NEXT_WORD = re.compile(r"\W*\w*")  # "points to Hashd factions": the noun after a name still qualifies it
_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\b", _I)  # a role phrase, not a relative clause ("who met ...")
_ROLE = re.compile(r"\b(?:official|spokes(?:man|woman|person)|leader|commander|member|head|chief|figure)s?\b", _I)
# Every stance pattern contains one of these stems: a cheap test before the costly patterns.
_TRIGGER_STEMS = (
    "claim", "den(?:y|i)", "respons", "behind", "blam", "attribut", "suspect", "accus", "reject", "dismiss", "nothing to do",
    "involved", "militants", "terrorists", "rebels", "fighters", "sent by", "directed by", "ordered by", "planned by", "gunmen",
    "insurgents", "members", "point", "held", "carried", "conducted", "launched", "fired", "orchestrated", "clear", "known",
    "determin", "established", "identified", "confirmed", "early", "disown", "distanc", "unclaimed", "credit", "nobody",
    "declined", "not", "n['’]t", "to blame", "targeted", "struck", "attacked", "perpetrat", "assess", "conclud", "judge",
    "belong", "suspic", "no (?:role|involvement|part|hand|link|connection|relation|ties)",
    "any (?:role|involvement|part|hand|link|connection)", "likely", "probabl", "possibl",
    "work of", "hallmark", "links (?:to|with)", "ties (?:to|with)", "connections (?:to|with)", "prepared", "planted", "placed",
    "built", "assembled", "flown", "operated", "staged", "mounted", "fingerprint", "signature", "attacks? by", "strikes? by",
    "bombings? by", "assaults? by", "ambushs? by", "culprit", "candidate", "name (?:for|used by)", "certainly", "consistent with", "describ", "remnants",
    *(rf"{be} (?:an? )?\w+ (?:\w+ )?(?:\w+ )?(?:drone|missile|rocket|uav|mortar|cell)" for be in ("was", "were", "is", "are")),
)
_TRIGGER = re.compile(by_first_letter(_TRIGGER_STEMS))
_REPORTING = re.compile(r"\b(?:that|said|says|say|believe[sd]?|suggested|think|thought|told|assessed|concluded)\b", _I)
# "Washington has long accused KH of attacks on US troops", "blamed Tehran for the continued attacks": a standing
# accusation, not about this attack.
_GENERAL_ACCUSATION = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+|long\s+|often\s+|also\s+|previously\s+)?(?:accused|blamed)\b"
                                 r"|\b(?:accus|blam)\w*\b[^.;]{0,50}?\b(?:of|for) (?:\w+ ){0,2}(?:attacks|strikes)\b", _I)
# "Ashab al-Kahf, which claimed the same bombing, ...": the group's claim told in a relative clause.
_WHICH_CLAIMED = re.compile(r",\s*which\s+(?:also\s+|has\s+|had\s+|later\s+|quickly\s+|subsequently\s+)*(?:claimed|took responsibility)\b(?!\s+to\b)", _I)
# "an attack (that) the Houthis claimed": the claimed attack, then the group, then the verb closing the clause.
_CLAIMED_ATTACK = re.compile(r"\b(?:attacks?|strikes?|bombings?|operations?|ambush)\s+(?:that\s+|which\s+)?(?:the\s+)?$", _I)
_CLAIMED_AFTER = re.compile(r"\s+(?:later\s+|also\s+|quickly\s+)?claimed\s*(?:[.,;]|$)", _I)
_REL_SUBJECT = re.compile(r"\b(?:which|who)\s+(?:\w+\s+){0,2}$", _I)
# "The Houthis are believed to have ...": a passive names no one who asserts it.
_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|be)\s+$")
_ACCORDING = re.compile(r"\b[Aa]ccording to ([^,.;“”\"]{3,90})")
_ASSERT_VERB = re.compile(  # on the original text
    r"\b(?:said|say|says|told|believe[sd]?|assess(?:ed|es)?|concluded|suspect(?:s|ed)?(?! (?:are|were|was|had|have)\b)|blamed|accused|wrote|reported"
    r"|stated|announced|think|noted|added|insisted)\b", _I)


def find_stances(
    text: str, sents: list[Sentence], mentions: list[Mention], quotes: list[Quote], res: Resolver, pub: date | None,
    dates: DateIndex, clause_map: dict[int, list[tuple[int, int]]], low: str,
) -> list[Stance]:
    actors = [m for m in mentions if not m.modifier]
    starts = [m.start for m in actors]  # mentions come sorted by start: a clause's actors are a slice
    out: list[Stance] = []
    seen: set[tuple[str | None, str, int]] = set()
    for si, sent in enumerate(sents):
        if not _TRIGGER.search(low, sent.start, sent.end):
            continue
        if _opens_past(dates, sent, pub):
            continue
        spans = [sp for sp in asides(text, sent.start, sent.end) if not _CLAIM_APPOSITIVE.match(low, sp[0])]
        for cs, ce in clause_map[si]:
            # "Rabaallah, a group that surfaced in 2020, claimed the attack": the past in an aside is the
            # group's, not the clause's.
            if _dated_past(low, cs, ce, spans):
                continue
            if _stale(dates, cs, ce, pub) or _looks_back(low, sents, si, cs, ce, dates, pub):
                continue
            in_clause = [m for m in actors[bisect_left(starts, cs):bisect_left(starts, ce)] if not inside(m.start, spans)]
            found = _clause_stances(low, sent.start, cs, ce, in_clause, spans, actors) + _relative_claims(low, in_clause)
            for actor, stance in found:
                if stance == "assessed" and _WITHHELD.search(low, cs, sent.end):
                    stance = "suspected"
                key = (actor, stance, si)
                if key in seen:
                    continue
                seen.add(key)
                qi = _quote_over(quotes, cs, ce)
                asserted = actor if stance in ("claimed", "denied") else _asserter(text, sent, quotes, qi, res)
                out.append(Stance(actor, stance, asserted, sent.start, sent.end, qi))
    return _headline_yields(text, sents, out)


_DEGREES = ("suspected", "assessed")


def _headline_yields(text: str, sents: list[Sentence], found: list[Stance]) -> list[Stance]:
    """A headline drops hedges ("official points to X"): where the body tells how firmly an actor is
    suspected or assessed, the headline's other degree for that actor is dropped."""
    body_from = _body_start(text, sents)
    body = {(s.actor, s.stance) for s in found if s.start >= body_from}
    return [s for s in found if s.start >= body_from or s.stance not in _DEGREES or (s.actor, s.stance) in body
            or not any((s.actor, d) in body for d in _DEGREES)]


def _body_start(text: str, sents: list[Sentence]) -> int:
    """Where the body starts: after a first line that ends without a full stop, which is a headline."""
    if not sents or sents[0].para != 0:
        return 0
    last = [s for s in sents if s.para == 0][-1]
    return last.end if text[last.start:last.end].rstrip()[-1:] not in ".!?\"”’" else 0


def _clause_stances(text: str, ss: int, cs: int, ce: int, actors: list[Mention], spans, all_actors: list[Mention]) -> list[tuple[str | None, str]]:
    for rx, stance in ((_DENY, "denied"), (_CLAIM, "claimed")):
        m = _first(rx, text, cs, ce, spans)
        if m is None or _NEGATED.search(text, max(0, m.start() - 30), m.start()):
            continue
        found = _subjects(text, actors, cs, m.start()) if "by" not in m.group().lower().split() else _objects(text, actors, m.end())
        rel = _REL_SUBJECT.search(text, max(cs, m.start() - 40), m.start())
        if rel:
            # "blaming the IS group, which later claimed the attack": the claim is the group's that the
            # relative clause hangs on, and the clause before it keeps its own stance.
            own = [(a, stance) for a in _names(text, [a for a in actors if a.end <= rel.start()][-1:])]
            return own + _clause_stances(text, ss, cs, rel.start(), actors, spans, all_actors)
        # "said that the group had carried out", "the group claimed a strike on Israel": the group named
        # before, not the target named after.
        if not found and (_THE_GROUP.search(text, cs, m.end()) or _THE_GROUP.match(text, m.end() + 1)):
            found = _names(text, [a for a in all_actors if a.start < cs and not in_aside(text, a)][-1:])
        if not found and cs == ss:
            found = _pronoun_subject(text, all_actors, ss)
        if not found and stance == "claimed":
            found = _objects(text, actors, m.end())
        if not found:
            found = _role_actors(text, all_actors, spans, cs, m.start())
        if found:
            return [(a, stance) for a in found]
    if _first(_UNATTRIBUTED, text, cs, ce, spans):
        return [(None, "unattributed")]
    m = _first(_BLAME_AFTER, text, cs, ce, spans)
    if m and not _standing(text, cs, ce, m) and not _FACELESS.search(text, max(cs, m.start() - 40), m.start()):
        found = _objects(text, actors, m.end())
        if found:
            named = max(a.end for a in actors if a.start >= m.end() and a.entry.name in found)
            again = _JUDGED_AGAIN.match(text, named)
            end = again.end() if again else _NEXT_WORD.match(text, named).end()
            return [(a, _hedge(text, ss, end)) for a in found]
        # "Security officials suspect the group supplied the drones", "the drones were most likely those
        # announced by the alliance": the group named before.
        group = _THE_GROUP.match(text, m.end() + 1) or _BY_THE_GROUP.match(text, m.end())
        if group:
            found = _names(text, [a for a in all_actors if a.start < cs and not in_aside(text, a)][-1:])
            return [(a, _hedge(text, ss, group.end())) for a in found]
    found, act = _assessed(text, actors, cs, ce)
    if found:
        return [(a, _hedge(text, ss, act)) for a in found]
    m = _first(_BLAME_BEFORE, text, cs, ce, spans) or _first(_REPORTED_ACT, text, cs, ce, spans)
    if m:
        # "The PMF said ... that Israel was behind": the subject follows the last reporting word.
        start = cs
        for r in _REPORTING.finditer(text, cs, m.start()):
            start = r.end()
        if start == cs and m.re is _REPORTED_ACT:
            return []
        return [(a, _hedge(text, ss, m.end())) for a in _subjects(text, actors, start, m.start())]
    return []


# "..., a pattern the group has followed since 2020.": a summary closing the sentence dates the pattern.
_SUMMARY = re.compile(r",\s+an?\s[^,;]*$", _I)


def _dated_past(low: str, cs: int, ce: int, spans) -> bool:
    """The clause tells the past, outside its asides and a closing summary."""
    h = _first(_HISTORY, low, cs, ce, spans)
    if h is None:
        return False
    summary = _SUMMARY.search(low, cs, ce)
    return summary is None or h.start() < summary.start()


_PRONOUN = re.compile(r"(?:it|they)\b")
_SENTENCE_OPEN = re.compile(r"\s*(?:the\s+)?")


def _pronoun_subject(text: str, actors: list[Mention], ss: int) -> list[str]:
    """"The IRI has not mentioned it. It did, however, claim a drone attack": "it" is the group that opens
    the sentence before."""
    if not _PRONOUN.match(text, ss):
        return []
    dot = text.rfind(". ", 0, ss - 2)
    prev = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, ss - 1) + 1)
    head = next((a for a in actors if prev <= a.start < ss), None)
    if head is None:
        return []
    # "About 12 hours later, the IRI issued its own statement. It described ...": an opening adverbial
    # stands before the subject.
    comma = text.find(",", prev, head.start)
    open_at = comma + 1 if comma >= 0 and opens_subject(text, prev, comma) else prev
    return _names(text, [head]) if _SENTENCE_OPEN.fullmatch(text, open_at, head.start) else []


def _hedge(text: str, ss: int, end: int) -> str:
    """Hedging counts from the start of the sentence to the words that tie the actor to the attack: not
    in the sentence before ("before they could be used. CENTCOM assesses"), nor in a clause after it
    ("launched by the PKK ..., was neutralized before it could reach the base")."""
    return "suspected" if _HEDGE.search(text, ss, end) else "assessed"


# "pro-government accounts on social media accused X": nobody who answers for the charge makes it.
_FACELESS = re.compile(r"\b(?:accounts|users|pages|posts|bloggers|rumou?rs)(?: on (?:social media|[\w-]+))?\s+$", _I)


def _standing(text: str, cs: int, ce: int, m: re.Match) -> bool:
    """The blame word `m` belongs to a standing accusation, not to this attack."""
    g = _GENERAL_ACCUSATION.search(text, max(cs, m.start() - 30), ce)
    return g is not None and g.start() <= m.start() < g.end()


def _relative_claims(text: str, actors: list[Mention]) -> list[tuple[str | None, str]]:
    """"X, which claimed the bombing, ...": not "X, which has claimed dozens of attacks since 2020"; and
    "in an attack the Houthis claimed": the attack is the object of the group's claim."""
    out: list[tuple[str | None, str]] = []
    for a in actors:
        if _CLAIMED_ATTACK.search(text, max(0, a.start - 30), a.start) and _CLAIMED_AFTER.match(text, a.end):
            out.append((a.entry.name, "claimed"))
        m = _WHICH_CLAIMED.match(text, a.end)
        if m is None:
            continue
        end = text.find(",", m.end())
        if not _HISTORY.search(text, m.end(), end if end >= 0 else len(text)):
            out.append((a.entry.name, "claimed"))
    return out


def _assessed(text: str, actors: list[Mention], cs: int, ce: int) -> tuple[list[str], int]:
    m = _ASSESS.search(text, cs, ce)
    act = _ASSESSED_ACT.search(text, m.end(), ce) if m else None
    return (_subjects(text, actors, m.end(), act.start()), act.end()) if act else ([], ce)


def _role_actors(text: str, actors: list[Mention], spans, cs: int, cue: int) -> list[str]:
    """"Hassan al-Mousawi, a senior Asa'ib Ahl al-Haq official, rejected ...": the speaker's role names the group."""
    roles = [(a, b) for a, b in spans if cs <= a and b <= cue and _APPOSITIVE.match(text, a) and _ROLE.search(text, a, b)]
    return _names(text, [m for m in actors if inside(m.start, roles)])


def _stale(dates: DateIndex, cs: int, ce: int, pub: date | None) -> bool:
    """A clause dated long before publication is background, not evidence about this attack."""
    if pub is None:
        return False
    limit = pub - timedelta(days=_WINDOW_DAYS)
    return any(d.on is not None and d.on < limit and not d.bounded for d in dates.between(cs, ce))


def _opens_past(dates: DateIndex, sent: Sentence, pub: date | None) -> bool:
    """"In February 2021, a rocket attack killed a contractor; a group claimed that attack": the date that
    opens the sentence dates every clause of it, also those after a semicolon."""
    first = dates.between(sent.start, sent.end)[:1]
    return bool(first) and first[0].start == sent.start and _stale(dates, sent.start, first[0].end, pub)


def _looks_back(low: str, sents: list[Sentence], si: int, cs: int, ce: int, dates: DateIndex, pub: date | None) -> bool:
    """The clause dates itself by the sentence before ("at the time"), and that sentence is background; or,
    undated, it goes on in the paragraph of a dated past ("In December 2019 a barrage killed a contractor.
    Washington blamed X")."""
    if si == 0:
        return False
    prev = sents[si - 1]
    if _AT_THE_TIME.search(low, cs, ce) is None and (
            prev.para != sents[si].para or dates.between(sents[si].start, sents[si].end)):
        return False
    return (_HISTORY.search(low, prev.start, prev.end) is not None or _stale(dates, prev.start, prev.end, pub)
            or _old_month(low, prev.start, prev.end, pub))


# "The attack recalled January 2022, when ...": a month and year the date index leaves out, since no
# preposition ties it to an event.
_MONTH_YEAR = re.compile(rf"\b{_MONTHS} ((?:19|20)\d\d)\b")


def _old_month(low: str, start: int, end: int, pub: date | None) -> bool:
    if pub is None:
        return False
    limit = pub - timedelta(days=_WINDOW_DAYS)
    return any(date(int(m.group(1)), MONTHS[m.group(0).split()[0]], 1) < limit
               for m in _MONTH_YEAR.finditer(low, start, end))


def _first(rx: re.Pattern, text: str, cs: int, ce: int, spans) -> re.Match | None:
    if not spans:  # most clauses have no aside to skip, and one search is cheaper than an iterator
        return rx.search(text, cs, ce)
    for m in rx.finditer(text, cs, ce):
        if not inside(m.start(), spans):
            return m
    return None


def _subjects(text: str, actors: list[Mention], cs: int, cue: int) -> list[str]:
    return _names(text, [a for a in actors if cs <= a.start < cue])


def _objects(text: str, actors: list[Mention], pos: int) -> list[str]:
    # An object list runs "X", "X or Y", "X and Y": stop at the first other clause word.
    picked = []
    for a in actors:
        if a.start < pos:
            continue
        gap = text[pos:a.start]
        # "Iran's Revolutionary Guards": a possessive chains to the force; _names keeps the force.
        if picked and not re.fullmatch(r"\s*(?:,|and|or|,\s*and|,\s*or)\s*(?:the\s+)?|['’]s\s+", gap, _I):
            break
        if not picked and len(gap.split()) > 8:
            break
        if picked and _VERB_AFTER.match(text, a.end):
            break  # "blames Iran's Revolutionary Guards, Tehran denies": the name opens another clause
        picked.append(a)
        pos = a.end
    return _names(text, picked)


def _names(text: str, picked: list[Mention]) -> list[str]:
    out: list[str] = []
    starts = {a.start for a in picked}
    for a in picked:
        if _NOT_ACTOR.search(text, max(0, a.start - 30), a.start):
            continue
        if a.end + 3 in starts and text.startswith(("'s ", "’s "), a.end):
            continue  # "Iran's IRGC said it struck": the force acts, not the state that owns it
        if a.entry.name not in out:
            out.append(a.entry.name)
    return out


def _quote_over(quotes: list[Quote], cs: int, ce: int) -> int | None:
    for i, q in enumerate(quotes):
        if q.start < ce and cs < q.end:
            return i
    return None


def _quote_at(quotes: list[Quote], pos: int) -> int | None:
    for i, q in enumerate(quotes):
        if q.start <= pos < q.end:
            return i
    return None


def _asserter(text: str, sent: Sentence, quotes: list[Quote], qi: int | None, res: Resolver) -> str | None:
    acc = _ACCORDING.search(text, sent.start, sent.end)
    if acc:
        return acc.group(1).strip()
    if qi is not None:
        return quotes[qi].speaker
    for m in _ASSERT_VERB.finditer(text, sent.start, sent.end):
        if _quote_at(quotes, m.start()) is None and not _PASSIVE.search(text, max(0, m.start() - 8), m.start()):
            name, _ = res.resolve(sent.start, m.start())
            return name
    return None
