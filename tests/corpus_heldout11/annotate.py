"""Hand annotations of the eleventh held-out corpus (tests/corpus_heldout11).

Written blind, from scratch, by someone who had not seen the extractor's code (db/), its tests, its development
or scores, or the texts of any earlier corpus, and annotated without running the extractor, `threatdesk import`
or scripts/eval_extract.py. Same format and checks as tests/corpus_heldout10/annotate.py (shared in
tests/corpus_tools.py): each quote is the exact text typed by hand; its offsets come from str.find on the .txt
(each must occur once, sit right after an opening mark and end at a closing mark or at the end of its
paragraph). Marks that are deliberately not quotes (scare quotes, names of groups or operations set in marks)
are listed in not_quotes and checked the same way.
Run `python tests/corpus_heldout11/annotate.py` to rewrite the .json files after editing an annotation.

Conventions (as in the earlier held-out corpora): speakers of statements by a group in the gazetteer take the
canonical gazetteer name; other speakers are named as in the text (a person's full name as first given even
where the text later uses the surname only or 'Mr', an organisation's name as the text gives it in full, a bare
role for unnamed sources). 'last week' is published_on minus 7 days with precision week; a weekday is its most
recent occurrence on or before published_on; 'earlier this month' is the first day of the publication month
with precision month; an absolute date ('On March 9', 'on Sept. 3') has precision day; 'overnight' with a time
after midnight in a story published that day is the publication date. Places at sea (an anchorage off a port
included) have no admin1 or country. Two launches with one interceptor miss count as one incident with outcome
impact; an explosive boat counts as a drone; rockets left unfired on the launcher of an attack belong to that
attack; a launcher or boat destroyed before launch is a foiled incident; an attack with drones and missiles
together takes the category of the larger number; drones shot down over a third country on their way to a
claimed target are that claimed attack. Stances are listed per article, one pair per (actor, stance) even where
it covers two incidents; an unattributed pair is given where the text says nobody has claimed an incident or
that a source named nobody for it, not merely because an official did not name anyone while a claim exists.

Names, as in heldout9's and heldout10's docstrings: a speaker or actor that is one of these armed groups or
institutions takes this canonical name whatever spelling the text uses: Kataib Hezbollah, Kataib Sayyid
al-Shuhada, Asaib Ahl al-Haq, Harakat al-Nujaba, Islamic Resistance in Iraq, Popular Mobilization Forces,
Islamic State, IRGC, Houthis, Hamas, Hezbollah, Badr Organization (so 'Harakat Hezbollah al-Nujaba' and
'al-Nujaba' are 'Harakat al-Nujaba', ISIS, IS and Daesh/ISIS are 'Islamic State', 'Iran's Islamic Revolutionary
Guard Corps' and 'the Guards' naval arm' are 'IRGC'). Other organisations are named as the text first gives them
in full, without a leading possessive ('Iraq's Foreign Ministry' is 'Foreign Ministry'); people by their full
name as first given, without rank or title ('Sen. Patricia Holloway' is 'Patricia Holloway'); unnamed sources
by a bare role ('U.S. official', 'security source'); roles as the text gives them, without a leading article.

New conventions in this corpus: 'last month' is the first day of the month before the publication month, with
precision month (the counterpart of 'earlier this month'). In a press-briefing transcript the speaker labels
('MS. WHITFIELD:', 'Q:') are not quote marks: the briefer's on-the-record words carry stances without being
quotes, and the only quotes are the group statements a reporter reads out in marks (speaker the group).

New situations in this corpus: outlets and formats not used before (BBC News online with a byline/place block
and 'Mr' back-references, Bloomberg with summary bullets and a markets lede, The Washington Post with
'spoke on the condition of anonymity' and a two-paragraph block quote after 'X said:', The Wall Street Journal
with a dek and 'DUBAI—', CNN with 'Abu Dhabi, UAE (CNN) —' and 'He said:' closing a paragraph before a
two-paragraph quote, Voice of America with 'WASHINGTON —' and 'told VOA's Kurdish Service', Asharq Al-Awsat with
'Baghdad - name' and 'informed security source', L'Orient Today with curly marks and an operation name in
marks, Anadolu with its byline/update line and PKK boilerplate, and a US Department of Defense briefing
transcript); a quote interrupted mid-sentence by 'she added,'; partial quotes strung through reported speech;
a firm attribution by an unnamed US official ('There is no ambiguity about this one'): assessed, asserted by
the bare role via the outlet (DESIGN: a government source attributing firmly), and a state's foreign ministry
spokesman denying that its Guards had any role: denied IRGC asserted by him; hedged unnamed officials ('our
working assumption', 'most likely', 'investigators suspected a cell linked to'): suspected via the outlet; an
umbrella body's denial that its factions had any connection (denied, actor the umbrella as named in the text);
a governing faction condemning an attack (no stance); a group's denial and a US suspicion of the same group
for an unclaimed attack, with its claim of an earlier attack last week (denied, suspected, claimed and
unattributed pairs); a state military's firm attribution to a group while a little-known front claims the
attack (assessed and claimed pairs); a national army's finding after arrests ('belong to a terrorist cell
affiliated with the ISIS organization'): assessed; a non-state force's firm naming of an ISIS cell alongside
the group's Amaq claim (assessed and claimed, as heldout9 took the SDF); a briefer's 'I'm not aware of any
group claiming that one' (unattributed, judgement call), 'We've seen the claim. I'm not going to validate it'
(no pair of her own) and 'We assess that Kataib Sayyid al-Shuhada carried out' (assessed); a group's denial
known from a reporter's question quoting its statement (denied, asserted by the group); a missile and four
drones in one attack (drone, the larger number); sponsors ('militias that Tehran arms and directs', 'armed and
trained by Iran', 'Iranian-backed', 'Iran bears responsibility for what they do') and a state rejecting the
charge of arming a group: no stance; historical asides naming groups with a role in past attacks (Kataib
Hezbollah and the 2019 K1 attack, the Islamic Resistance in Iraq and Tower 22 in 2024, the Houthis' 2022 Jeddah
strike, ISIS and the Nusra Front in Arsal in 2014, Iran's denial of the 2019 Fujairah mines, PKK casualty
boilerplate): no stance, no incident; groups named only as part of a search, as negotiators of a truce, as
members of an umbrella, or as not responding: no stance. All articles, people and incidents are fictional;
some background paragraphs mention real past events.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_tools import inc, st, write_corpus  # noqa: E402

D = Path(__file__).resolve().parent


A = {}
A["s01_bbc_kirkuk_k1_rockets"] = dict(
    published_on="2032-01-14",  # Wednesday
    meta=dict(outlet="BBC News", dateline=None,
              headline="Iraq: Rockets hit Kirkuk air base, wounding two foreign contractors"),
    quotes=[
        ("The two wounded men are foreign nationals working for a maintenance company. Their injuries are not life-threatening and they are receiving treatment in hospital,", "Security Media Cell", None),
        ("most likely", "Iraqi intelligence officer", None),
        ("They do not have many fighters left, but they have enough for something like this,", "Iraqi intelligence officer", None),
        ("Rockets are cheap, and a pickup truck is easy to steal.", "Iraqi intelligence officer", None),
        ("Kirkuk has worked very hard for its stability,", "Nihad al-Jubouri", "Kirkuk's governor"),
        ("We will not let anyone turn this city back into a battlefield.", "Nihad al-Jubouri", "Kirkuk's governor"),
        ("The first one whistled over the house. Then the windows shook, and my children ran to me,", "Ahmed Saleh", "farmer whose land borders the base"),
    ],
    stances=[st(None, "unattributed", None),
             st("Islamic State", "suspected", "Iraqi intelligence officer, via BBC")],
    incidents=[inc("2032-01-13", "day", "K1 air base, near Kirkuk", "Kirkuk", "Iraq", "rocket", "impact")],
    checks=[("late on Tuesday", "2032-01-13")],
    note="BBC News online: headline with 'Iraq:' prefix, byline and 'BBC News, Baghdad' (the reporter's base, not a "
         "dateline), '14 January 2032', straight marks, British spelling, 'say' in the present tense. At least four "
         "rockets at the K1 base 'late on Tuesday', two inside the perimeter, two contractors wounded: rocket, "
         "impact, Kirkuk. The Security Media Cell's statement (speaker without 'Iraq's', then 'the cell said'). 'No "
         "group has said it carried out the attack': the unattributed pair. The intelligence officer's partial quote "
         "'most likely the work of Islamic State militants', then a quote split by 'he said' (pronoun back-reference): "
         "hedged, suspected Islamic State via BBC. The governor (appositive 'Kirkuk's governor, Nihad al-Jubouri', "
         "then 'Mr Jubouri') in a split quote names nobody; his visit 'on Wednesday morning' is no incident. The "
         "Popular Mobilisation Forces joining the search: no stance. The December 2019 K1 barrage that 'Washington "
         "blamed' on Kataib Hezbollah, 'an Iran-backed militia', and the Soleimani strike: history, no stance, no "
         "incident. The farmer (role from the appositive) names nobody.",
)
A["s02_bloomberg_fujairah_tanker_drone"] = dict(
    published_on="2032-03-08",  # Monday
    meta=dict(outlet="Bloomberg", dateline=None,
              headline="Oil Rises After Drone Hits Tanker Off UAE as US Blames Iran’s Guards"),
    quotes=[
        ("The damage is confined to the accommodation block, and every member of the crew is accounted for,", "Pelagos Tankers", None),
        ("There is no ambiguity about this one,", "US defense official", None),
        ("We tracked it from launch to impact.", "US defense official", None),
        ("baseless", "Hamid Rezaei-Nejad", "Iran’s Foreign Ministry spokesman"),
        ("Neither the Revolutionary Guards nor any other Iranian force had any role in this incident,", "Hamid Rezaei-Nejad", "Iran’s Foreign Ministry spokesman"),
        ("Those who fill the region with warships should ask themselves who benefits from insecurity.", "Hamid Rezaei-Nejad", "Iran’s Foreign Ministry spokesman"),
        ("The market had started to price the Gulf as calm again,", "Vandana Rao", "head of commodities strategy at Marlow Capital in Singapore"),
        ("This weekend is a reminder that the risk premium never really went away.", "Vandana Rao", "head of commodities strategy at Marlow Capital in Singapore"),
    ],
    stances=[st("IRGC", "assessed", "US defense official, via Bloomberg"),
             st("IRGC", "denied", "Hamid Rezaei-Nejad"),
             st(None, "unattributed", None)],
    incidents=[inc("2032-03-06", "day", "Fujairah anchorage, Gulf of Oman", None, None, "drone", "impact"),
               inc("2032-02-01", "month", "anchorage off Khor Fakkan", None, None, "drone", "impact")],
    checks=[("on Saturday", "2032-03-06")],
    note="Bloomberg: headline, byline, 'March 8, 2032 at 9:12 AM GMT+4', two summary bullets, no dateline, curly "
         "marks, a markets lede ('on Monday', the publication day, no incident). The tanker Aurelia Crest hit above "
         "the waterline 'on Saturday' at the Fujairah anchorage: drone, impact, at sea (anchorage convention). The "
         "manager's statement (company first given as 'Athens-based Pelagos Tankers', then 'Pelagos'). 'an attack "
         "that a US official said was carried out by Iran's Islamic Revolutionary Guard Corps' and the unnamed "
         "defense official's 'launched from Iranian territory and flown by a unit of the Guards' naval arm' with "
         "'There is no ambiguity about this one' (split by 'the official said'): firm, from a government source: "
         "assessed IRGC via Bloomberg (judgement call: unnamed but unhedged). The Foreign Ministry spokesman's "
         "one-word 'baseless' and 'Neither the Revolutionary Guards nor any other Iranian force had any role' "
         "(split by 'he said'): denied IRGC, asserted by him. 'Last month, a drone struck a crude tanker anchored "
         "off Khor Fakkan ... That attack was never claimed, and no government has publicly said who was behind "
         "it': drone, impact, precision month ('last month' convention), and the unattributed pair. The analyst "
         "names nobody. The 2019 Fujairah limpet mines that 'the US blamed on Iran, which denied involvement': "
         "history, no stance. 'The Guards train and arm ... Yemen's Houthis': sponsor, no stance for either.",
)
A["s03_wapo_rumeilan_drone"] = dict(
    published_on="2032-03-19",  # Friday
    meta=dict(outlet="The Washington Post", dateline=None,
              headline="Drone attack wounds four U.S. troops at base in northeast Syria"),
    quotes=[
        ("the occupation base in Rumeilan", "Islamic Resistance in Iraq", None),
        ("Our working assumption is that this was Kataib Hezbollah,", "U.S. official", None),
        ("They have the drones, the range and the motive, but we’re still putting the pieces together.", "U.S. official", None),
        ("Our thoughts are with the service members who were wounded and with their families. This attack was reckless and dangerous, and it could easily have been deadly.", "Elaine Marsh", "Pentagon press secretary"),
        ("The United States does not seek a wider conflict in the region, but we will not hesitate to defend our forces, and we will hold those responsible to account at a time and place of our choosing.", "Elaine Marsh", "Pentagon press secretary"),
        ("Every time we absorb one of these without a real answer, we invite the next one,", "Patricia Holloway", "member of the Armed Services Committee"),
    ],
    stances=[st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq"),
             st("Kataib Hezbollah", "suspected", "U.S. officials, via The Washington Post"),
             st(None, "unattributed", None)],
    incidents=[inc("2032-03-18", "day", "Rumeilan Landing Zone", "Hasakah", "Syria", "drone", "impact"),
               inc("2032-03-09", "day", "Rumeilan Landing Zone", "Hasakah", "Syria", "rocket", "intercepted")],
    checks=[("early Thursday", "2032-03-18")],
    note="Washington Post: headline, two-name byline, 'March 19, 2032 at 6:05 p.m. EDT', no dateline, curly marks, "
         "'spoke on the condition of anonymity'. A one-way attack drone hit near a dining facility at Rumeilan "
         "Landing Zone 'early Thursday', four wounded: drone, impact, Hasakah ('Thursday's strike' later). The "
         "Islamic Resistance in Iraq 'said on Telegram that its fighters had attacked \"the occupation base in "
         "Rumeilan\"': claimed IRI ('a coalition of Iran-aligned militias': sponsor, no stance). 'U.S. officials "
         "said they believed the drone was launched ... by Kataib Hezbollah' and one official's 'Our working "
         "assumption is that this was Kataib Hezbollah' (split by 'one of the officials said'): hedged, suspected "
         "KH via The Washington Post. 'Kataib Hezbollah did not respond': no stance. 'In a statement, Pentagon "
         "press secretary Elaine Marsh said:' then a two-paragraph quote (the first left open): two quotes, naming "
         "nobody. 'On March 9, two rockets fired at the same base were shot down ... No group claimed that "
         "attack': rocket, intercepted, day precision, and the unattributed pair. The senator (rank and party "
         "dropped, role from the appositive) names nobody; 'deployed to fight the Islamic State' and 'militias that "
         "Tehran arms and directs': no stance. The January 2024 Tower 22 strike, blamed on the IRI, and the US "
         "strikes on Kataib Hezbollah facilities: history, no stance, no incident.",
)
A["s04_wsj_kamaran_container_ship"] = dict(
    published_on="2032-04-06",  # Tuesday
    meta=dict(outlet="The Wall Street Journal", dateline="DUBAI",
              headline="Container Ship Hit in Red Sea as Houthis Deny Role"),
    quotes=[
        ("Authorities are investigating. Vessels are advised to transit with caution and report any suspicious activity,", "United Kingdom Maritime Trade Operations", None),
        ("Our operations are announced in full, with the name of the ship and the weapon used,", "Abdulrahman al-Ezzi", "Houthi spokesman"),
        ("What we do not announce is not ours.", "Abdulrahman al-Ezzi", "Houthi spokesman"),
        ("We don’t see another actor in that part of the Red Sea with this capability,", "U.S. official", None),
        ("Denying an attack costs them nothing, and it keeps the talks alive,", "Hanne Sørlie", "head of research at Nordhavn Maritime Intelligence in Oslo"),
        ("The shipping industry will judge them by what happens, not by what they post.", "Hanne Sørlie", "head of research at Nordhavn Maritime Intelligence in Oslo"),
    ],
    stances=[st(None, "unattributed", None),
             st("Houthis", "denied", "Abdulrahman al-Ezzi"),
             st("Houthis", "suspected", "two U.S. officials, via The Wall Street Journal"),
             st("Houthis", "claimed", "Houthis")],
    incidents=[inc("2032-04-04", "day", "southern Red Sea, about 50 nautical miles west of Kamaran Island", None, None, "drone", "impact"),
               inc("2032-03-30", "week", "Red Sea off the Eritrean coast", None, None, "missile", "impact")],
    checks=[("on Sunday", "2032-04-04")],
    note="Wall Street Journal: headline, dek, byline, 'Updated April 6, 2032 5:31 pm ET', dateline 'DUBAI—' (em dash, "
         "no spaces), curly marks. An explosive drone hit containers on the Meranti Star 'on Sunday', fire put out: "
         "drone, impact, at sea. UKMTO's advisory (speaker the agency's full name as first given). 'No group has "
         "claimed the attack': the unattributed pair. The Houthi spokesman (appositive, then 'he wrote' in a split "
         "quote) says the group had not targeted any ship: denied Houthis, asserted by him. 'Two U.S. officials "
         "said ... the group was most likely responsible despite its denial' and one official's quote: hedged, "
         "suspected Houthis via the WSJ. 'The Houthis last week claimed a ballistic-missile strike on the "
         "Liberian-flagged tanker Saronic Breeze off the Eritrean coast', which caught fire: missile, impact, "
         "precision week, and the claimed pair (the four pairs for one actor and two incidents, one per (actor, "
         "stance)). The analyst names nobody; 'armed and trained by Iran': sponsor; the campaign since November "
         "2023: history. 'on Monday' (premiums) has no incident.",
)
A["s05_cnn_jizan_aramco_terminal"] = dict(
    published_on="2032-05-16",  # Sunday
    meta=dict(outlet="CNN", dateline="Abu Dhabi, UAE",
              headline="Houthis claim missile and drone attack on Saudi oil terminal in Jizan"),
    quotes=[
        ("by the Iranian-backed terrorist Houthi militia", "Saudi Ministry of Defense", None),
        ("With the help of God, our forces targeted the Aramco facilities in Jizan with a ballistic missile and a number of drones, and the operation achieved its goals.", "Nasser al-Sharji", "Houthi military spokesman"),
        ("We warn the companies working in these facilities to stay away from them, because they will remain legitimate targets as long as our country is attacked.", "Nasser al-Sharji", "Houthi military spokesman"),
        ("We woke up to one huge explosion,", "Jizan resident", None),
        ("Then we saw the flames from the roof, over the port.", "Jizan resident", None),
        ("partially suspended", "Saudi Aramco", None),
        ("Attacks on civilian infrastructure endanger lives, threaten global energy supplies and must stop,", "Olivia Brandt", "State Department spokesperson"),
        ("The system has spare capacity and Jizan is not Abqaiq,", "Karim Nassar", "Gulf energy analyst at Crestline Research"),
        ("But a second attack would change the conversation very quickly.", "Karim Nassar", "Gulf energy analyst at Crestline Research"),
    ],
    stances=[st("Houthis", "assessed", "Saudi Ministry of Defense"),
             st("Houthis", "claimed", "Nasser al-Sharji")],
    incidents=[inc("2032-05-16", "day", "Saudi Aramco terminal, Jizan", "Jizan", "Saudi Arabia", "drone", "impact")],
    note="CNN digital: headline, byline ending ', CNN', 'Updated 9:14 AM EDT, Sun May 16, 2032', dateline 'Abu Dhabi, "
         "UAE (CNN) —', straight marks. A ballistic missile and four drones at the Jizan terminal 'overnight', the "
         "missile striking a storage tank 'at 1:15 a.m. local time': the publication date (overnight convention); "
         "four drones intercepted, the missile hit: one incident, impact, category drone (the larger number). The "
         "Saudi Ministry of Defense's 'launched \"by the Iranian-backed terrorist Houthi militia\"': firm, from a "
         "ministry: assessed Houthis ('Iranian-backed' is a sponsor). 'Houthi military spokesman Nasser al-Sharji "
         "claimed the attack ... He said:' closes a paragraph, then a two-paragraph quote (first left open): claimed "
         "Houthis, asserted by him. The resident's split quote (bare role 'Jizan resident'), Saudi Aramco's "
         "'partially suspended' (the name as first given in full), the State Department spokesperson and the analyst "
         "name nobody. The Houthis' March 2022 Jeddah depot strike and 'Jizan is not Abqaiq': history, no stance, no "
         "incident. 'armed and funded by Iran ..., an accusation Tehran rejects': sponsor and a state's denial of "
         "arming, no stance.",
)
A["s06_voa_raqqa_sdf_ied"] = dict(
    published_on="2032-06-10",  # Thursday
    meta=dict(outlet="Voice of America", dateline="WASHINGTON",
              headline="Islamic State Claims Roadside Bombing That Killed 3 SDF Fighters in Syria"),
    quotes=[
        ("the apostate PKK militia", "Islamic State", None),
        ("This was an ISIS cell that crossed from the desert south of the river. We know this cell, and we have already detained two of its members,", "Lorin Derik", "head of the SDF media center"),
        ("Our forces will continue their operations against these cells,", "Lorin Derik", "head of the SDF media center"),
        ("whatever the cost.", "Lorin Derik", "head of the SDF media center"),
        ("ISIS in Syria is weaker than at any point since 2014, but it is patient,", "Megan Doyle", "senior fellow at the Washington-based Levant Security Institute"),
        ("It waits for its enemies to be distracted, and right now everyone in this region is distracted.", "Megan Doyle", "senior fellow at the Washington-based Levant Security Institute"),
        ("If those prisons open, the group does not need to recruit,", "Megan Doyle", "senior fellow at the Washington-based Levant Security Institute"),
    ],
    stances=[st("Islamic State", "claimed", "Islamic State, via Amaq"),
             st("Islamic State", "assessed", "Lorin Derik, Syrian Democratic Forces"),
             st(None, "unattributed", None)],
    incidents=[inc("2032-06-08", "day", "near al-Karama, east of Raqqa", "Raqqa", "Syria", "ied", "impact"),
               inc("2032-06-01", "month", "near al-Hol camp", "Hasakah", "Syria", "ied", "impact")],
    checks=[("on Tuesday", "2032-06-08")],
    note="Voice of America: headline, byline, 'June 10, 2032 11:48 AM', dateline 'WASHINGTON —', straight marks. A "
         "roadside bomb killed three SDF fighters near al-Karama 'on Tuesday': ied, impact, Raqqa. IS's Amaq "
         "statement 'published late Wednesday' (the claim's day, no incident) with the partial quote 'the apostate "
         "PKK militia' (IS's name for the SDF, not a stance for the PKK): claimed Islamic State via Amaq. The SDF "
         "media head (named after her quote, then 'she added' interrupting the next quote mid-sentence: two "
         "quotes): 'This was an ISIS cell ... we have already detained two of its members': firm, from a military "
         "force: assessed Islamic State (judgement call, as heldout9 took the SDF). Funerals 'on Wednesday': no "
         "incident. 'Earlier this month, an improvised explosive device wounded four SDF fighters near al-Hol camp "
         "... No group claimed that attack': ied, impact, precision month, and the unattributed pair. The analyst "
         "('Doyle said', then 'she said' after her last quote) names nobody. The 2019 fall of Baghouz and Turkey's "
         "view of the YPG as an extension of the PKK: background, no stance.",
)
A["s07_asharq_green_zone_rockets"] = dict(
    published_on="2032-07-07",  # Wednesday
    meta=dict(outlet="Asharq Al-Awsat", dateline=None,
              headline="Rockets Strike Baghdad's Green Zone as Armed Factions Deny Breaking Truce"),
    quotes=[
        ("The rockets were launched from a platform hidden in an orchard in the Jisr Diyala area, southeast of the capital, and our forces have secured the launch site,", "Iraqi Joint Operations Command", None),
        ("committed to the truce", "Coordination Committee of the Iraqi Resistance", None),
        ("no connection to the rocket fire on Baghdad.", "Coordination Committee of the Iraqi Resistance", None),
        ("attempts to sow strife between the resistance and the government.", "Coordination Committee of the Iraqi Resistance", None),
        ("The launch platform is of the same type used in previous attacks, and some members of the cell are known to us. We are verifying before any announcement,", "security source", None),
        ("an attempt to embarrass the state and drag the country into a confrontation it does not want.", "Asaib Ahl al-Haq", None),
        ("The security forces will pursue the perpetrators, whoever they are, and bring them before the judiciary,", "Khalid al-Rubaie", "military spokesman of the commander-in-chief of the armed forces"),
        ("not a coincidence.", "political sources", None),
    ],
    stances=[st(None, "unattributed", None),
             st("Coordination Committee of the Iraqi Resistance", "denied", "Coordination Committee of the Iraqi Resistance"),
             st("Harakat al-Nujaba", "suspected", "security source, via Asharq Al-Awsat")],
    incidents=[inc("2032-07-05", "day", "Green Zone, Baghdad", "Baghdad", "Iraq", "rocket", "impact"),
               inc("2032-06-30", "week", "near the cargo terminal of Baghdad International Airport", "Baghdad", "Iraq", "drone", "intercepted")],
    checks=[("on Monday night", "2032-07-05")],
    note="Asharq Al-Awsat English: headline, 'Baghdad - Ali al-Saadi', 'Wednesday, 7 July, 2032 - 05:30', no dateline, "
         "straight marks. Three Katyusha rockets struck the Green Zone 'on Monday night', one in a car park near "
         "parliament, a fourth intercepted by the US embassy's system: one incident, rocket, impact. The Joint "
         "Operations Command's statement 'on Tuesday' (no incident). 'No faction has claimed responsibility for the "
         "attack' and last week's drone 'was not claimed either': one unattributed pair. The Coordination Committee "
         "of the Iraqi Resistance (an umbrella, named as the text gives it) says the factions had 'no connection to "
         "the rocket fire on Baghdad': denied, actor the umbrella (judgement call), asserted by itself; three "
         "partial quotes. 'an informed security source told Asharq Al-Awsat that investigators suspected a cell "
         "linked to Harakat Hezbollah al-Nujaba': hedged, suspected Harakat al-Nujaba (canonical) via the outlet; "
         "'could not be reached': no stance. Asaib Ahl al-Haq 'condemned the attack as \"an attempt to embarrass "
         "the state\"': a quote of the group, no stance (condemnation is not a denial; judgement call). The "
         "military spokesman (named first, then 'Rubaie') and 'Political sources' name nobody. 'Last week, a drone "
         "was shot down near the cargo terminal of Baghdad International Airport': intercepted, precision week. "
         "Kataib Hezbollah among the groups that announced the April halt, and 2020-21 attacks: background, no stance.",
)
A["s08_lorient_arsal_army_ied"] = dict(
    published_on="2032-08-14",  # Saturday
    meta=dict(outlet="L'Orient Today", dateline=None,
              headline="Roadside bomb wounds three soldiers on Arsal’s outskirts; army arrests two suspects"),
    quotes=[
        ("An explosive device planted on the side of the Wadi Hmeid road exploded at 6:20 am as an army patrol was passing, wounding three soldiers, one of them seriously,", "Lebanese Army Command", None),
        ("A military force cordoned off the area, and a specialized team is examining the remains of the device.", "Lebanese Army Command", None),
        ("a terrorist cell affiliated with the ISIS organization", "Lebanese Army Command", None),
        ("confessed to planting the device on the instructions of an ISIS official in the Syrian Badia,", "Lebanese Army Command", None),
        ("The people of Arsal have paid a heavy price for terrorism, more than anyone in Lebanon,", "Khaled Rayed", "Arsal’s mayor"),
        ("Nobody here wants those years to return.", "Khaled Rayed", "Arsal’s mayor"),
        ("the danger from the east has not disappeared,", "Rami Shoukr", "Baalbek-Hermel MP"),
    ],
    not_quotes=["Fajr al-Joroud"],
    stances=[st("Islamic State", "assessed", "Lebanese Army Command"),
             st(None, "unattributed", None)],
    incidents=[inc("2032-08-12", "day", "Wadi Hmeid road, east of Arsal", "Baalbek-Hermel", "Lebanon", "ied", "impact")],
    checks=[("on Thursday", "2032-08-12")],
    note="L'Orient Today: headline, 'By Karim Haddad, 14 August 2032 15:40', no dateline, curly marks and apostrophes. "
         "A roadside bomb wounded three soldiers on the Wadi Hmeid road east of Arsal 'on Thursday': ied, impact, "
         "Baalbek-Hermel. The Lebanese Army Command's statement (full name as first given; then 'the Army "
         "Command', 'the army') split by 'the Army Command said in a statement'. Its second statement 'on Friday' "
         "(no incident): two Syrians arrested who belong to 'a terrorist cell affiliated with the ISIS "
         "organization' and 'confessed to planting the device' (two partial quotes in one sentence): firm, from a "
         "national army after arrests: assessed Islamic State. 'No group has claimed the bombing': the unattributed "
         "pair (as heldout9's Palmyra article carries both). The mayor (appositive, then 'Rayed' in a split quote) "
         "and the MP (role before the name; partial quote) name nobody; 'Hezbollah's parliamentary bloc' is no "
         "stance. The 2014 overrun by ISIS and the Nusra Front, the 2017 offensive '“Fajr al-Joroud”' (an operation "
         "name in marks: not_quotes) and Hezbollah fighting the Nusra Front: history, no stance, no incident. "
         "Checkpoints 'set up overnight': no incident.",
)
A["s09_anadolu_zilkan_base_rockets"] = dict(
    published_on="2032-09-22",  # Wednesday
    meta=dict(outlet="Anadolu", dateline="ANKARA",
              headline="Turkish base in northern Iraq targeted by rocket attack, no casualties: Defense Ministry"),
    quotes=[
        ("Two rockets fired at the Zilkan base in the Bashiqa region were detected by our air defense systems and destroyed before reaching the base. There are no casualties or damage among our personnel,", "National Defense Ministry", None),
        ("The perpetrators of this treacherous attack have been identified, and the necessary response has been given,", "National Defense Ministry", None),
        ("the base of the Turkish occupation in Bashiqa.", "Liwa Ahrar Ninawa", None),
        ("We reject any attack on military or diplomatic missions on Iraqi soil, just as we reject the presence of foreign forces without the consent of the Iraqi government,", "Foreign Ministry", None),
    ],
    stances=[st("PKK", "assessed", "National Defense Ministry"),
             st("Liwa Ahrar Ninawa", "claimed", "Liwa Ahrar Ninawa")],
    incidents=[inc("2032-09-21", "day", "Zilkan base, Bashiqa", "Nineveh", "Iraq", "rocket", "intercepted"),
               inc("2032-09-03", "day", "Zilkan base, Bashiqa", "Nineveh", "Iraq", "drone", "intercepted")],
    checks=[("on Tuesday evening", "2032-09-21")],
    note="Anadolu Agency English: headline ending ': Defense Ministry', 'Ahmet Yıldız |22.09.2032 - Update : "
         "22.09.2032', 'ANKARA' on its own line, straight marks, 'Türkiye', 'Daesh/ISIS'. Two rockets at the Zilkan "
         "base 'on Tuesday evening', both destroyed by air defences: rocket, intercepted, Nineveh. 'It said the "
         "attack had been carried out by members of the PKK terror group': firm, from a defence ministry: assessed "
         "PKK (not in the gazetteer: named as the text gives it), asserted by the National Defense Ministry (the "
         "text's name, no possessive); the same pair covers the drone shot down 'on Sept. 3' that it 'also blamed "
         "on the PKK' (drone, intercepted, day precision). 'A little-known group calling itself Liwa Ahrar Ninawa "
         "claimed responsibility ... on a Telegram channel' (partial quote, the period inside the mark): claimed, "
         "named as in the text; the ministry 'did not comment on the claim'. Iraq's Foreign Ministry (speaker "
         "without the possessive) names nobody. Daesh/ISIS capturing Mosul, Operation Claw-Lock and the PKK "
         "boilerplate ('responsible for the deaths of more than 40,000 people'): history, no stance, no incident.",
)
A["s10_dod_briefing_azraq_drone"] = dict(
    published_on="2032-10-14",  # Thursday
    meta=dict(outlet="US Department of Defense", dateline=None,
              headline="Deputy Pentagon Press Secretary Dana Whitfield Holds an On-Camera Press Briefing"),
    quotes=[
        ("a base of the American enemy in Azraq", "Islamic Resistance in Iraq", None),
        ("no connection to the operation in Jordan", "Kataib Hezbollah", None),
    ],
    stances=[st(None, "unattributed", None),
             st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq"),
             st("Kataib Hezbollah", "denied", "Kataib Hezbollah"),
             st("Kataib Sayyid al-Shuhada", "assessed", "Dana Whitfield, Pentagon")],
    incidents=[inc("2032-10-12", "day", "Muwaffaq Salti Air Base", "Zarqa", "Jordan", "drone", "intercepted"),
               inc("2032-10-09", "day", "highway near Samawah", "Muthanna", "Iraq", "ied", "impact"),
               inc("2032-10-07", "week", "Union III, Baghdad", "Baghdad", "Iraq", "rocket", "impact")],
    checks=[("On Tuesday night", "2032-10-12"), ("on Saturday", "2032-10-09")],
    note="US Department of Defense briefing transcript: title, 'Oct. 14, 2032', speaker labels in capitals "
         "('DEPUTY PENTAGON PRESS SECRETARY DANA WHITFIELD:', 'MS. WHITFIELD:', 'Q:'), no quote marks around the "
         "speech (transcript convention: the briefer's words are not quotes). A one-way attack drone launched "
         "toward Muwaffaq Salti Air Base 'On Tuesday night', destroyed before it reached the base: drone, "
         "intercepted, admin1 Zarqa (Azraq's governorate, from geography; judgement call). 'on Saturday an "
         "improvised explosive device detonated next to a contractor-operated logistics convoy ... near Samawah', "
         "one truck damaged: ied, impact, Muthanna; 'I'm not aware of any group claiming that one': the "
         "unattributed pair (judgement call: a hedged 'no claim'). A reporter reads the Islamic Resistance in "
         "Iraq's Telegram claim of 'a base of the American enemy in Azraq' (speaker the group): claimed IRI; the "
         "briefer's 'We've seen the claim. I'm not going to validate it' adds no pair. Another reporter quotes "
         "Kataib Hezbollah's statement that it had 'no connection to the operation in Jordan': denied KH, asserted "
         "by the group ('part of that umbrella' gives no IRI-membership stance). 'the groups that make up this "
         "umbrella all receive weapons, funding and training from Iran, and Iran bears responsibility for what they "
         "do': sponsor, no stance. 'We assess that Kataib Sayyid al-Shuhada carried out the rocket attack on Union "
         "III last week', two rockets inside the compound: assessed KSS, asserted by her for the Pentagon; rocket, "
         "impact, precision week.",
)

write_corpus(D, A)
