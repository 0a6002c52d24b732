"""Hand annotations of the twenty-first held-out corpus (tests/corpus_heldout21).

Written blind, from scratch, by someone who had not seen the extractor's code (db/), the app (tui/), scripts/,
bench/, any tests/test_*.py, or the texts and .json files of any earlier corpus, and annotated without running
the extractor, `threatdesk`, `threatdesk import` or any script other than this one. Same format and checks as
tests/corpus_heldout12/annotate.py (shared in tests/corpus_tools.py): each quote is the exact text typed by
hand; its offsets come from str.find on the .txt (each must occur once, sit right after an opening mark and end
at a closing mark or at the end of its paragraph). Marks that are deliberately not quotes would be listed in
not_quotes (none are needed here).
Run `python tests/corpus_heldout21/annotate.py` to rewrite the .json files after editing an annotation.

The conventions paragraphs below are copied from tests/corpus_heldout12/annotate.py and followed exactly.

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

New conventions of heldout12 (followed here): 'yesterday' in a briefing is published_on minus one day, precision day (no
weekday check applies). A denial by an unnamed official carried by another outlet is asserted by the bare
role via that outlet ('Hezbollah official, via Al-Akhbar'); a suspicion that an outlet reports from a news
agency is asserted via the agency that heard it ('Jordanian security official, via Reuters'). A press
statement issued in a spokesperson's name asserts through that person and the department ('Claire Sutton,
Department of State'). A minister holding a state 'responsible for every launch from its territory' is no
attribution of the attack (no stance for the state), and a retaliatory strike by a state army on a launch site
is no incident.


Additions in this corpus, in the same spirit: a group's named spokesman (also one known by a nom de guerre)
speaks and asserts under his own name, as heldout12's Houthi military spokesman; an on-the-record but hedged
official ('We believe ... most likely Kataib Hezbollah') is suspected, asserted by the person for the
department ('Marcus Pell, Pentagon'); a non-state military force's spokeswoman naming the culprit firmly is
assessed; a group outside the gazetteer (Saraya Al Ashtar, Liwa al-Ghadab al-Iraqi) is named as the text gives
it; an attribution to an unnamed body ('outlaw groups', 'a party that wants to sow strife', 'Iran-backed militia
groups' alone) is no stance.

New situations in this corpus: outlets and house styles (Anadolu Agency with 'ANKARA' on
its own line and '*Writing by', Sky News with a standfirst and 'Tuesday 18 February 2042 13:45, UK', The Times
of Israel with a subhead, L'Orient Today with 'L'Orient Today / By' and 'BEIRUT —', Asharq Al-Awsat with a
title-case headline and 'Baghdad: Name', Gulf News with 'Manama:', Military Times with a dek, The New Arab with
'Staff & Agencies', INA with 'Baghdad-INA' and its agency formulas, The Wall Street Journal with 'DUBAI—').
Situations: a new front group's Telegram claim on a Turkish base with the state's retaliation inside a quote; a
Houthi claim on a ship and a minister's firm attribution of another day's drone; competing claims by the
Islamic Resistance in Iraq and the Houthis with an unnamed official's hedged suspicion of Kataib Hezbollah; an
unclaimed roadside bomb on UNIFIL with a Hezbollah official's denial via the outlet; unclaimed rockets with a
hedged suspicion via the outlet and the suspect's denial by its security official; an unclaimed bomb in Bahrain
with a hedged suspicion of a non-gazetteer group and a sponsor aside; a claimed drone on Tanf with the
Pentagon's hedged 'most likely'; an IS claim via Amaq beside a firm SDF assessment; an INA article with no
attribution at all; a Houthi claim contradicted by US officials' hedged suspicion and the suspect's denial.
All articles, people and incidents are fictional; some background paragraphs mention real past events.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_tools import inc, st, write_corpus  # noqa: E402

D = Path(__file__).resolve().parent


A = {}
A["s01_anadolu_bashiqa_rockets"] = dict(
    published_on="2042-01-14",  # Tuesday
    meta=dict(outlet="Anadolu Agency", dateline="ANKARA",
              headline="Rocket attack targets Turkish military base in northern Iraq"),
    quotes=[
        ("Our heroic personnel are safe and sound. The necessary response was given immediately to the area from which the attack was launched,", "Cemil Oral", "ministry spokesman"),
        ("We will not allow any threat against our bases, which are there in coordination with the Iraqi authorities, to go unanswered,", "Cemil Oral", "ministry spokesman"),
        ("the Turkish occupation base in Bashiqa", "Liwa al-Ghadab al-Iraqi", None),
        ("rejects any act that threatens the security of missions present on Iraqi soil with the approval of the government.", "Foreign Ministry", None),
        ("People were frightened, but there were no injuries among civilians and no damage to homes,", "Nabil Matti", "head of the Bashiqa sub-district"),
    ],
    stances=[st("Liwa al-Ghadab al-Iraqi", "claimed", "Liwa al-Ghadab al-Iraqi"),
             st(None, "unattributed", None)],
    incidents=[inc("2042-01-12", "day", "Zilkan base near Bashiqa", "Nineveh", "Iraq", "rocket", "impact"),
               inc("2042-01-01", "month", "Zilkan base near Bashiqa", "Nineveh", "Iraq", "drone", "intercepted")],
    checks=[("late Sunday", "2042-01-12")],
    note="Anadolu Agency English: headline, summary line, 'Burak Dag  |14.01.2042 - Update : 14.01.2042', the "
         "dateline 'ANKARA' on its own line (the ministry's briefing, the attack is in Nineveh), curly marks, 'terror "
         "group' wording, the PKK boilerplate and the closing '*Writing by'. Four rockets at the Zilkan base near "
         "Bashiqa 'late Sunday', 'at around 11.30 p.m. local time', two inside the perimeter with minor material "
         "damage, two in a field: one incident, rocket, impact, Nineveh (Bashiqa is north-east of Mosul; judgement "
         "call from geography). 'The necessary response was given immediately to the area from which the attack "
         "was launched' (inside the spokesman's quote) is a state's retaliation: no incident. The spokesman (role "
         "before the name, rank 'Rear Admiral' dropped) is quoted twice, the second with 'he added'; 'Oral did not "
         "say who was behind the attack': no stance and no unattributed pair for the rockets, since a claim exists. "
         "'A previously unknown group calling itself Liwa al-Ghadab al-Iraqi claimed responsibility in a statement "
         "on Telegram' with a partial quote: claimed, named as in the text; 'could not be independently verified' "
         "does not change the stance. 'Earlier this month, a drone approaching the same base was shot down ... No "
         "group claimed that incident': drone, intercepted, precision month, and the unattributed pair. Iraq's "
         "Foreign Ministry (speaker without the possessive; period inside the mark) and the sub-district head "
         "(named in an appositive in one paragraph, then 'he said' in the next) name nobody. The PKK 'terror "
         "group' in the background and boilerplate: history, no stance, no incident; 'targeted by rockets and "
         "drones several times since 2021': no incident.",
)
A["s02_skynews_gulf_of_aden_ship"] = dict(
    published_on="2042-02-18",  # Tuesday
    meta=dict(outlet="Sky News", dateline=None,
              headline="Houthi rebels claim missile attack on cargo ship in Gulf of Aden"),
    quotes=[
        ("in support of the oppressed Palestinian people", "Yahya al-Marrani", "Houthi military spokesman"),
        ("Our naval forces will continue to prevent the passage of ships linked to the Israeli enemy until the aggression stops,", "Yahya al-Marrani", "Houthi military spokesman"),
        ("The vessel has no connection whatsoever to Israel. She was carrying grain from Ukraine to India,", "company spokeswoman", None),
        ("This was a Houthi drone, launched from Houthi-held territory, and it was aimed at ships going about their lawful business. Our sailors did exactly what they are trained to do.", "Rachel Anand", "Defence Secretary"),
        ("barely been dented", "Rania Nasser", "Yemen researcher at the Royal United Services Institute"),
        ("Every time the shipping companies start to come back to the Red Sea, the Houthis remind them they can still reach them,", "Rania Nasser", "Yemen researcher at the Royal United Services Institute"),
        ("Insurers will be watching this very closely.", "Rania Nasser", "Yemen researcher at the Royal United Services Institute"),
    ],
    stances=[st("Houthis", "claimed", "Yahya al-Marrani"),
             st("Houthis", "assessed", "Rachel Anand")],
    incidents=[inc("2042-02-17", "day", "Gulf of Aden, about 90 nautical miles southeast of Aden", None, None, "missile", "impact"),
               inc("2042-02-16", "day", "southern Red Sea", None, None, "drone", "intercepted")],
    checks=[("on Monday night", "2042-02-17"), ("On Sunday", "2042-02-16")],
    note="Sky News web story: headline, standfirst, reporter's name and 'Middle East correspondent' on two lines, "
         "'Tuesday 18 February 2042 13:45, UK', no dateline, straight marks, British spelling ('Defence', "
         "'Ministry of Defence', 'towards'), UKMTO explained in the text. An anti-ship ballistic missile hit the bulk carrier "
         "Aegean Star 'on Monday night' in the Gulf of Aden, a deck fire, no one hurt: missile, impact, at sea (no "
         "admin1 or country). 'Houthi military spokesman Yahya al-Marrani said the group had targeted the ship' "
         "(televised statement, a partial quote then a full one with 'he said'): claimed Houthis, asserted by him "
         "(as heldout12's Houthi spokesman). The operator's unnamed spokeswoman (bare role) rejects links to "
         "Israel, which is no stance on the attack. 'On Sunday', HMS Dauntless shot down an attack drone over the "
         "southern Red Sea: drone, intercepted, at sea. The Defence Secretary's 'This was a Houthi drone, launched "
         "from Houthi-held territory' after 'said:' in the same paragraph: firm, from a government minister: "
         "assessed Houthis, asserted by her (the drone is not claimed: 'The Houthis have not commented on Sunday's "
         "incident' is no stance and no unattributed pair, since a firm attribution exists). The Ministry of "
         "Defence's 'heading towards merchant shipping' names nobody. 'The Iran-backed Houthis', their 2023-24 "
         "campaign, the Galaxy Leader and two sinkings: sponsor and history, no stance, no incident. The "
         "researcher (named with a role appositive and 'Dr' dropped, a partial quote, then a quote split by 'she "
         "said') names no one as culprit.",
)
A["s03_timesofisrael_eilat_drone"] = dict(
    published_on="2042-03-24",  # Monday
    meta=dict(outlet="The Times of Israel", dateline=None,
              headline="Explosive drone slams into Eilat hotel parking lot; Iraqi militias and Houthis both claim attack"),
    quotes=[
        ("from the east", "Israel Defense Forces", None),
        ("The incident is under review,", "Israel Defense Forces", None),
        ("a vital target in occupied Umm al-Rashrash,", "Islamic Resistance in Iraq", None),
        ("Our operations will not stop as long as the aggression against our people continues,", "Yahya al-Marrani", "Houthi military spokesman"),
        ("Eilat is open, the hotels are open, and the tourists should keep coming,", "Avi Dahan", "Eilat Mayor"),
        ("But I expect the army to explain to us how a drone reaches the middle of the city without anyone stopping it.", "Avi Dahan", "Eilat Mayor"),
        ("Sometimes they coordinate, and sometimes each of them simply wants the credit,", "Tamar Elkayam", "researcher at the Institute for National Security Studies"),
        ("A double claim tells you more about their competition for Tehran’s attention than about who actually pressed the button.", "Tamar Elkayam", "researcher at the Institute for National Security Studies"),
    ],
    stances=[st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq"),
             st("Houthis", "claimed", "Yahya al-Marrani"),
             st("Kataib Hezbollah", "suspected", "Israeli military official, via The Times of Israel")],
    incidents=[inc("2042-03-24", "day", "hotel parking lot, Eilat", "Southern District", "Israel", "drone", "impact"),
               inc("2042-03-17", "week", "Red Sea south of Eilat", None, None, "drone", "intercepted")],
    checks=[("early Monday morning", "2042-03-24")],
    note="The Times of Israel: headline, subhead, 'By ...', '24 March 2042, 4:18 pm', no dateline, curly marks. An "
         "explosive-laden drone hit a parking lot next to a hotel in Eilat 'early Monday morning' (the publication "
         "day), cars damaged, no injuries, not intercepted: drone, impact, Southern District. The IDF's partial "
         "quote ('from the east') and its statement name nobody. Competing claims: the Islamic Resistance in Iraq "
         "('an umbrella of Iran-backed militias': sponsor, no further stance) on Telegram with a partial quote "
         "(claimed IRI, asserted by the group), and 'Hours later, Houthi military spokesman Yahya al-Marrani said "
         "... had targeted Eilat' (unquoted claim) followed by his quote with 'he said': claimed Houthis, asserted "
         "by him. 'An Israeli military official, speaking on condition of anonymity, told The Times of Israel that "
         "the drone's flight path suggested it was likely launched by Kataib Hezbollah': hedged ('suggested', "
         "'likely', 'investigation was ongoing'): suspected KH via The Times of Israel; the subhead's 'points to "
         "Kataib Hezbollah' repeats it. The mayor (role before the name, then 'Dahan told Army Radio' between two "
         "quotes) names nobody. 'Last week, a drone launched from Yemen was shot down over the Red Sea south of "
         "Eilat ... The Houthis claimed that attack': drone, intercepted, precision week, at sea (no admin1 or "
         "country), under the same claimed Houthis pair (one pair per actor and stance). Hamas's October 7, 2023 "
         "onslaught, the 2024 attacks on Eilat and the July 2024 Houthi drone in Tel Aviv: history, no stance, no "
         "incident. The researcher (appositive, quote split by 'she said') names no culprit.",
)
A["s04_lorienttoday_unifil_roadside_bomb"] = dict(
    published_on="2042-04-22",  # Tuesday
    meta=dict(outlet="L'Orient Today", dateline="BEIRUT",
              headline="Two UNIFIL peacekeepers wounded as roadside bomb hits patrol near Qana"),
    quotes=[
        ("Attacks on peacekeepers are violations of international law and of Security Council Resolution 1701, and may constitute war crimes,", "Marco Benedetti", "UNIFIL spokesperson"),
        ("We call on the Lebanese authorities to investigate swiftly and to bring those responsible to justice.", "Marco Benedetti", "UNIFIL spokesperson"),
        ("buried on the side of the road and detonated remotely.", "Lebanese Army", None),
        ("has nothing to do with this act, which only serves the enemy.", "Hezbollah official", None),
        ("good and based on respect.", "Hezbollah official", None),
        ("a party that wants to sow strife between the army, the people and UNIFIL,", "Georges Khoury", "Caretaker Defense Minister"),
        ("We were surprised, this road is used every day by the Irish battalion and nothing like this has happened before,", "Mohammad Kassem", "head of the municipality"),
        ("The people here know the peacekeepers, many of our young men work with them.", "Mohammad Kassem", "head of the municipality"),
    ],
    stances=[st(None, "unattributed", None),
             st("Hezbollah", "denied", "Hezbollah official, via L'Orient Today")],
    incidents=[inc("2042-04-21", "day", "road between Qana and Siddiqine, Tyre district", "South Lebanon", "Lebanon", "ied", "impact")],
    checks=[("Monday evening", "2042-04-21")],
    note="L'Orient Today: headline, standfirst, 'L'Orient Today / By ..., 22 April 2042 18:05', dateline 'BEIRUT —' "
         "(the outlet's base; the attack is in the South), straight marks, American spelling ('armored'). A roadside "
         "bomb 'detonated remotely' as an Irish UNIFIL patrol passed between Qana and Siddiqine 'Monday evening', "
         "two peacekeepers lightly wounded, a vehicle damaged: ied, impact; admin1 'South Lebanon', the governorate "
         "as the text names it (judgement call; officially the South governorate). The UNIFIL spokesperson (role "
         "before the name, two quotes around 'said in a statement on Tuesday') and the army's partial quote name "
         "nobody. 'No party has claimed responsibility for the attack' (also in the standfirst): the unattributed "
         "pair. 'A Hezbollah official, who asked not to be named, told L'Orient Today that the party \"has nothing "
         "to do with this act\"': denied Hezbollah, asserted by the unnamed official via the outlet that heard it "
         "(his second partial quote, with 'He added', adds nothing). The caretaker defence minister's 'a party that "
         "wants to sow strife ... without naming any group': no stance. The municipality head (role before the "
         "name, quote split by 'he said') names nobody. Seán Rooney's killing in al-Aqbiya in 2022 and the 2007 "
         "car bombing of Spanish peacekeepers, the 2006 war: history, no stance, no incident.",
)
A["s05_asharqalawsat_baghdad_airport_rockets"] = dict(
    published_on="2042-05-28",  # Wednesday
    meta=dict(outlet="Asharq Al-Awsat", dateline="Baghdad",
              headline="Rockets Hit Logistics Zone at Baghdad Airport, Sources Point to Kataib Hezbollah"),
    quotes=[
        ("a launch pad with a third rocket that had not been fired.", "Security Media Cell", None),
        ("The launch site, the type of rocket and the timing are similar to previous operations by the same faction,", "security source", None),
        ("The Kataib have no connection to what happened at the airport, and we warn against attempts to drag the resistance into side battles.", "Abu Mujtaba al-Saadi", "security official"),
        ("parties linked to the Americans", "Abu Mujtaba al-Saadi", "security official"),
        ("tarnish the image of the factions", "Abu Mujtaba al-Saadi", "security official"),
        ("Those who target the airport are targeting the interests of Iraq and the Iraqis before anyone else,", "Ahmed al-Mayahi", "Government spokesman"),
        ("The state will not allow outlaw weapons to decide the country’s relations with the world.", "Ahmed al-Mayahi", "Government spokesman"),
        ("name the perpetrators publicly this time.", "Karim Abtan", "member of the parliamentary security and defense committee"),
    ],
    stances=[st(None, "unattributed", None),
             st("Kataib Hezbollah", "suspected", "security sources, via Asharq Al-Awsat"),
             st("Kataib Hezbollah", "denied", "Abu Mujtaba al-Saadi")],
    incidents=[inc("2042-05-26", "day", "logistics support zone, Baghdad International Airport", "Baghdad", "Iraq", "rocket", "impact"),
               inc("2042-05-01", "month", "near the Victory Base complex, Baghdad International Airport", "Baghdad", "Iraq", "drone", "intercepted")],
    checks=[("late on Monday", "2042-05-26")],
    note="Asharq Al-Awsat English: title-case headline, 'Wednesday, 28 May, 2042 - 06:15', the house line 'Baghdad: "
         "Ali al-Saray' (city and byline; taken as the dateline), curly marks. Two Katyusha rockets struck the "
         "airport's logistics zone 'late on Monday', a warehouse damaged, no casualties; the launch pad in "
         "al-Radwaniyah with 'a third rocket that had not been fired' belongs to this attack (convention): rocket, "
         "impact, Baghdad. 'No party has claimed responsibility for the attack': the unattributed pair. 'Security "
         "sources told Asharq Al-Awsat that initial indications suggest that members of Kataib Hezbollah were behind "
         "the attack, but stressed that the investigation was ongoing': hedged: suspected KH via the outlet; the "
         "quote of 'one of the sources' (bare role 'security source') and the headline's 'Sources Point to' add no "
         "pair. KH's security official, known by a nom de guerre ('Its security official, who goes by the name "
         "...', role without the possessive), 'wrote on Telegram on Tuesday' after a colon in the same paragraph: "
         "denied KH, asserted by him (named spokesman, as heldout12's Houthi spokesman); his two partial quotes "
         "with 'He accused' follow. The government spokesman (role before the name; 'he said' between two quotes) "
         "and the MP name nobody. 'Earlier this month, a drone was shot down near the Victory Base complex "
         "adjoining the airport. No group claimed that attack either': drone, intercepted, precision month, under "
         "the same unattributed pair. The January 2020 killing of Soleimani and al-Muhandis: history; 'Iran-aligned "
         "armed factions' and the PMF title: sponsor and history, no stance, no incident.",
)
A["s06_gulfnews_bahrain_diraz_bomb"] = dict(
    published_on="2042-06-17",  # Tuesday
    meta=dict(outlet="Gulf News", dateline="Manama",
              headline="Two policemen injured in Bahrain bomb blast, suspects sought"),
    quotes=[
        ("a terrorist act targeting security personnel while performing their duty of maintaining security and order.", "Ministry of Interior", None),
        ("Preliminary investigations indicate that the device was probably planted by elements linked to Saraya Al Ashtar,", "Khalid Al Sayed", "Chief of Public Security"),
        ("We will reach all those who took part in planning, financing and executing this crime.", "Khalid Al Sayed", "Chief of Public Security"),
        ("The security of the Kingdom of Bahrain is an integral part of the security of the GCC states, and we stand with Bahrain in every measure it takes to protect its citizens and residents,", "Faisal Al Ghanim", "Gulf Cooperation Council (GCC) Secretary-General"),
        ("We heard a bang like a gas cylinder and then the ambulances came,", "Hassan", "shopkeeper who gave only his first name"),
        ("Nobody here wants to go back to those years.", "Hassan", "shopkeeper who gave only his first name"),
    ],
    stances=[st(None, "unattributed", None),
             st("Saraya Al Ashtar", "suspected", "Khalid Al Sayed")],
    incidents=[inc("2042-06-15", "day", "road in Diraz", "Northern Governorate", "Bahrain", "ied", "impact"),
               inc("2042-06-10", "week", "near a school in Hamad Town", "Northern Governorate", "Bahrain", "ied", "foiled")],
    checks=[("on Sunday night", "2042-06-15")],
    note="Gulf News: headline, standfirst, 'Published: June 17, 2042 14:32', 'By ..., Correspondent', the dateline "
         "'Manama:' opening the body, straight marks, British spelling, 'Dr' before the GCC chief's name. An IED "
         "hidden in a rubbish bin went off as a police patrol passed in Diraz 'on Sunday night', two policemen "
         "slightly injured: ied, impact, Northern Governorate (given in the text). The ministry's partial quote "
         "('terrorist act') names nobody. 'No group has claimed responsibility for the attack': the unattributed "
         "pair. The Chief of Public Security (role before the name, rank 'Major General' dropped): 'the device was "
         "probably planted by elements linked to Saraya Al Ashtar', split by 'he said, referring to...': hedged: "
         "suspected Saraya Al Ashtar (not a gazetteer group: named as in the text), asserted by him; 'that Bahrain "
         "says is backed by Iran's Revolutionary Guard' is a sponsor: no stance for the IRGC. 'last week, when "
         "police foiled an attempt to plant an explosive charge near a school in Hamad Town and arrested two "
         "suspects': ied, foiled, precision week, Northern Governorate (Hamad Town; from geography), no group named "
         "(covered by the article's unattributed pair; 'did not say whether the two cases were linked'). The "
         "group's bombings of 2014-2017 and its designations: history, no stance, no incident. The GCC "
         "secretary-general (role as the text gives it, 'Dr' dropped) and the shopkeeper ('said Hassan, a "
         "shopkeeper who gave only his first name' between two quotes) name nobody; 'quiet on Monday' is no "
         "incident.",
)
A["s07_militarytimes_tanf_drone"] = dict(
    published_on="2042-07-09",  # Wednesday
    meta=dict(outlet="Military Times", dateline=None,
              headline="Four US soldiers hurt in drone attack on Tanf garrison in Syria"),
    quotes=[
        ("All wounded service members are in stable condition. Two have already returned to duty and two are being evaluated at a medical facility in the region,", "U.S. Central Command", None),
        ("We believe that Iran-backed militia groups, most likely Kataib Hezbollah, were behind this,", "Marcus Pell", "Deputy Pentagon Press Secretary"),
        ("We'll have more to say as we learn more.", "Marcus Pell", "Deputy Pentagon Press Secretary"),
        ("will respond at a time and place of our choosing.", "Marcus Pell", "Deputy Pentagon Press Secretary"),
        ("the occupation base at al-Tanf", "Islamic Resistance in Iraq", None),
        ("These drones are cheap, they fly low and they come from a direction where we have very little early warning.", "Dale Brunner", "senior fellow at the Center for a New American Security"),
        ("Until the department fields counter-drone systems at every small site, not just the big bases, commanders are going to be making hard choices about where to put their troops at night,", "Dale Brunner", "senior fellow at the Center for a New American Security"),
    ],
    stances=[st("Kataib Hezbollah", "suspected", "Marcus Pell, Pentagon"),
             st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq"),
             st(None, "unattributed", None)],
    incidents=[inc("2042-07-07", "day", "al-Tanf garrison, housing area", "Homs", "Syria", "drone", "impact"),
               inc("2042-06-28", "day", "al-Tanf garrison", "Homs", "Syria", "drone", "intercepted")],
    checks=[("late Monday", "2042-07-07")],
    note="Military Times: headline, dek, 'By ...', 'Jul 9, 2042, 03:41 PM', no dateline, straight marks, 'U.S.' in "
         "the body, em dash. A one-way attack drone struck a housing area at al-Tanf 'late Monday', four soldiers "
         "with minor injuries: drone, impact, Homs governorate (Tanf's governorate; judgement call from geography). "
         "CENTCOM's statement 'Tuesday' (speaker 'U.S. Central Command' as the text first gives it) names nobody. "
         "The deputy press secretary (role before the name): 'We believe that Iran-backed militia groups, most "
         "likely Kataib Hezbollah, were behind this', on the record but hedged ('believe', 'most likely'): "
         "suspected KH, asserted by him for the Pentagon; the dek repeats it unquoted ('most likely'); the "
         "president's 'will respond' (partial quote, period inside) is no incident. The Islamic Resistance in Iraq "
         "('an umbrella organization of Iran-aligned militias': no further stance) claimed on Telegram 'shortly "
         "after midnight' with a partial quote: claimed IRI. 'Kataib Hezbollah did not respond': no stance. 'On June "
         "28, air defenses at Tanf shot down a drone ... No group claimed that attack': drone, intercepted, day "
         "precision, and the unattributed pair. Tower 22 in January 2024 'blamed on Kataib Hezbollah' by the Biden "
         "administration: history, no stance, no incident. The retired colonel's quote runs over two paragraphs "
         "(the first left open, the second closed before 'he said'); rank dropped, role as the appositive gives it.",
)
A["s08_newarab_diban_checkpoint"] = dict(
    published_on="2042-08-13",  # Wednesday
    meta=dict(outlet="The New Arab", dateline=None,
              headline="IS claims deadly attack on SDF checkpoint in eastern Syria's Deir ez-Zor"),
    quotes=[
        ("soldiers of the caliphate", "Islamic State", None),
        ("apostate militia", "Islamic State", None),
        ("Daesh cells are trying to take advantage of the tension between the tribes and our forces to prove that they still exist. Our fighters will pursue them in every village and every house,", "Ronahi Hesen", "SDF spokeswoman"),
        ("Every time something like this happens, they close the roads and arrest young men for days,", "Abu Khaled", "farmer from the town"),
        ("We want security, but we also want to live.", "Abu Khaled", "farmer from the town"),
        ("smaller, cheaper operations", "Firas al-Hamad", "Analyst"),
        ("They no longer need to hold territory. A few men on motorbikes and one bomb are enough to remind everyone that they are still there,", "Firas al-Hamad", "Analyst"),
    ],
    stances=[st("Islamic State", "claimed", "Islamic State, via Amaq"),
             st("Islamic State", "assessed", "Ronahi Hesen, Syrian Democratic Forces"),
             st(None, "unattributed", None)],
    incidents=[inc("2042-08-11", "day", "SDF checkpoint on the outskirts of Diban", "Deir ez-Zor", "Syria", "ied", "impact"),
               inc("2042-07-01", "month", "Conoco gas field", "Deir ez-Zor", "Syria", "mortar", "impact")],
    checks=[("on Monday", "2042-08-11")],
    note="The New Arab: headline, standfirst, 'The New Arab Staff & Agencies', '13 August, 2042', no dateline, "
         "straight marks, 'Islamic State group (IS)', the Observatory as 'UK-based ... war monitor'. A bomb near the "
         "SDF checkpoint at Diban exploded 'on Monday' as a vehicle pulled up, then gunmen fired, three killed: one "
         "incident, category ied (the bomb opened the attack; judgement call, as heldout12's bus ambush), impact, "
         "Deir ez-Zor. IS 'on Tuesday claimed responsibility' in 'a statement carried by its Amaq propaganda "
         "agency' with two partial quotes: claimed Islamic State via Amaq. The SDF spokeswoman (role before the "
         "name) 'said the attack had been carried out by IS sleeper cells' and her quote's 'Daesh cells' (canonical "
         "Islamic State): firm, from the force's spokeswoman: assessed IS, asserted by her for the SDF (judgement "
         "call: a non-state military force counts as a military source). 'Last month, two mortar rounds fell "
         "inside the perimeter of the Conoco gas field ... No group claimed that attack': mortar, impact (rounds "
         "landed, no casualties), precision month, and the unattributed pair. IS losing Baghouz in 2019 and 'many "
         "of them claimed by IS': history, no further stance. The farmer ('said Abu Khaled, a farmer from the "
         "town' between two quotes) and the analyst (role word before the name, a partial quote then a full one "
         "with 'he said') name nobody as culprit beyond IS in general.",
)
A["s09_ina_ain_al_asad_rockets"] = dict(
    published_on="2042-09-10",  # Wednesday
    meta=dict(outlet="Iraqi News Agency", dateline="Baghdad",
              headline="Security Media Cell: Two rockets fall near Ain al-Asad base without casualties"),
    quotes=[
        ("at dawn on Wednesday, two Katyusha rockets fell in an empty area near the perimeter of Ain al-Asad air base in the Al-Baghdadi district, without causing any casualties.", "Security Media Cell", None),
        ("The security forces immediately cordoned off the area and found the launch pad used in the attack in a farm area west of the district, which contained a third rocket that had not been launched, and it was dealt with by the specialized teams.", "Security Media Cell", None),
        ("the security forces have begun investigating the incident, and the intelligence efforts are working to identify the perpetrators and bring them to justice.", "Haider al-Karawi", "Spokesman of the Joint Operations Command"),
        ("The outlaw groups that carry out these acts aim to undermine the security and stability that the country enjoys, and to harm Iraq's relations with its neighbors and partners,", "Haider al-Karawi", "Spokesman of the Joint Operations Command"),
        ("the security forces are in full control of the situation in the western region.", "Haider al-Karawi", "Spokesman of the Joint Operations Command"),
        ("Anbar will not return to the era of chaos, and its people stand with the security forces in confronting anyone who tampers with its security.", "Mohammed Nouri al-Fahdawi", "Governor of Anbar"),
        ("the drone was shot down before it reached its target, and no damage was recorded.", "security source", None),
    ],
    stances=[st(None, "unattributed", None)],
    incidents=[inc("2042-09-10", "day", "near the perimeter of Ain al-Asad air base, Al-Baghdadi district", "Anbar", "Iraq", "rocket", "impact"),
               inc("2042-09-03", "week", "near Habbaniyah air base", "Anbar", "Iraq", "drone", "intercepted")],
    checks=[("at dawn on Wednesday", "2042-09-10")],
    note="Iraqi News Agency English service: headline 'Security Media Cell: ...', section and '2042/09/10 12:07', "
         "the dateline 'Baghdad-INA' on its own line, straight marks, the agency's formulas ('announced, on "
         "Wednesday, that', 'in a statement received by the Iraqi News Agency (INA), that \"...\"', 'For his part', "
         "'It is noteworthy that'), reported openings of quotes in lower case. Two Katyusha rockets fell in an empty "
         "area near the perimeter of Ain al-Asad 'at dawn on Wednesday' (inside the Cell's quote; the publication "
         "day), no casualties: rocket, impact (they landed; nothing intercepted), Anbar; the launch pad with 'a "
         "third rocket that had not been launched' belongs to the attack. 'No party has claimed responsibility for "
         "the attack so far': the unattributed pair. The JOC spokesman (role before the name, 'Major General' "
         "dropped; three quotes, the third after 'pointing out that') blames 'outlaw groups', no named actor: no "
         "stance. The governor (role before the name) names nobody. 'Last week, the air defenses shot down a drone "
         "that was approaching Habbaniyah air base' with the unnamed security source's quote: drone, intercepted, "
         "precision week, Anbar. The government spokesperson 'last week' and the coalition's past mission: no "
         "incident.",
)
A["s10_wsj_aramco_pipeline_drones"] = dict(
    published_on="2042-10-15",  # Wednesday
    meta=dict(outlet="The Wall Street Journal", dateline="DUBAI",
              headline="Drone Attack on Saudi Pipeline Claimed by Houthis, but U.S. Officials Look to Iraq"),
    quotes=[
        ("The evidence we have seen points north, not south,", "U.S. official", None),
        ("There were no injuries, and supplies to local and international customers were not affected,", "Energy Ministry", None),
        ("six drones of a new generation", "Yahya al-Marrani", "Houthi military spokesman"),
        ("the continued siege on the Yemeni people.", "Yahya al-Marrani", "Houthi military spokesman"),
        ("The Kataib did not fire a single drone toward the land of the Two Holy Mosques, and the American claims are meant to justify new aggression against Iraq,", "Kataib Hezbollah", None),
        ("The market has gotten used to these attacks, which is itself a sign of how much risk is being priced in,", "Helen Marsh", "head of commodities strategy at Corbel Capital"),
        ("If the line had been down for a week, this would be a very different conversation.", "Helen Marsh", "head of commodities strategy at Corbel Capital"),
        ("does not allow its territory to be used to attack neighboring countries.", "Iraqi government", None),
    ],
    stances=[st("Houthis", "claimed", "Yahya al-Marrani"),
             st("Kataib Hezbollah", "suspected", "U.S. officials, via The Wall Street Journal"),
             st("Kataib Hezbollah", "denied", "Kataib Hezbollah")],
    incidents=[inc("2042-10-13", "day", "East-West pipeline pumping station near Afif", "Riyadh", "Saudi Arabia", "drone", "impact")],
    checks=[("on Monday", "2042-10-13")],
    note="The Wall Street Journal: title-case headline, dek, two-name byline, 'Updated Oct. 15, 2042 5:41 pm ET', "
         "dateline 'DUBAI—' with an em dash and no space, curly marks, 'didn't', '3%', a closing contributor line. "
         "Drones struck an East-West pipeline pumping station near Afif 'on Monday', fire, brief shutdown, no "
         "injuries: drone, impact, Riyadh province (Afif's region; judgement call from geography). 'Yemen's "
         "Houthi rebels claimed the attack' and the spokesman's televised address with two partial quotes: claimed "
         "Houthis, asserted by him. 'U.S. officials said the drones were likely launched from southern Iraq by "
         "Kataib Hezbollah' with 'their assessment was preliminary' and one official's quote (bare role): hedged: "
         "suspected KH via the Journal ('an Iran-backed militia' is a sponsor). 'Kataib Hezbollah rejected the U.S. "
         "account' with its statement 'on Tuesday' (quote before 'the group said'): denied KH. The Energy Ministry "
         "(speaker without 'Saudi Arabia's') and the 'Saudi statement didn't say who was responsible': no "
         "unattributed pair, since a claim exists. The May 2019 pipeline strike (Houthi claim, U.S. officials "
         "pointing to Iraq) and the Abqaiq attack the U.S. blamed on Iran, which denied: history, no stance, no "
         "incident. The analyst's quote split by 'said ...'; 'for a week' in it is no date. The Iraqi government's "
         "partial quote (period inside the mark) is no stance.",
)

write_corpus(D, A)
