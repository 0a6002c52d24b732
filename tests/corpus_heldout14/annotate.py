"""Hand annotations of the fourteenth held-out corpus (tests/corpus_heldout14).

Written blind, from scratch, by someone who had not seen the extractor's code (db/), its tests, its development
or scores, the code under tui/, scripts/ or bench/, or the texts and annotations (.txt, .json) of any earlier
corpus, and annotated by hand without running the extractor, `threatdesk`, `threatdesk import` or any script
but this one. Same format and checks as tests/corpus_heldout12/annotate.py (shared in tests/corpus_tools.py):
each quote is the exact text typed by hand; its offsets come from str.find on the .txt (each must occur once,
sit right after an opening mark and end at a closing mark or at the end of its paragraph). Marks that are
deliberately not quotes (an operation's name set in marks) are listed in not_quotes and checked the same way.
Run `python tests/corpus_heldout14/annotate.py` to rewrite the .json files after editing an annotation.

The next three paragraphs are copied verbatim from tests/corpus_heldout12/annotate.py and followed exactly.

Conventions (as in heldout10 and heldout11): speakers of statements by a group in the gazetteer take the
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

Names, as in heldout9-11: a speaker or actor that is one of these armed groups or institutions takes this
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

New conventions in this corpus: 'yesterday' in a briefing is published_on minus one day, precision day (no
weekday check applies). A denial by an unnamed official carried by another outlet is asserted by the bare
role via that outlet ('Hezbollah official, via Al-Akhbar'); a suspicion that an outlet reports from a news
agency is asserted via the agency that heard it ('Jordanian security official, via Reuters'). A press
statement issued in a spokesperson's name asserts through that person and the department ('Claire Sutton,
Department of State'). A minister holding a state 'responsible for every launch from its territory' is no
attribution of the attack (no stance for the state), and a retaliatory strike by a state army on a launch site
is no incident.

Judgement calls added in this corpus (consistent with the above): a suspicion that an unnamed official gives
to an outlet's sister site is asserted via that site ('Iraqi security official, via Al-Araby Al-Jadeed'), as
the via-agency rule; accusations by anonymous social-media accounts are no stance; an explosive device found
and dismantled before it went off is an incident with outcome foiled; a car bomb is category ied; debris of an
intercepted drone damaging farmland leaves the outcome intercepted; a state's denial that it arms a group is
no stance about an attack; two claimed pairs for one attack (competing claims) are both listed, and whether
they make the incident 'contested' is the desk's call, not a stance; a named spokesman's denial or claim is
asserted by that person; a 'Reporting from ...' line or a 'correspondent in ...' byline is no dateline.

Situations in this corpus: ten outlets, one article each, all published in 2035: The Washington Post
('BAGHDAD —', curly marks, an umbrella's Telegram claim and an unnamed US defence official's hedged
'probably ... Kataib Hezbollah' via the paper, an earlier-this-month drone claimed by the same umbrella, the
2024 Tower 22 attack as history); The New York Times ('Reporting from Erbil, Iraq', competing claims by a
front group, Saraya Awliya al-Dam, and by the Islamic Resistance in Iraq, an unclaimed rocket last week); BBC
News (byline on two lines, Islamic State's claim via Amaq beside a military command's firm 'remnants of the
terrorist Daesh gangs', a quote continued into a second paragraph, an unclaimed roadside bomb 'On 2 March');
Military Times (a two-paragraph briefing quote with 'No group has claimed responsibility', an unnamed
official's 'likely launched by Harakat al-Nujaba', last week's unclaimed mortar rounds); Middle East Eye (an
unclaimed car bomb, a ministry spokesman's hedged 'initial indications suggested' an Islamic State cell, the
SDF's denial of accusations made online); The Jordan Times ('AMMAN —', a JAF source via Petra, 'no party had
claimed responsibility', Kataib Sayyid al-Shuhada's Telegram denial under the spelling 'Kataib Sayyid Al
Shuhada', an earlier-this-month interception); L'Orient Today ('BEIRUT —', an unclaimed roadside bomb, a
security source's hedged Islamic State hypothesis, a device dismantled 'On July 3', an operation's name in
marks); The New Arab (a Green Zone rocket attack, Kataib Hezbollah's denial, a suspicion of Kataib Sayyid
al-Shuhada via the sister site, membership of the PMF); Defense News ('WASHINGTON —', CENTCOM's firm
'launched by the Iran-backed Houthis', the Houthi spokesman's televised claim, an explosive boat 'On Sept. 9'
claimed too); Asharq Al-Awsat ('Erbil - Asharq Al-Awsat', a counter-terrorism directorate's firm accusation of
Asaib Ahl al-Haq, the group's spokesman's denial, 'No faction has officially claimed', last month's
interception). All articles, people and incidents are fictional; some background paragraphs mention real past
events.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_tools import inc, st, write_corpus  # noqa: E402

D = Path(__file__).resolve().parent


A = {}
A["s01_washingtonpost_ain_al_asad_rockets"] = dict(
    published_on="2035-01-24",  # Wednesday
    meta=dict(outlet="The Washington Post", dateline="BAGHDAD",
              headline="Rocket attack on Iraqi base wounds two U.S. service members"),
    quotes=[
        ("the occupation base at Ain al-Asad with a barrage of rockets.", "Islamic Resistance in Iraq", None),
        ("the continued presence of American forces on the land of Iraq.", "Islamic Resistance in Iraq", None),
        ("The launcher, the rockets, the way it was staged — it looks a lot like their work,", "U.S. defense official", None),
        ("But we’re not there yet.", "U.S. defense official", None),
        ("Our forces retain the inherent right of self-defense,", "Lena Whitcomb", "spokeswoman for the U.S.-led coalition"),
        ("We will hold those responsible to account.", "Lena Whitcomb", "spokeswoman for the U.S.-led coalition"),
        ("an assault on the sovereignty of Iraq and on its obligations to its partners,", "Ali al-Hamdani", "spokesman for the prime minister"),
        ("The claims come through the umbrella because it protects everybody,", "Renad Kassem", "researcher at the Levant Policy Forum in Beirut"),
        ("No single faction has to carry the name, and no single faction has to carry the consequences.", "Renad Kassem", "researcher at the Levant Policy Forum in Beirut"),
    ],
    stances=[st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq"),
             st("Kataib Hezbollah", "suspected", "U.S. defense official, via The Washington Post")],
    incidents=[inc("2035-01-22", "day", "Ain al-Asad air base", "Anbar", "Iraq", "rocket", "impact"),
               inc("2035-01-01", "month", "Ain al-Asad air base", "Anbar", "Iraq", "drone", "intercepted")],
    checks=[("late Monday", "2035-01-22")],
    note="The Washington Post online: headline, subhead, two-name byline, 'January 24, 2035 at 5:42 p.m. EST', "
         "dateline 'BAGHDAD —' opening the body, curly marks, 'U.S.', 'on the condition of anonymity'. At least five "
         "rockets at Ain al-Asad 'late Monday', three inside the perimeter, two wounded: rocket, impact, Anbar; the "
         "two rockets 'still loaded on its rails' of the abandoned truck belong to the attack (convention). The "
         "Iraqi security official's account is reported speech ('he said', no marks): no quote, and he names "
         "nobody. 'The Islamic Resistance in Iraq, an umbrella of Iran-backed militias, claimed the attack in a "
         "statement on Telegram' with two partial quotes, the first and second ending in a period inside the mark: "
         "claimed IRI, asserted by the group; 'Iran-backed' is a sponsor, no stance for Iran. 'A U.S. defense "
         "official said Tuesday that the attack was probably carried out by Kataib Hezbollah ... though the "
         "investigation was at an early stage' and his 'But we’re not there yet': hedged, suspected KH, asserted by "
         "the unnamed official via The Washington Post (he spoke to the paper); 'the most powerful faction in the "
         "umbrella' is membership, no further stance; 'said Tuesday' is the day he spoke, no incident. 'Kataib "
         "Hezbollah did not respond': no stance. The coalition spokeswoman (full name as first given, 'Maj.' "
         "dropped; then the surname 'Whitcomb said in a statement' between two quotes) and the prime minister's "
         "spokesman (partial quote) name nobody. 'Earlier this month, a drone approaching Ain al-Asad was shot "
         "down ... The Islamic Resistance in Iraq claimed that attack as well': drone, intercepted, 2035-01-01 "
         "precision month, covered by the same claimed pair. The January 2024 Tower 22 attack that 'Washington "
         "blamed' on the Islamic Resistance in Iraq, with strikes on Kataib Hezbollah targets: history, no stance, "
         "no incident. The researcher (quote split by 'said Renad Kassem, ...') names nobody.",
)
A["s02_nytimes_erbil_airport_drones"] = dict(
    published_on="2035-02-15",  # Thursday
    meta=dict(outlet="The New York Times", dateline=None,
              headline="Two Militias Claim Drone Attack on Erbil Airport, Deepening Confusion"),
    quotes=[
        ("the nest of spies at Erbil airport.", "Saraya Awliya al-Dam", None),
        ("an operation by the mujahedeen of the Islamic Resistance", "Islamic Resistance in Iraq", None),
        ("Saraya Awliya al-Dam has always been a name, not an organization,", "Hamzeh Darwish", "analyst of Iraqi militias at a research center in Amman"),
        ("Sometimes the name is useful to the people who fire the drones, and sometimes it isn’t. What you saw this week may just be two offices that did not talk to each other.", "Hamzeh Darwish", "analyst of Iraqi militias at a research center in Amman"),
        ("We are tired of condemnations,", "Dilan Mustafa", "spokeswoman for the Kurdistan Regional Government"),
        ("We want to see someone arrested. Just one.", "Dilan Mustafa", "spokeswoman for the Kurdistan Regional Government"),
        ("It sounded like a motorbike in the sky,", "Sherwan Aziz", "taxi driver"),
        ("Then the air defense started, and everyone ran inside.", "Sherwan Aziz", "taxi driver"),
        ("coordinating with the Peshmerga", "Saad al-Obaidi", "spokesman for the Iraqi Joint Operations Command"),
    ],
    stances=[st("Saraya Awliya al-Dam", "claimed", "Saraya Awliya al-Dam"),
             st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq"),
             st(None, "unattributed", None)],
    incidents=[inc("2035-02-13", "day", "Erbil International Airport", "Erbil", "Iraq", "drone", "impact"),
               inc("2035-02-08", "week", "Harir air base, north of Erbil", "Erbil", "Iraq", "rocket", "impact")],
    checks=[("on Tuesday night", "2035-02-13")],
    note="The New York Times online: headline, summary line, two-name byline, 'Reporting from Erbil, Iraq' (the "
         "reporters' location line, not a dateline: dateline None), 'Feb. 15, 2035', curly marks, 'Mr.' on second "
         "reference. Two drones at Erbil airport 'on Tuesday night': one shot down, the other crashed near a cargo "
         "hangar and started a fire: one incident, drone, impact (interceptor-miss convention), Erbil. Competing "
         "claims: 'A little-known group calling itself Saraya Awliya al-Dam' claimed on Telegram (partial quote, "
         "period inside the mark): claimed, named as in the text (a front, not in the canonical list); 'the "
         "Islamic Resistance in Iraq, an umbrella of Iran-aligned militias, issued its own statement' describing "
         "the attack as its own operation: claimed IRI. Two claimed pairs; whether they amount to 'contested' is "
         "the desk's call, not a stance. The analyst's 'has always been a name, not an organization' suggests a "
         "front but names no parent: no further stance; his history of the group's 2021 Erbil claim: no incident, "
         "no extra pair. The counterterrorism directorate 'did not name a culprit': no pair, since the attack is "
         "claimed. 'Last week, a rocket landed outside the perimeter of Harir air base ... No group claimed that "
         "attack': rocket, impact (landed, not intercepted), 2035-02-08 precision week, and the unattributed pair. "
         "The KRG spokeswoman ('She added' afterwards, reported), the taxi driver (quote split by 'he said') and the "
         "Joint Operations Command spokesman (partial quote; 'Maj. Gen.' dropped) name nobody. 'this week' inside "
         "the analyst's quote and 'Wednesday morning' (flights resuming) are no incidents.",
)
A["s03_bbc_kirkuk_army_post"] = dict(
    published_on="2035-03-09",  # Friday
    meta=dict(outlet="BBC News", dateline=None,
              headline="IS says it carried out deadly attack on Iraqi army post near Kirkuk"),
    quotes=[
        ("a number of apostate soldiers", "Islamic State", None),
        ("remnants of the terrorist Daesh gangs", "Joint Operations Command", None),
        ("Our forces have surrounded the area and will not leave until the criminals are caught or killed,", "Karim al-Shammari", "spokesman for the command"),
        ("These posts are far from each other and there are not enough men,", "Hussein Jabbar", "local official in the Daquq district"),
        ("At night the soldiers cannot see anything beyond their own lights.", "Hussein Jabbar", "local official in the Daquq district"),
        ("We have asked Baghdad many times for cameras and for more troops. Now four families are burying their sons.", "Hussein Jabbar", "local official in the Daquq district"),
        ("It no longer holds territory, and it does not need to,", "Leila Haddad", "researcher at the Centre for Middle East Studies at the University of Exeter"),
        ("A few fighters in the right valley can keep thousands of soldiers busy and make the state look absent.", "Leila Haddad", "researcher at the Centre for Middle East Studies at the University of Exeter"),
    ],
    stances=[st("Islamic State", "claimed", "Islamic State, via Amaq"),
             st("Islamic State", "assessed", "Joint Operations Command"),
             st(None, "unattributed", None)],
    incidents=[inc("2035-03-07", "day", "army post in the Wadi al-Shay area, south-west of Kirkuk", "Kirkuk", "Iraq", "small-arms", "impact"),
               inc("2035-03-02", "day", "near Daquq", "Kirkuk", "Iraq", "ied", "impact")],
    checks=[("late on Wednesday", "2035-03-07")],
    note="BBC News online: headline, '9 March 2035', byline on two lines ('Yusuf Karim' / 'BBC News Arabic'), no "
         "dateline, straight marks, British spelling, 'Maj Gen' and 'Dr' without points, 'IS' after 'The Islamic "
         "State (IS) group'. Gunmen opened fire on an army post 'late on Wednesday', four soldiers killed: "
         "small-arms, impact, Kirkuk province (the Daquq district official's area). 'The Islamic State (IS) group "
         "said it carried out the attack in a statement published by its Amaq news agency on Thursday' with the "
         "partial quote 'a number of apostate soldiers': claimed Islamic State via Amaq (Thursday is the claim's "
         "day, no incident). 'Iraq's Joint Operations Command said the attackers were \"remnants of the terrorist "
         "Daesh gangs\"': firm, from a military command: assessed Islamic State (Daesh is the canonical name's "
         "Arabic acronym), asserted by the command (no possessive); its spokesman ('Maj Gen' dropped; role 'a "
         "spokesman for the command' as the text gives it) names nobody himself. The Daquq official's quote: "
         "split by 'he said', then a second paragraph continuing the quote (the first piece left open at the "
         "paragraph's end): three quotes. 'On 2 March, a roadside bomb wounded two shepherds near the town of "
         "Daquq. No group said it was behind that blast': ied, impact, day precision (day-month date), Kirkuk, and "
         "the unattributed pair. The burials 'on Thursday': no incident. IS seizing territory in 2014 and its 2017 "
         "defeat, 'believed to number in the hundreds': history and background, no stance. The researcher ('Dr' "
         "dropped) names no group in her quote (pronoun 'It' for IS): no stance of hers.",
)
A["s04_militarytimes_rumalan_drone"] = dict(
    published_on="2035-04-10",  # Tuesday
    meta=dict(outlet="Military Times", dateline=None,
              headline="Drone attack injures four US troops at base in northeast Syria"),
    quotes=[
        ("We're still assessing who was responsible. No group has claimed responsibility for this attack, and I'm not going to get ahead of the investigation.", "Dana Kowalczyk", "Pentagon deputy press secretary"),
        ("What I can tell you is that our forces took appropriate measures and that the injuries were minor. We're going to continue to protect our people, and we'll do it at a time and manner of our choosing.", "Dana Kowalczyk", "Pentagon deputy press secretary"),
        ("It's the type of drone they've been using, and it came from the direction we'd expect,", "U.S. defense official", None),
        ("That doesn't make it a certainty.", "U.S. defense official", None),
        ("You're talking about a handful of sensors covering a lot of sky,", "Martin Osei", "retired Army lieutenant colonel who served at several of the sites"),
        ("A cheap drone flying low over farmland at night is very hard to pick up until the last few seconds.", "Martin Osei", "retired Army lieutenant colonel who served at several of the sites"),
    ],
    stances=[st(None, "unattributed", None),
             st("Harakat al-Nujaba", "suspected", "U.S. defense official, via Military Times")],
    incidents=[inc("2035-04-08", "day", "Rumalan Landing Zone", "Hasakah", "Syria", "drone", "impact"),
               inc("2035-04-03", "week", "Mission Support Site Conoco", "Deir ez-Zor", "Syria", "mortar", "impact")],
    checks=[("late Sunday", "2035-04-08")],
    note="Military Times: headline, 'By Jonah Ferris', 'Apr 10, 2035, 04:31 PM', no dateline, straight marks and "
         "straight apostrophes. A one-way attack drone struck Rumalan Landing Zone 'late Sunday', 'shortly before "
         "midnight local time', four troops with minor injuries: drone, impact, Hasakah. 'Kowalczyk told reporters "
         "at a briefing Monday:' closes a paragraph before a two-paragraph quote (the first left open at its "
         "paragraph's end); role before the name ('Pentagon deputy press secretary Dana Kowalczyk'), later 'she "
         "said'. Her 'No group has claimed responsibility for this attack': the unattributed pair. 'A U.S. defense "
         "official, who spoke to Military Times on condition of anonymity ..., said the drone was likely launched "
         "by Harakat al-Nujaba' and 'the finding was preliminary', his quote split by 'the official said': hedged, "
         "suspected Harakat al-Nujaba, asserted by the official via Military Times. 'an Iran-backed Iraqi militia' "
         "and 'militias aligned with Iran': sponsor, no stance. 'Al-Nujaba did not respond': no stance. 'Last week, "
         "two mortar rounds landed outside Mission Support Site Conoco ... No group claimed that attack either': "
         "mortar, impact (landed, not intercepted), 2035-04-03 precision week, Deir ez-Zor, under the same "
         "unattributed pair. The retired officer (appositive after 'said Martin Osei', rank written out as a role; "
         "then 'Osei said' between two quotes) names nobody. The task force spokesperson's written statement is "
         "reported, no quote. The briefing 'Monday': no incident.",
)
A["s05_middleeasteye_manbij_car_bomb"] = dict(
    published_on="2035-05-16",  # Wednesday
    meta=dict(outlet="Middle East Eye", dateline=None,
              headline="Syria: Car bomb kills nine in Manbij market as authorities point to Islamic State cell"),
    quotes=[
        ("I was selling tomatoes when the ground shook. Then there was smoke everywhere and people screaming,", "Abu Khaled", "vendor whose stall was about 50 metres from the explosion"),
        ("I found my neighbour's son under a cart. He was alive, thank God, but many were not.", "Abu Khaled", "vendor whose stall was about 50 metres from the explosion"),
        ("The investigation is continuing, and we will not announce final conclusions before it is complete,", "Nour al-Din Haj Ali", "Interior Ministry spokesman"),
        ("But the method and the target resemble what these cells have done before.", "Nour al-Din Haj Ali", "Interior Ministry spokesman"),
        ("no relation whatsoever", "Syrian Democratic Forces", None),
        ("stop the campaign of incitement against the Kurdish people", "Syrian Democratic Forces", None),
        ("Every explosion in Manbij becomes a political argument within an hour,", "Hassan Sheikho", "Syrian researcher who follows security in the north of the country"),
        ("People want to know who did it, and each side already has its answer ready.", "Hassan Sheikho", "Syrian researcher who follows security in the north of the country"),
    ],
    stances=[st(None, "unattributed", None),
             st("Islamic State", "suspected", "Nour al-Din Haj Ali"),
             st("Syrian Democratic Forces", "denied", "Syrian Democratic Forces")],
    incidents=[inc("2035-05-14", "day", "vegetable market, Manbij", "Aleppo", "Syria", "ied", "impact")],
    checks=[("on Monday", "2035-05-14")],
    note="Middle East Eye: headline with 'Syria:' prefix, standfirst, 'MEE correspondent in Aleppo, Syria' (a "
         "byline, not a dateline), 'Published date: 16 May 2035 14:20 BST', straight marks, British spelling, "
         "'told Middle East Eye' / 'told MEE'. A car bomb near a vegetable market in Manbij 'on Monday', nine killed: "
         "ied (a car bomb is an improvised explosive device; judgement call), impact, Aleppo province (the governor "
         "of Aleppo visits). 'No group has claimed responsibility for the attack': the unattributed pair. The "
         "interior ministry spokesman (role before the name, then 'he said' between two quotes) 'said that "
         "initial indications suggested the bombing had been carried out by a cell belonging to the Islamic State "
         "(IS) group', and 'will not announce final conclusions': hedged, suspected Islamic State, asserted by him "
         "(on state television, on the record; 'Tuesday' is the day he spoke). 'pro-government accounts on social "
         "media accused the ... Syrian Democratic Forces (SDF)': anonymous accounts are no source that asserts "
         "anything the desk records: no stance (judgement call). 'The SDF rejected the accusations in a statement "
         "on Tuesday, saying it had \"no relation whatsoever\" to the bombing': denied, the organisation named as "
         "the text first gives it in full; its second partial quote ends before the closing period outside the "
         "mark. The January 2019 Manbij restaurant bombing 'claimed by IS': history, no stance, no incident. The "
         "vendor (a kunya as given, quote split by 'said Abu Khaled, ...'), the researcher ('Sheikho said' "
         "between two quotes) and the governor (no quote) name nobody.",
)
A["s06_jordantimes_azraq_drones"] = dict(
    published_on="2035-06-12",  # Tuesday
    meta=dict(outlet="The Jordan Times", dateline="AMMAN",
              headline="JAF downs two drones over Azraq, debris falls on farmland"),
    quotes=[
        ("in accordance with the rules of engagement and in a timely manner", "source at the General Command of the JAF", None),
        ("The Jordan Armed Forces will deal firmly with any attempt to violate the Kingdom's airspace, and will not allow Jordan to be turned into an arena for conflicts that do not concern it,", "source at the General Command of the JAF", None),
        ("Jordan's security is a red line. We are in contact with our brothers in Iraq, and we expect every party to respect the sovereignty of the Kingdom,", "Rami Haddadin", "Minister of Government Communications and Government Spokesperson"),
        ("Jordan and its people are not, and will never be, a target for the resistance", "Kataib Sayyid al-Shuhada", None),
        ("We were sitting outside because of the heat when we heard the sound, and then we saw the fire in the field next to ours,", "Mohammad Sarhan", "farmer from the area"),
        ("The children did not sleep all night.", "Mohammad Sarhan", "farmer from the area"),
    ],
    stances=[st(None, "unattributed", None),
             st("Kataib Sayyid al-Shuhada", "denied", "Kataib Sayyid al-Shuhada")],
    incidents=[inc("2035-06-10", "day", "farmland near Azraq", "Zarqa", "Jordan", "drone", "intercepted"),
               inc("2035-06-01", "month", "Ruwaished area", "Mafraq", "Jordan", "drone", "intercepted")],
    checks=[("late Sunday", "2035-06-10")],
    note="The Jordan Times: headline, 'By JT - Jun 12,2035 - Last updated at Jun 12,2035' (the paper's own "
         "spacing), dateline 'AMMAN —', straight marks, British spelling, 'the Kingdom', a JAF source quoted via "
         "Petra. Two drones from the east intercepted 'late Sunday' ('at around 11:30pm on Sunday'), debris on "
         "farmland near Azraq damaging a pump and fencing: one incident, drone, intercepted (debris damage does "
         "not make it an impact), Zarqa Governorate. The unnamed JAF source (bare role as the text gives it, 'JAF' "
         "as written; he spoke to Petra, which does not change the speaker) in a partial quote closed before the "
         "period and a full quote; he names nobody. The government spokesperson (role before the name; then "
         "'Haddadin said that Jordan's position was clear.' and 'he told reporters' after the quote) 'said that "
         "no party had claimed responsibility for the drones': the unattributed pair. 'the Iraqi armed faction "
         "Kataib Sayyid Al Shuhada denied on Monday any link to the drones, saying in a statement on its Telegram "
         "channel' (partial quote): denied, canonical name Kataib Sayyid al-Shuhada, asserted by the group. "
         "'Earlier this month, the JAF said it had shot down a drone carrying explosives over the Ruwaished area': "
         "drone, intercepted, 2035-06-01 precision month, Mafraq; no claim or attribution said for it. Drug-"
         "smuggling drones: background, no incident. The January 2024 Tower 22 attack 'that Washington blamed on "
         "Iran-backed militias': history, no stance, no incident.",
)
A["s07_lorienttoday_arsal_roadside_bomb"] = dict(
    published_on="2035-07-19",  # Thursday
    meta=dict(outlet="L'Orient Today", dateline="BEIRUT",
              headline="Soldier killed, two wounded as roadside bomb hits army patrol near Arsal"),
    quotes=[
        ("planted on the side of the road and detonated remotely", "Army Command", None),
        ("It is one hypothesis among others, but it is the most serious one at this stage,", "security source", None),
        ("in shock", "Bassel Hujeiri", "Arsal Mayor"),
        ("We have paid a heavy price in the past. The people of Arsal stand with the army,", "Bassel Hujeiri", "Arsal Mayor"),
        ("But the state must also give us the means to protect our young people, who have no work and no hope.", "Bassel Hujeiri", "Arsal Mayor"),
        ("cowardly terrorist attack", "Georges Khoury", "Caretaker Defense Minister"),
        ("will not allow anyone to tamper with the security of the Bekaa.", "Georges Khoury", "Caretaker Defense Minister"),
        ("defend the borders with salaries that no longer feed a family.", "Rami Jaafar", "Baalbek-Hermel MP"),
    ],
    not_quotes=["Dawn of the Outskirts."],
    stances=[st(None, "unattributed", None),
             st("Islamic State", "suspected", "security source, via L'Orient Today")],
    incidents=[inc("2035-07-17", "day", "road between Arsal and Ras Baalbek", "Baalbek-Hermel", "Lebanon", "ied", "impact"),
               inc("2035-07-03", "day", "road between Arsal and Ras Baalbek", "Baalbek-Hermel", "Lebanon", "ied", "foiled")],
    checks=[("on Tuesday evening", "2035-07-17")],
    note="L'Orient Today: headline, standfirst, 'By Tarek Abi Khalil', '19 July 2035 16:40', dateline 'BEIRUT —', "
         "curly marks and apostrophes. A remotely detonated roadside bomb hit an army patrol 'on Tuesday evening' "
         "('at around 8 p.m.'), one soldier killed, two wounded: ied, impact, Baalbek-Hermel governorate. The Army "
         "Command's statement 'on Wednesday' (partial quote; speaker as the text names it) names nobody. 'No group "
         "has claimed responsibility for the attack': the unattributed pair. 'A security source told L’Orient Today "
         "that investigators were examining the possibility that the bomb had been placed by a cell linked to the "
         "Islamic State (ISIS) group' and his 'one hypothesis among others': hedged, suspected Islamic State "
         "(canonical), asserted by the unnamed source via L'Orient Today. 'On July 3, army units dismantled an "
         "explosive device that had been planted on the same road': ied, foiled, day precision, same place; no "
         "attribution said for it. The mayor (role before the name: 'Arsal Mayor'; a two-word partial quote, then "
         "a quote split by 'he said'), the caretaker defence minister (two partial quotes from his statement) and "
         "the MP ('saying on X') name nobody; 'cowardly terrorist attack' is no attribution. 'In August 2014, "
         "militants from ISIS and the Nusra Front overran Arsal' and the 2017 offensive: history, no stance, no "
         "incident; the offensive's name in marks (“Dawn of the Outskirts.”, period inside) is not a quote "
         "(not_quotes). 'Tuesday’s blast' repeats the date.",
)
A["s08_newarab_green_zone_rockets"] = dict(
    published_on="2035-08-22",  # Wednesday
    meta=dict(outlet="The New Arab", dateline=None,
              headline="Rockets target Baghdad's Green Zone as Kataib Hezbollah denies involvement"),
    quotes=[
        ("Outlaw groups are trying to undermine the security and stability of the capital and the reputation of Iraq before the world,", "Fadhil al-Tamimi", "cell's head"),
        ("We have nothing to do with this cheap act, whose only beneficiary is the American occupier,", "Kataib Hezbollah", None),
        ("the decision of the resistance is not taken by unknown rocket launchers in residential neighbourhoods.", "Kataib Hezbollah", None),
        ("The rockets and the launcher are of a type that we have seized from this group before,", "Iraqi security official", None),
        ("But nothing is confirmed yet, and we are waiting for the results of the interrogations.", "Iraqi security official", None),
        ("a message", "Ghaith al-Dulaimi", "Iraqi political analyst"),
        ("Whoever fired these rockets wanted to remind everyone that the weapons outside the state still exist, and that they can reach anywhere,", "Ghaith al-Dulaimi", "Iraqi political analyst"),
    ],
    stances=[st(None, "unattributed", None),
             st("Kataib Hezbollah", "denied", "Kataib Hezbollah"),
             st("Kataib Sayyid al-Shuhada", "suspected", "Iraqi security official, via Al-Araby Al-Jadeed")],
    incidents=[inc("2035-08-21", "day", "Green Zone", "Baghdad", "Iraq", "rocket", "impact")],
    checks=[("early on Tuesday", "2035-08-21")],
    note="The New Arab: headline, 'The New Arab Staff & Agencies', '22 August, 2035', no dateline, straight marks, "
         "British spelling ('Popular Mobilisation Forces', 'neighbourhoods'). Two Katyusha rockets at the Green "
         "Zone 'early on Tuesday': one shot down by C-RAM, the other landed in an empty lot: one incident, rocket, "
         "impact (interceptor-miss convention), Baghdad; the launch pad found in Dora belongs to it. The Security "
         "Media Cell's head (full name, rank dropped; role 'the cell's head' as the text gives it) blames 'Outlaw "
         "groups': no named actor, no stance. 'No group has claimed responsibility for the attack': the "
         "unattributed pair. 'Kataib Hezbollah ... denied any involvement on Tuesday' with two quotes from its "
         "Telegram statement (the second after 'adding that', period inside the mark): denied KH, asserted by the "
         "group; 'one of the most powerful factions of the Iran-aligned Popular Mobilisation Forces': membership "
         "and sponsor, no stance for the PMF or Iran. 'an Iraqi security official told The New Arab's "
         "Arabic-language sister site Al-Araby Al-Jadeed that investigators believed the rockets had most likely "
         "been fired by members of Kataib Sayyid al-Shuhada' and his 'nothing is confirmed yet': hedged, suspected "
         "KSS, asserted by the unnamed official via the sister site that heard it (as the via-agency convention). "
         "'Kataib Sayyid al-Shuhada did not comment': no stance. Three suspects arrested: no stance. The 2019-2021 "
         "rocket attacks 'many of which Washington blamed on Kataib Hezbollah': history, no stance, no incident. "
         "The analyst (role before the name; a two-word partial quote, then 'he said') names nobody.",
)
A["s09_defensenews_red_sea_destroyer"] = dict(
    published_on="2035-09-27",  # Thursday
    meta=dict(outlet="Defense News", dateline="WASHINGTON",
              headline="Navy destroyer downs two Houthi anti-ship missiles in Red Sea, CENTCOM says"),
    quotes=[
        ("launched by the Iran-backed Houthis from Yemen", "U.S. Central Command", None),
        ("a reckless and unprovoked act that endangers U.S. sailors and international shipping.", "U.S. Central Command", None),
        ("the American destroyer", "Ahmed al-Wadei", "military spokesman"),
        ("a number of naval cruise missiles,", "Ahmed al-Wadei", "military spokesman"),
        ("achieved its objectives.", "Ahmed al-Wadei", "military spokesman"),
        ("Every time we fire a Standard Missile at a threat like this, we are trading a multimillion-dollar round for something that costs a fraction of that,", "Julia Braddock", "spokesperson for U.S. Naval Forces Central Command"),
        ("The sailors did exactly what they were trained to do. The question for the enterprise is how long we can keep that math going.", "Julia Braddock", "spokesperson for U.S. Naval Forces Central Command"),
        ("They’ve rebuilt,", "Owen Radcliffe", "former Navy surface warfare officer and now a senior fellow at the Center for Naval Strategy"),
        ("The launchers are mobile, the supply lines through Iran have adapted, and the Red Sea is still the most dangerous place in the world for a destroyer to sail.", "Owen Radcliffe", "former Navy surface warfare officer and now a senior fellow at the Center for Naval Strategy"),
    ],
    stances=[st("Houthis", "assessed", "U.S. Central Command"),
             st("Houthis", "claimed", "Ahmed al-Wadei")],
    incidents=[inc("2035-09-25", "day", "southern Red Sea, about 40 nautical miles west of Hodeidah", None, None, "missile", "intercepted"),
               inc("2035-09-09", "day", "off Mokha", None, None, "drone", "impact")],
    checks=[("on Tuesday", "2035-09-25")],
    note="Defense News: headline, 'By Marcus Tull', 'Sep 27, 2035, 02:48 PM', dateline 'WASHINGTON —' (where the "
         "story was written, not where the attack was), curly marks, 'CENTCOM' after 'U.S. Central Command'. The "
         "destroyer shot down two anti-ship cruise missiles 'on Tuesday' about 40 nautical miles west of "
         "Hodeidah: one incident, missile, intercepted, at sea (no admin1 or country). CENTCOM said the missiles "
         "were 'launched by the Iran-backed Houthis from Yemen': firm, from a military command: assessed Houthis, "
         "asserted by U.S. Central Command; 'Iran-backed' is a sponsor. 'The Houthis claimed the attack hours "
         "later. In a televised speech, their military spokesman, Ahmed al-Wadei, said the group had targeted' "
         "the destroyer (three partial quotes, the last with the period inside the mark): claimed Houthis, "
         "asserted by him; his 'achieved its objectives' does not change the outcome (the US account: no damage). "
         "'On Sept. 9, an explosive-laden drone boat struck the Liberian-flagged bulk carrier Amber Crest off "
         "Mokha, damaging its hull. The Houthis also claimed that attack': drone (explosive-boat convention), "
         "impact, day precision, at sea, under the same claimed pair. The 2023-2024 campaign and 'since 2025': "
         "history, no incident. The naval spokesperson ('Cmdr.' dropped) and the analyst (em-dash appositive, "
         "then 'he said') name no culprit. 'Iran has denied arming the Houthis': a denial about arms supply, not "
         "about this attack: no stance for Iran.",
)
A["s10_asharqalawsat_khor_mor_drone"] = dict(
    published_on="2035-10-14",  # Sunday
    meta=dict(outlet="Asharq Al-Awsat", dateline="Erbil",
              headline="Kurdistan Accuses Asaib Ahl Al-Haq of Drone Attack on Khor Mor Gas Field"),
    quotes=[
        ("was launched by the Asaib Ahl Al-Haq militia from an area east of Tuz Khurmatu,", "Counter-Terrorism Directorate", None),
        ("We have presented the evidence to the federal government, and we call on it to hold the perpetrators accountable instead of forming committees whose results no one ever sees,", "Counter-Terrorism Directorate", None),
        ("had no link, near or far", "Hassan Al-Mousawi", "spokesman"),
        ("These accusations are politically motivated and come at a time of negotiations over the budget and oil exports,", "Hassan Al-Mousawi", "spokesman"),
        ("We condemn any attack on the infrastructure of Iraq, whether in the Kurdistan Region or in any other province.", "Hassan Al-Mousawi", "spokesman"),
        ("We will resume production as soon as it is safe to do so,", "company spokesperson", None),
        ("the state will not allow armed groups to strike at the livelihood of Iraqis.", "Bassem Al-Obaidi", "Federal government spokesman"),
        ("In the past, Erbil preferred to speak of outlaw groups and leave the names to the media. Today it has decided that silence no longer protects it,", "Kamaran Abdullah", "Kurdish political analyst"),
    ],
    stances=[st("Asaib Ahl al-Haq", "assessed", "Counter-Terrorism Directorate"),
             st(None, "unattributed", None),
             st("Asaib Ahl al-Haq", "denied", "Hassan Al-Mousawi")],
    incidents=[inc("2035-10-12", "day", "Khor Mor gas field", "Sulaimaniyah", "Iraq", "drone", "impact"),
               inc("2035-09-01", "month", "Khor Mor gas field", "Sulaimaniyah", "Iraq", "drone", "intercepted")],
    checks=[("on Friday evening", "2035-10-12")],
    note="Asharq Al-Awsat English: title-case headline, 'Sunday, 14 October, 2035 - 06:15', then 'Erbil - Asharq "
         "Al-Awsat' opening the body (the paper's dateline form: dateline Erbil), straight marks, 'Al-' "
         "capitalised in names. A drone struck the Khor Mor gas field 'on Friday evening', a storage tank on fire, "
         "production halted: drone, impact, Sulaimaniyah province (spelled as the text has it). 'The Kurdistan "
         "Region's Counter-Terrorism Directorate accused on Saturday the Asaib Ahl Al-Haq faction' and its "
         "statement that its investigation 'had established' the drone 'was launched by the Asaib Ahl Al-Haq "
         "militia': firm, from a security agency: assessed, canonical Asaib Ahl al-Haq, asserted by the directorate "
         "(no possessive); its second quote before 'it added'. 'No faction has officially claimed the attack': the "
         "unattributed pair (beside the assessment). 'Its spokesman Hassan Al-Mousawi told Asharq Al-Awsat that the "
         "faction \"had no link, near or far\" to the attack', then a quote split by 'he said': denied AAH, "
         "asserted by the named spokesman (role 'spokesman' as the text gives it). 'led by Qais Al-Khazali and has "
         "ministers in the federal government': background, no stance. The operator's unnamed spokesperson (bare "
         "role 'company spokesperson') and the federal spokesman (partial quote, period inside; a committee is no "
         "attribution) name nobody. 'Last month, air defenses at the field shot down a drone before it reached the "
         "facilities': drone, intercepted, 2035-09-01 precision month; nothing said of a claim. Khor Mor attacks "
         "'since 2022' and the April 2024 drone that killed four Yemeni workers: history, no stance, no incident. "
         "Power cuts 'on Saturday': consequence, no incident. The analyst (role before the name) names no group.",
)

write_corpus(D, A)
