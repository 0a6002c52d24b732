"""Hand annotations of the thirteenth held-out corpus (tests/corpus_heldout13).

Written blind, from scratch, by someone who had not seen the extractor's code (db/), its tests, its development
or scores, or the texts of any earlier corpus, and annotated without running the extractor, `threatdesk import`
or scripts/eval_extract.py. Same format and checks as tests/corpus_heldout12/annotate.py (shared in
tests/corpus_tools.py): each quote is the exact text typed by hand; its offsets come from str.find on the .txt
(each must occur once, sit right after an opening mark and end at a closing mark or at the end of its
paragraph). Marks that are deliberately not quotes (a group's name set in marks) are listed in not_quotes and
checked the same way.
Run `python tests/corpus_heldout13/annotate.py` to rewrite the .json files after editing an annotation.

Conventions (as in heldout10 to heldout12, copied unchanged): speakers of statements by a group in the gazetteer take the
canonical gazetteer name; other speakers are named as in the text (a person's full name as first given even
where the text later uses the surname only, an organisation's name as the text gives it in full, a bare role
for unnamed sources). 'last week' is published_on minus 7 days with precision week; a weekday is its most
recent occurrence on or before published_on; 'earlier this month' is the first day of the publication month
with precision month; 'last month' is the first day of the month before the publication month with precision
month; an absolute date ('On May 19', 'on Feb. 17', 'On 9 August', 'the September 3 bombing') has precision
day; 'overnight' with a time after midnight in a story published that day is the publication date. Places at
sea have no admin1 or country. Two launches with one interceptor miss (or three of four intercepted) count as
one incident with outcome impact; an explosive boat counts as a drone; rockets left unfired on the launcher of
an attack belong to that attack. Stances are listed per article, one pair per (actor, stance) even where it
covers two incidents; an unattributed pair is given where the text says nobody has claimed an incident or
that a source named nobody for it, not merely because an official did not name anyone while a claim exists.
In a briefing summary or a press statement, the text in the organisation's own voice is not a quote; only
words set in marks are.

Names, as in heldout9-12: a speaker or actor that is one of these armed groups or institutions takes this
canonical name whatever spelling the text uses: Kataib Hezbollah, Kataib Sayyid al-Shuhada, Asaib Ahl al-Haq,
Harakat al-Nujaba, Islamic Resistance in Iraq, Popular Mobilization Forces, Islamic State, IRGC, Houthis,
Hamas, Hezbollah, Badr Organization (so 'Asa'ib Ahl al-Haq' is 'Asaib Ahl al-Haq', 'al-Nujaba movement' is
'Harakat al-Nujaba', 'IS' and 'ISIS' are 'Islamic State', 'Ansar Allah' and 'the Houthi militia' are
'Houthis'). Other organisations are named as the text first gives them in full, without a leading possessive
('Syria's Ministry of Defence' is 'Ministry of Defence', 'the Kurdistan Region's Ministry of Natural
Resources' is 'Ministry of Natural Resources'); people by their full name as first given, without rank or
title ('Brig. Gen. Fahad Al-Otaibi' is 'Fahad Al-Otaibi'); unnamed sources by a bare role ('US official',
'senior Peshmerga official', 'Secretary-General' where the text never names him); roles as the text gives
them, without a leading article.

Conventions added in heldout12 and kept here: 'yesterday' in a briefing is published_on minus one day, precision day (no
weekday check applies). A denial by an unnamed official carried by another outlet is asserted by the bare
role via that outlet ('Hezbollah official, via Al-Akhbar'); a suspicion that an outlet reports from a news
agency is asserted via the agency that heard it ('Jordanian security official, via Reuters'). A press
statement issued in a spokesperson's name asserts through that person and the department ('Claire Sutton,
Department of State'). A minister holding a state 'responsible for every launch from its territory' is no
attribution of the attack (no stance for the state), and a retaliatory strike by a state army on a launch site
is no incident.

New conventions in this corpus: a claim or denial made by a group's named spokesman or official is asserted by
that person ('Abdulkarim al-Madani', 'Ali al-Fatlawi'), as heldout12 did for a Houthi military spokesman; a
claim the outlet attributes to the group's own channel or agency is asserted by the group via it, spelled as
the text spells it ('Houthis, via Al Masirah', 'Islamic State, via Aamaq'). A second explosive device found
and dismantled beside a roadside bomb belongs to that attack, like unfired rockets on a launcher. A state said
to have supplied the weapon ('a booby-trapped boat supplied by Iran') is a sponsor: no stance. A competing
claim by two groups for one attack gives two claimed pairs. Admin1 follows the text's spelling of a province
where the text names it ('Sulaimani province'), otherwise the common English name ('Deir ez-Zor' for AP's
'Deir el-Zour', judgement call).

New situations in this corpus (outlets not used together before, all with publication dates in 2034): Reuters
with 'BAGHDAD, Jan 16 (Reuters) -' and a closing reporting line; AP with a capitalised byline, 'BEIRUT (AP) --'
and a contributor line; AFP with 'Dubai (AFP) -', 'Huthi' and a closing slug; Al Jazeera English with a
standfirst, 'Published On' and 'Source: Al Jazeera and news agencies'; Rudaw with 'SULAIMANI, Kurdistan Region
-'; Kurdistan24 with 'ERBIL (Kurdistan24) -' and curly marks; The National with a standfirst and 'Name, Abu
Dhabi'; Shafaq News with 'Shafaq News/' and front-group names in marks (not_quotes); Al-Monitor with a
subhead and 'AMMAN --'; Stars and Stripes with 'WASHINGTON --'. Situations: an umbrella's Telegram claim with an
unnamed US official's hedged pointer at Kataib Hezbollah (claimed and suspected) and an unclaimed drone earlier
in the month; a firm SDF attribution to ISIS cells beside the IS claim via Aamaq, and last week's unclaimed
shooting; a Houthi spokesman's claim and CENTCOM's firm naming of the Houthis with a drone interception on
March 2; competing claims by the Houthis and a little-known Iraqi group; an unclaimed drone on a gas field with
a hedged Asayish suspicion and the suspected group's denial; a security council's firm attribution to
al-Nujaba, the group's denial and no claim; a government's firm blame of the Houthis for an explosive boat,
their denial and their claim of last month's missile; an unclaimed roadside bomb on a convoy and last week's
IS checkpoint attack claimed via Amaq; an umbrella's claim, a hedged Iraqi official via Al-Monitor and an
unclaimed drone on Sept. 14; a Pentagon 'no group has claimed', a hedged defense official via Stars and
Stripes and last week's claimed rockets. Sponsors ('Iran-backed', 'Iran-aligned', 'close to Iran'), umbrella
descriptions and history (Ain al-Asad missiles in 2020 fired by the Revolutionary Guards, the 2019 Abqaiq
attack, the USS Cole, Saraya Awliya al-Dam's 2021 Erbil rockets, Ashab al-Kahf, Tower 22, the 2023-2024
campaigns): no stance, no incident. All articles, people and incidents are fictional; some background
paragraphs mention real past events.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_tools import inc, st, write_corpus  # noqa: E402

D = Path(__file__).resolve().parent


A = {}
A["s01_reuters_ain_al_asad_rockets"] = dict(
    published_on="2034-01-16",  # Monday
    meta=dict(outlet="Reuters", dateline="BAGHDAD",
              headline="Rockets hit Iraq's Ain al-Asad air base, armed factions claim attack"),
    quotes=[
        ("the occupation base of Ain al-Asad", "Islamic Resistance in Iraq", None),
        ("The security forces have opened an investigation and will pursue those who fired these rockets and anyone who helped them,", "Qasim al-Mohammadi", "military spokesman"),
        ("It looks like their work, but we're not there yet,", "US official", None),
        ("We heard a whistle and then one explosion after another from the direction of the base,", "Ahmed Khalaf", "grocer in the town"),
        ("After that the police were in the streets until morning.", "Ahmed Khalaf", "grocer in the town"),
        ("harm Iraq and its interests before anyone else", "Hisham al-Rikabi", "Government spokesman"),
    ],
    stances=[st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq"),
             st("Kataib Hezbollah", "suspected", "US official, via Reuters"),
             st(None, "unattributed", None)],
    incidents=[inc("2034-01-15", "day", "Ain al-Asad air base", "Anbar", "Iraq", "rocket", "impact"),
               inc("2034-01-01", "month", "Ain al-Asad air base", "Anbar", "Iraq", "drone", "intercepted")],
    checks=[("late on Sunday", "2034-01-15")],
    note="Reuters web story: headline, two-name byline, 'January 16, 2034 3:27 PM GMT+3', dateline 'BAGHDAD, Jan 16 "
         "(Reuters) -', straight marks, 'U.S.', '10 km (6 miles)', closing 'Reporting by ...; Writing by ...; "
         "Editing by ...' line. Several rockets (at least six) on Ain al-Asad 'late on Sunday', two Iraqi soldiers "
         "wounded, a hangar damaged: rocket, impact, Anbar; the three rockets still loaded on the truck's launcher "
         "near al-Baghdadi belong to the attack (convention). 'The Islamic Resistance in Iraq, an umbrella of "
         "Iran-backed armed factions, said on Telegram that its fighters had targeted' (partial quote): claimed, "
         "asserted by the umbrella; 'Iran-backed' is a sponsor. The unnamed U.S. official: 'initial indications "
         "pointed to Kataib Hezbollah ... cautioned that the assessment was preliminary' and 'It looks like their "
         "work, but we're not there yet': hedged, suspected KH via Reuters (the outlet that heard it). 'Kataib "
         "Hezbollah did not respond': no stance. The military spokesman (role before the name, rank dropped) and "
         "the government spokesman (partial quote, 'Government spokesman' capitalised as in the text) name nobody. "
         "The grocer's quote is split by 'said Ahmed Khalaf, a grocer in the town.'. 'Earlier this month, a drone "
         "was shot down as it approached the base ... No group claimed responsibility for that attack': drone, "
         "intercepted, precision month, and the unattributed pair. The January 2020 Iranian missiles that 'Iran's "
         "Revolutionary Guards said ... they had fired' and the umbrella's 2023-2024 campaign: history, no stance, "
         "no incident.",
)
A["s02_ap_busayrah_roadside_bomb"] = dict(
    published_on="2034-02-08",  # Wednesday
    meta=dict(outlet="Associated Press", dateline="BEIRUT",
              headline="Roadside bomb kills 4 US-backed fighters in eastern Syria, Islamic State group claims attack"),
    quotes=[
        ("ISIS cells carried out this cowardly attack, and our forces have launched an operation to hunt down those behind it,", "Aras Hassan", "head of the SDF media office"),
        ("detonated an explosive device", "Islamic State", None),
        ("apostate PKK militia.", "Islamic State", None),
        ("The group has never really gone away in the desert east of the Euphrates,", "Nadia Sabbagh", "Syria researcher at the Washington-based Middle East Institute"),
        ("What has changed is that it now has more room to move, because everyone else is looking the other way.", "Nadia Sabbagh", "Syria researcher at the Washington-based Middle East Institute"),
        ("They pick soft targets, roads and small patrols, and they don't need many men to do it,", "Nadia Sabbagh", "Syria researcher at the Washington-based Middle East Institute"),
        ("They took two young men from our street, and nobody has told us why,", "resident", None),
    ],
    stances=[st("Islamic State", "assessed", "Aras Hassan"),
             st("Islamic State", "claimed", "Islamic State, via Aamaq"),
             st(None, "unattributed", None)],
    incidents=[inc("2034-02-07", "day", "road near Busayrah", "Deir ez-Zor", "Syria", "ied", "impact"),
               inc("2034-02-01", "week", "checkpoint in Shuhail", "Deir ez-Zor", "Syria", "small-arms", "impact")],
    checks=[("on Tuesday", "2034-02-07")],
    note="AP web story: headline, capitalised byline 'By RANIA KHOURY', 'Updated 11:48 AM GMT+1, February 8, 2034', "
         "dateline 'BEIRUT (AP) —' (the bureau; the attack is in Deir el-Zour), straight marks, AP's '4' in the "
         "headline, closing contributor line. A roadside bomb on an SDF patrol near Busayrah 'on Tuesday', four "
         "killed: ied, impact, admin1 'Deir ez-Zor' for AP's 'Deir el-Zour' (judgement call). The SDF media head "
         "(named in apposition, then 'Hassan told The Associated Press'): 'ISIS cells carried out this cowardly "
         "attack': firm, from a military force: assessed Islamic State (canonical), asserted by him. IS's statement "
         "'posted late Tuesday by its Aamaq news agency' (the statement's day, no incident) with two partial quotes, "
         "the second with AP's period inside the mark: claimed Islamic State via Aamaq (the text's spelling). 'Last "
         "week, gunmen on a motorcycle shot and killed an SDF commander at a checkpoint in ... Shuhail. No group "
         "claimed that killing, which the SDF also blamed on IS sleeper cells': small-arms, impact, precision week, "
         "the unattributed pair, and the same assessed pair. The Observatory's toll: no stance. The researcher's "
         "quote runs over two paragraphs (the first left open) and closes with 'she said'. The anonymous resident "
         "(bare role) names nobody; checkpoints 'on Wednesday' are no incident. Baghouz 2019: history.",
)
A["s03_afp_gulf_of_aden_ship"] = dict(
    published_on="2034-03-09",  # Thursday
    meta=dict(outlet="AFP", dateline="Dubai",
              headline="Yemen's Huthis say they hit cargo ship in Gulf of Aden"),
    quotes=[
        ("unknown projectile", "United Kingdom Maritime Trade Operations", None),
        ("The crew are reported safe and the vessel is proceeding to its next port of call,", "United Kingdom Maritime Trade Operations", None),
        ("with a number of appropriate naval missiles", "Abdulkarim al-Madani", "Huthi military spokesman"),
        ("accurate and direct", "Abdulkarim al-Madani", "Huthi military spokesman"),
        ("Iran-backed Huthi terrorists", "US Central Command", None),
        ("Damage is limited to the forward cargo hold and there is no pollution,", "Kallisto Maritime", None),
        ("The Huthis are showing that they can still reach ships far from their own coast, well beyond the Red Sea,", "Rania Bamatraf", "Yemen analyst with the Sanaa Center for Strategic Studies"),
        ("For shipping companies, that means the Gulf of Aden is once again a risk to be priced, not a route to be taken for granted,", "Rania Bamatraf", "Yemen analyst with the Sanaa Center for Strategic Studies"),
    ],
    stances=[st("Houthis", "claimed", "Abdulkarim al-Madani"),
             st("Houthis", "assessed", "US Central Command")],
    incidents=[inc("2034-03-08", "day", "Gulf of Aden, about 70 nautical miles southeast of Aden", None, None, "missile", "impact"),
               inc("2034-03-02", "day", "Red Sea", None, None, "drone", "intercepted")],
    checks=[("on Wednesday", "2034-03-08")],
    note="AFP wire copy: headline, 'Published 9 March 2034 - 12:41', dateline 'Dubai (AFP) –' (the bureau), AFP's "
         "'Huthi' spelling (canonical Houthis), straight marks with commas outside them, closing slug 'bur-rh/ser'. "
         "The Aegean Star struck 'on Wednesday' about 70 nautical miles southeast of Aden, fire, no casualties; "
         "CENTCOM says two ballistic missiles, one hit and one 'fell into the sea': one incident, missile, impact, "
         "at sea (no admin1 or country). UKMTO (full name as the text first gives it, the agency's own words in "
         "marks: 'unknown projectile' and its crew statement). The Huthi military spokesman's televised statement "
         "(two partial quotes): claimed Houthis, asserted by him (named spokesman convention); 'He said the ship "
         "belonged to a company ...' is reported speech, 'AFP could not independently verify the claim' no stance. "
         "'US Central Command (CENTCOM) said ... that \"Iran-backed Huthi terrorists\" had fired two anti-ship "
         "ballistic missiles': firm, from a military command: assessed Houthis. 'On March 2, a US destroyer shot "
         "down four drones over the Red Sea which CENTCOM said had been launched by the Huthis': drone, "
         "intercepted, day precision, at sea, under the same assessed pair. The manager's statement (speaker the "
         "company) and the analyst (named in apposition, then a second paragraph closing 'she told AFP') name "
         "nobody. The 2023 campaign, the two sinkings and the Galaxy Leader: history, no stance, no incident. "
         "'Thursday' is the day of the claim, no incident.",
)
A["s04_aljazeera_ras_tanura_drones"] = dict(
    published_on="2034-04-05",  # Wednesday
    meta=dict(outlet="Al Jazeera", dateline=None,
              headline="Two groups claim drone attack on Saudi oil terminal at Ras Tanura"),
    quotes=[
        ("vital facilities of the Saudi enemy in Ras Tanura", "Houthis", None),
        ("squadron of drones", "Houthis", None),
        ("from the land of Iraq, in response to the crimes of the occupation", "Saraya al-Wa’d al-Sadiq", None),
        ("from the north", "Nawaf al-Harbi", "Saudi Defence Ministry spokesman"),
        ("categorically rejects", "Foreign Ministry", None),
        ("Two claims for the same attack tell you something,", "Sultan al-Khulaifi", "Gulf security analyst at Qatar University"),
        ("Either one group is trying to borrow the credit of the other, or the launch came from one place and the message from another. Riyadh will want to know which before it decides how to respond,", "Sultan al-Khulaifi", "Gulf security analyst at Qatar University"),
    ],
    stances=[st("Houthis", "claimed", "Houthis, via Al Masirah"),
             st("Saraya al-Wa’d al-Sadiq", "claimed", "Saraya al-Wa’d al-Sadiq")],
    incidents=[inc("2034-04-04", "day", "Ras Tanura oil terminal", "Eastern Province", "Saudi Arabia", "drone", "impact")],
    checks=[("early on Tuesday", "2034-04-04")],
    note="Al Jazeera English web story: headline, standfirst, 'Published On 5 Apr 2034', no byline or dateline, "
         "curly marks, en dashes, closing 'Source: Al Jazeera and news agencies'. A drone hit a storage tank at Ras "
         "Tanura 'early on Tuesday' (the Energy Ministry via SPA), a second shot down over the Gulf: one incident, "
         "drone, impact (interceptor-miss convention), Eastern Province (from geography; judgement call). Competing "
         "claims: the Houthis 'in a statement broadcast on their Al Masirah television channel' (two partial "
         "quotes): claimed Houthis via Al Masirah; 'a previously little-known Iraqi group calling itself Saraya "
         "al-Wa’d al-Sadiq also said on Telegram that it had launched the drones': claimed, named as in the text "
         "with its curly apostrophe. The Saudi spokesman's 'from the north' (rank dropped) names nobody; Iraq's "
         "Foreign Ministry (speaker without the possessive) rejecting the use of its territory: no stance. The "
         "analyst (quote, then his name and 'told Al Jazeera', then a second paragraph closing 'he said') weighs the "
         "two claims but names no culprit. The 2022 truce and the September 2019 Abqaiq-Khurais attack that 'The "
         "Houthis claimed' while Washington and Riyadh 'blamed Iran': history, no stance, no incident. Oil prices "
         "'on Wednesday': no incident.",
)
A["s05_rudaw_khor_mor_drone"] = dict(
    published_on="2034-05-15",  # Monday
    meta=dict(outlet="Rudaw", dateline="SULAIMANI, Kurdistan Region",
              headline="Drone strike sets Khor Mor gas field ablaze, cutting power across Kurdistan Region"),
    quotes=[
        ("The attack caused a fire in one of the condensate tanks, and production has been stopped as a precaution until the teams finish their work,", "Ministry of Natural Resources", None),
        ("It was around 11:40 at night. People came out of their houses because they thought it was an earthquake,", "Hiwa Rahim", "Chamchamal district mayor"),
        ("most likely", "senior Asayish official", None),
        ("We have followed the path of the drone. It came from the south, from areas where this group has a presence,", "senior Asayish official", None),
        ("These are baseless claims aimed at dragging the resistance into internal disputes,", "Ali al-Fatlawi", "spokesperson for Asaib Ahl al-Haq"),
        ("stop these attacks once and for all,", "Soran Jamal", "Kurdistan Region government spokesperson"),
        ("knows very well where these drones come from.", "Soran Jamal", "Kurdistan Region government spokesperson"),
    ],
    stances=[st(None, "unattributed", None),
             st("Asaib Ahl al-Haq", "suspected", "senior Asayish official, via Rudaw"),
             st("Asaib Ahl al-Haq", "denied", "Ali al-Fatlawi")],
    incidents=[inc("2034-05-14", "day", "Khor Mor gas field", "Sulaimani", "Iraq", "drone", "impact"),
               inc("2034-05-01", "month", "Khor Mor gas field, near the perimeter", "Sulaimani", "Iraq", "rocket", "impact")],
    checks=[("late Sunday", "2034-05-14")],
    note="Rudaw English: headline, 'Rudaw', '15-05-2034' (day first), dateline 'SULAIMANI, Kurdistan Region -', "
         "straight marks. A drone hit a condensate tank at Khor Mor 'late Sunday' ('around 11:40 at night'), fire, "
         "production halted: drone, impact, admin1 'Sulaimani' as the text spells the province. The ministry's "
         "statement 'on Monday' (speaker without 'the Kurdistan Region's'). The mayor's quote opens its own "
         "paragraph and closes with 'he said' (pronoun back to 'Chamchamal district mayor Hiwa Rahim'). 'No group "
         "has claimed responsibility for the attack': the unattributed pair. The unnamed Asayish official: 'the "
         "drone was \"most likely\" launched by Asaib Ahl al-Haq': hedged, suspected AAH via Rudaw; his second "
         "quote ('this group') adds no pair. The AAH spokesperson 'rejected the accusation ... \"These are baseless "
         "claims\"': denied AAH, asserted by him (named spokesman convention). The KRG spokesperson's 'knows very "
         "well where these drones come from' hints without naming: no stance. 'Earlier this month, two Katyusha "
         "rockets landed near the perimeter of the gas field without causing damage ... Nobody claimed that attack "
         "either': rocket, impact (landed, not intercepted), precision month, under the same unattributed pair. "
         "The April 2024 drone that killed four Yemeni workers: history, no incident; the operators named are no "
         "stance.",
)
A["s06_kurdistan24_erbil_airport_drones"] = dict(
    published_on="2034-06-21",  # Wednesday
    meta=dict(outlet="Kurdistan24", dateline="ERBIL",
              headline="KRSC: Drones targeting Erbil airport launched by al-Nujaba militia"),
    quotes=[
        ("The two drones were launched by the outlaw al-Nujaba militia from an area near Bartella in the Nineveh Plains, and were downed before reaching their target,", "Kurdistan Region Security Council", None),
        ("All flights are operating normally, and passengers have nothing to fear,", "Dler Ahmed", "airport director"),
        ("no connection to what happened in Erbil", "Haider al-Zamili", "spokesman for the al-Nujaba movement"),
        ("serving the agenda of the occupation.", "Haider al-Zamili", "spokesman for the al-Nujaba movement"),
        ("We heard the air defense firing for about a minute, then two loud explosions in the sky,", "Rebin Aziz", "resident of Ankawa"),
        ("My children were awake all night.", "Rebin Aziz", "resident of Ankawa"),
        ("These attacks target the security and stability of the Kurdistan Region, and the federal government must hold the perpetrators accountable,", "Sherwan Kakayi", "Kurdistan Region Government spokesperson"),
    ],
    stances=[st("Harakat al-Nujaba", "assessed", "Kurdistan Region Security Council"),
             st("Harakat al-Nujaba", "denied", "Haider al-Zamili"),
             st(None, "unattributed", None)],
    incidents=[inc("2034-06-20", "day", "Erbil International Airport", "Erbil", "Iraq", "drone", "intercepted")],
    checks=[("on Tuesday night", "2034-06-20")],
    note="Kurdistan24 web story: headline with 'KRSC:' prefix, 'Kurdistan24', 'June 21, 2034', dateline 'ERBIL "
         "(Kurdistan24) –', curly marks, American spelling. Two explosive-laden drones shot down approaching Erbil "
         "International Airport 'on Tuesday night', no casualties or damage: one incident, drone, intercepted, "
         "Erbil. The KRSC statement 'on Wednesday': 'The two drones were launched by the outlaw al-Nujaba militia': "
         "firm, from the region's security council: assessed Harakat al-Nujaba (canonical), asserted by the council "
         "(full name as first given). 'an Iran-backed Iraqi militia': sponsor. The council sharing coordinates with "
         "Baghdad: no stance. The airport director (role before the name, quote then 'he said'). The movement's "
         "spokesman on X: 'no connection to what happened in Erbil' and 'serving the agenda of the occupation.' "
         "(period inside the mark): denied Harakat al-Nujaba, asserted by him. 'No group has claimed "
         "responsibility for the attack': the unattributed pair beside the assessment (as heldout12's Times of "
         "Israel). The Ankawa resident (quote split by 'said Rebin Aziz, a resident of Ankawa.') and the KRG "
         "spokesperson (role before the name, 'condemned', then the quote and 'he said') name nobody. The coalition "
         "against the Islamic State: no stance. The February 2021 Erbil rocket attack that 'a group calling itself "
         "Saraya Awliya al-Dam claimed': history, no stance, no incident.",
)
A["s07_thenational_hodeidah_tanker"] = dict(
    published_on="2034-07-12",  # Wednesday
    meta=dict(outlet="The National", dateline=None,
              headline="Explosive boat hits tanker off Hodeidah as Houthis deny involvement"),
    quotes=[
        ("uncrewed surface vessel", "UK Maritime Trade Operations", None),
        ("Both are in a stable condition and their families have been informed,", "Sealine Tankers", None),
        ("The Houthi militia carried out this terrorist attack from the coast of Hodeidah, using a booby-trapped boat supplied by Iran,", "Khaled Baswaid", "Information Minister"),
        ("This is the same playbook they have used for years, and the world knows it.", "Khaled Baswaid", "Information Minister"),
        ("nothing to do with the targeting of the tanker", "Nabil Al Wazir", "member of the group’s political bureau"),
        ("a fabrication to justify escalation against Yemen", "Nabil Al Wazir", "member of the group’s political bureau"),
        ("An attack that nobody owns is harder to answer,", "Mohammed Al Zaabi", "maritime security researcher at the Emirates Policy Center in Abu Dhabi"),
        ("Whether or not the Houthis launched it, insurers will price it as if they did.", "Mohammed Al Zaabi", "maritime security researcher at the Emirates Policy Center in Abu Dhabi"),
    ],
    stances=[st("Houthis", "assessed", "Khaled Baswaid"),
             st("Houthis", "denied", "Nabil Al Wazir"),
             st("Houthis", "claimed", "Houthis")],
    incidents=[inc("2034-07-10", "day", "Red Sea, about 45 nautical miles west of Hodeidah", None, None, "drone", "impact"),
               inc("2034-06-01", "month", "southern Red Sea", None, None, "missile", "intercepted")],
    checks=[("on Monday", "2034-07-10")],
    note="The National: headline, standfirst, 'Layla Hamdan, Abu Dhabi' (the reporter's base, not a dateline), 'Jul "
         "12, 2034', curly marks, British spelling, 'Al' without hyphen in Gulf names. An explosive-laden boat "
         "rammed a tanker 'on Monday' about 45 nautical miles west of Hodeidah, two sailors burned: drone "
         "(explosive-boat convention), impact, at sea (no admin1 or country). UKMTO's phrase in marks (speaker the "
         "centre's name without 'centre'; judgement call); the manager's statement (speaker the company). The "
         "internationally recognised government 'blamed the Houthi rebels' and the information minister's 'The "
         "Houthi militia carried out this terrorist attack' (two quotes split by 'told The National'): firm, from "
         "a government: assessed Houthis, asserted by him; 'a booby-trapped boat supplied by Iran' is a sponsor, no "
         "stance for Iran (new convention). 'the Houthis ... denied any role' and the politburo member's two "
         "partial quotes on X: denied Houthis, asserted by him. 'Last month, a Greek frigate ... shot down an "
         "anti-ship missile fired at a container ship in the southern Red Sea, in an attack the Houthis claimed': "
         "missile, intercepted, precision month, at sea, claimed Houthis asserted by the group. 'claimed dozens of "
         "attacks on shipping since 2023': history. The researcher (quote split by his name and role) names nobody "
         "firmly ('Whether or not the Houthis launched it'). The USS Cole bombing 'claimed by Al Qaeda' in 2000 and "
         "the Houthis seizing Sanaa in 2014: history, no stance, no incident.",
)
A["s08_shafaq_babil_convoy_ied"] = dict(
    published_on="2034-08-22",  # Tuesday
    meta=dict(outlet="Shafaq News", dateline=None,
              headline="IED targets International Coalition supply convoy in Babil, no casualties"),
    quotes=[
        ("The convoy belongs to an Iraqi company contracted to transport the supplies, and the drivers are all Iraqis,", "security source", None),
        ("found a second explosive device planted about 200 meters from the site of the explosion and dismantled it", "Babil Operations Command", None),
        ("are messages more than military operations.", "Ali al-Mawla", "Security expert"),
        ("Whoever stands behind them wants to say that the roads used by the coalition are not safe, whatever agreements are signed between Baghdad and Washington,", "Ali al-Mawla", "Security expert"),
    ],
    not_quotes=["Ashab al-Kahf", "Qasim al-Jabbarin"],
    stances=[st(None, "unattributed", None),
             st("Islamic State", "claimed", "Islamic State, via Amaq")],
    incidents=[inc("2034-08-22", "day", "Baghdad-Babil highway, near al-Iskandariya", "Babil", "Iraq", "ied", "impact"),
               inc("2034-08-15", "week", "army checkpoint in Wadi al-Shay, south of Kirkuk", "Kirkuk", "Iraq", "small-arms", "impact")],
    checks=[("on Tuesday", "2034-08-22")],
    note="Shafaq News English: headline, 'Shafaq News', '2034-08-22 09:47', body opening 'Shafaq News/' (no "
         "dateline), straight marks, the agency's idiom ('Shafaq News Agency', 'until the time of writing', 'It is "
         "noteworthy that'). An IED on a coalition supply convoy near al-Iskandariya 'on Tuesday' at dawn, in a "
         "story of that Tuesday (the publication date), one truck damaged, no casualties: ied, impact, Babil; the "
         "second device found about 200 meters away and dismantled belongs to the same attack (new convention), "
         "not a separate foiled incident. The unnamed security source (bare role) and the Babil Operations Command "
         "(partial quote) name nobody. 'No party has claimed responsibility for the attack until the time of "
         "writing': the unattributed pair. The security expert (role as the text gives it, capitalised before the "
         "name; a partial quote with the period inside, then 'he added') names nobody. The 2020-2022 convoy attacks "
         "claimed by factions whose names are set in marks ('Ashab al-Kahf', 'Qasim al-Jabbarin': not_quotes), "
         "'fronts for armed factions close to Iran': history and sponsor, no stance, no incident. 'two soldiers "
         "were killed ... last week when ISIS militants attacked an army checkpoint in Wadi al-Shay ... with light "
         "and medium weapons. ISIS claimed the attack through its Amaq agency': small-arms, impact, precision week, "
         "Kirkuk, claimed Islamic State via Amaq. The coalition's 2025 drawdown: history.",
)
A["s09_almonitor_muwaffaq_salti_drone"] = dict(
    published_on="2034-10-04",  # Wednesday
    meta=dict(outlet="Al-Monitor", dateline="AMMAN",
              headline="Jordan downs drone near US-used air base as Iraqi militia umbrella claims attack"),
    quotes=[
        ("entered Jordanian airspace from the east", "Jordanian army", None),
        ("the American base of Muwaffaq Salti", "Islamic Resistance in Iraq", None),
        ("serving as a platform for the occupiers.", "Islamic Resistance in Iraq", None),
        ("will not allow anyone to turn its territory or airspace into an arena for the conflicts of others.", "Khalil al-Adwan", "Government spokesman"),
        ("probably launched by Kataib Hezbollah", "Iraqi security official", None),
        ("but we are still checking.", "Iraqi security official", None),
        ("Jordan has worked hard to stay out of this fight, and the militias know that,", "Laith Qudah", "former Jordanian army officer who now runs a security consultancy in Amman"),
        ("Hitting near Muwaffaq Salti is a message to Amman as much as to Washington.", "Laith Qudah", "former Jordanian army officer who now runs a security consultancy in Amman"),
        ("The question is whether the government answers it quietly, through Baghdad, or in public. So far it has always chosen the quiet way.", "Laith Qudah", "former Jordanian army officer who now runs a security consultancy in Amman"),
    ],
    stances=[st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq"),
             st("Kataib Hezbollah", "suspected", "Iraqi security official, via Al-Monitor"),
             st(None, "unattributed", None)],
    incidents=[inc("2034-10-02", "day", "near Muwaffaq Salti Air Base, al-Azraq", "Zarqa", "Jordan", "drone", "intercepted"),
               inc("2034-09-14", "day", "near Ruwaished", "Mafraq", "Jordan", "drone", "intercepted")],
    checks=[("on Monday", "2034-10-02")],
    note="Al-Monitor: headline, subhead, byline, 'October 4, 2034', dateline 'AMMAN —', curly marks, American "
         "spelling, 'Sept. 14'. A drone shot down 'on Monday' near al-Azraq, close to Muwaffaq Salti Air Base, no "
         "casualties: drone, intercepted, Zarqa governorate (named in the text). The army's partial quote via Petra "
         "names nobody ('Jordanian army' as speaker). 'Late Monday, the Islamic Resistance in Iraq, an umbrella of "
         "Iran-aligned factions, said on Telegram that it had attacked' the base (two partial quotes, the second "
         "with the period inside): claimed IRI. The government spokesman 'said Tuesday' (the statement's day) names "
         "nobody. The unnamed Iraqi security official told Al-Monitor the drone was 'probably launched by Kataib "
         "Hezbollah' ... 'but we are still checking.': hedged, suspected KH via Al-Monitor; 'Kataib Hezbollah did "
         "not respond': no stance. Tower 22 in January 2024, which 'Washington blamed' on the IRI and KH, and KH's "
         "suspension: history, no stance, no incident. 'On Sept. 14, the army said it shot down a drone near the "
         "town of Ruwaished ... No group claimed responsibility for that incident': drone, intercepted, day "
         "precision, Mafraq (from geography; judgement call), and the unattributed pair. The analyst's quote is "
         "split by 'said Laith Qudah, ...' and runs into a second paragraph (the first left open).",
)
A["s10_stripes_conoco_mortar"] = dict(
    published_on="2034-11-17",  # Friday
    meta=dict(outlet="Stars and Stripes", dateline="WASHINGTON",
              headline="2 US troops hurt in mortar attack on base in eastern Syria, officials say"),
    quotes=[
        ("We take every attack on our forces seriously, and we will respond at a time and place of our choosing,", "Sabrina Holt", "Pentagon deputy press secretary"),
        ("I'm not going to speculate on who's behind it until the assessment is complete,", "Sabrina Holt", "Pentagon deputy press secretary"),
        ("It fits their pattern, but it's a preliminary read,", "defense official", None),
        ("Mortars are cheap and hard to stop,", "Mark Denning", "retired Army lieutenant colonel who commanded a task force in eastern Syria in 2019"),
        ("A rocket gives you some warning. A mortar round fired from a couple of kilometers away gives you seconds.", "Mark Denning", "retired Army lieutenant colonel who commanded a task force in eastern Syria in 2019"),
    ],
    stances=[st(None, "unattributed", None),
             st("Kataib Sayyid al-Shuhada", "suspected", "defense official, via Stars and Stripes"),
             st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq")],
    incidents=[inc("2034-11-16", "day", "Mission Support Site Conoco", "Deir ez-Zor", "Syria", "mortar", "impact"),
               inc("2034-11-10", "week", "Rumeilan Landing Zone", "Hasakah", "Syria", "rocket", "impact")],
    checks=[("minor injuries Thursday", "2034-11-16")],
    note="Stars and Stripes web story: headline, 'By Caitlin Dorsey', 'Stars and Stripes • November 17, 2034', "
         "dateline 'WASHINGTON —' (the reporter's base; the attack is in Syria), straight marks, 'U.S.', military "
         "ranks. At least four mortar rounds on Mission Support Site Conoco 'Thursday' (no 'on'), two troops with "
         "minor injuries, a vehicle damaged: mortar, impact, Deir ez-Zor (named in the text). The deputy press "
         "secretary 'told reporters Friday' (briefing, no incident); 'Holt said no group had claimed responsibility "
         "for the attack' and her refusal to speculate: the unattributed pair. The unnamed defense official 'told "
         "Stars and Stripes the rounds were likely fired by Kataib Sayyid al-Shuhada' and 'a preliminary read': "
         "hedged, suspected KSS via Stars and Stripes; 'an Iran-backed militia': sponsor. 'Last week, two rockets "
         "were fired at the Rumeilan Landing Zone ... but landed outside the perimeter ... The Islamic Resistance "
         "in Iraq ... claimed that attack on Telegram': rocket, impact (not intercepted, as heldout12's Feb. 17 "
         "rockets), precision week, Hasakah, claimed IRI. The retired officer (quote split by his name and an "
         "appositive role) names nobody. The 2023-2024 attacks 'most of them claimed by the Islamic Resistance in "
         "Iraq': history, no further stance, no incident.",
)

write_corpus(D, A)
