"""Hand annotations of the held-out corpus, typed after the extractor was frozen and without running it.

Each quote is the exact text typed by hand; its offsets come from str.find on the .txt (each must occur
once, sit right after an opening mark and end at a closing mark or at the end of its paragraph). Run
`python tests/corpus_heldout/annotate.py` to rewrite the .json files after editing an annotation here.
The checks and the writing are shared with the other held-out corpora in tests/corpus_tools.py.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_tools import inc, st, write_corpus  # noqa: E402

D = Path(__file__).resolve().parent


A = {}
A["h01_ain_al_asad_rockets"] = dict(
    published_on="2024-01-22",
    meta=dict(outlet="Reuters", dateline="BAGHDAD",
              headline="Rockets target Iraq's Ain al-Asad base; Islamic Resistance in Iraq claims attack"),
    quotes=[
        ("the occupation's base at Ain al-Asad with a barrage of appropriate rockets.", "Islamic Resistance in Iraq", None),
        ("Most were intercepted by the base's air defence systems. A small number of personnel are being evaluated for traumatic brain injuries,", "US defense official", None),
        ("The launch point was less than ten kilometres from the base,", "Iraqi police officer", None),
        ("Attacks on bases hosting advisers of the international coalition are attacks on Iraq's sovereignty, and their perpetrators will be held to account.", "Basim al-Awadi", "Iraqi government spokesman"),
        ("The justifications for the presence of the coalition have ended, and we are discussing a timetable for its departure,", "Mohammed Shia al-Sudani", "Prime Minister"),
        ("launched from inside Iraqi territory,", "coalition", None),
    ],
    stances=[st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq"),
             st(None, "unattributed", None)],
    incidents=[inc("2024-01-21", "day", "Ain al-Asad airbase", "Anbar", "Iraq", "rocket", "intercepted"),
               inc("2024-01-15", "week", "Ain al-Asad airbase", "Anbar", "Iraq", "drone", "intercepted")],
    note="Iran: sponsor ('Iran-backed', 'Tehran was aware', 'no evidence that Iran had ordered'): no stance. "
         "Kata'ib Hizballah 'has not commented': no stance. 'No group claimed that attack' (last week's drone): unattributed.",
)
A["h02_red_sea_bulk_carrier"] = dict(
    published_on="2024-02-18",
    meta=dict(outlet="AP", dateline="DUBAI, United Arab Emirates", headline=None),
    quotes=[
        ("several appropriate naval missiles", "Yahya Saree", "Houthi military spokesman"),
        ("The Yemeni armed forces affirm that they will continue to carry out their military operations in the Red Sea and the Arabian Sea until the aggression against our people in Gaza stops.", "Yahya Saree", "Houthi military spokesman"),
        ("Any ship linked to the Israeli enemy or heading to its ports is a legitimate target for our forces.", "Yahya Saree", "Houthi military spokesman"),
        ("There were no injuries or damage reported by the vessel or by US ships,", "Central Command", None),
        ("Every transit of the southern Red Sea is now priced as a war-risk voyage, and some owners simply will not take the risk,", "Elena Varga", "maritime security analyst at a London-based risk consultancy"),
        ("The Islamic Republic of Iran is not involved in the decisions or actions of the Yemeni armed forces,", "Iran's mission to the United Nations", None),
    ],
    stances=[st("Houthis", "claimed", "Yahya Saree"),
             st("Iran", "denied", "Iran's mission to the United Nations")],
    incidents=[inc("2024-02-17", "day", "Red Sea", None, None, "missile", "intercepted"),
               inc("2024-02-16", "day", "Yemen", None, "Yemen", "drone", "foiled")],
    note="Multi-paragraph statement introduced by 'He said:': one quote per paragraph piece, speaker Saree. "
         "Iran's mission denies a role in this attack: a denial, not a sponsorship aside. The drone boat destroyed before launch is a foiled incident.",
)
A["h03_erbil_drone_kirkuk_foiled"] = dict(
    published_on="2023-11-08",
    meta=dict(outlet="AFP", dateline="ERBIL, Iraq",
              headline="Drone downed near Erbil airport as Iraq foils rocket attack in Kirkuk"),
    quotes=[
        ("no damage or casualties", "counter-terrorism service", None),
        ("The rockets were aimed at the K1 base and were set on a timer,", "police officer", None),
        ("We do not know who placed them,", "police officer", None),
        ("But the method is the same as the previous attacks.", "police officer", None),
        ("These attacks put our people in danger before anyone else. The rockets were hidden a few hundred metres from houses.", "Ahmed al-Obeidi", "Kirkuk provincial council member"),
        ("Everything points to the same groups,", "senior Kurdish official", None),
        ("The Hashd has no connection with these attacks,", "Hashd official", None),
    ],
    stances=[st(None, "unattributed", None),
             st("Popular Mobilization Forces", "suspected", "Kurdish authorities, via a senior Kurdish official"),
             st("Popular Mobilization Forces", "denied", "Hashd official")],
    incidents=[inc("2023-11-08", "day", "Erbil airport", "Erbil", "Iraq", "drone", "intercepted"),
               inc("2023-11-07", "day", "Kirkuk", "Kirkuk", "Iraq", "rocket", "foiled")],
    note="AFP punctuation: closing mark before the full stop ('casualties”.'). 'more than 40 attacks, most of them claimed by the "
         "Islamic Resistance in Iraq' is an aggregate: no stance. Revolutionary Guards: linkage, no stance.",
)
A["h04_harir_competing_claims"] = dict(
    published_on="2023-10-31",
    meta=dict(outlet="Rudaw English", dateline="ERBIL, Kurdistan Region", headline=None),
    quotes=[
        ("Two drones carrying explosives were shot down over the Harir area at 11:40 pm. There were no casualties and no damage to the base,", "Aras Qadir", "Kurdistan Region Counter-Terrorism spokesperson"),
        ("the American crimes in Gaza.", "Ashab al-Kahf", None),
        ("We are investigating both claims. Our priority is the security of the region,", "Aras Qadir", None),
        ("We are not involved in this attack, and those who accuse us want to drag the region into sedition,", "Hassan al-Mousawi", "senior Asa’ib Ahl al-Haq official"),
        ("launched from outside the Kurdistan Region", "coalition spokesperson", None),
        ("a terrorist act that targets the security and stability of the Kurdistan Region,", "Masrour Barzani", "Kurdistan Region Prime Minister"),
    ],
    stances=[st("Ashab al-Kahf", "claimed", "Ashab al-Kahf"),
             st("Saraya Awliya al-Dam", "claimed", "Saraya Awliya al-Dam"),
             st("Asaib Ahl al-Haq", "suspected", "Kurdish security officials"),
             st("Asaib Ahl al-Haq", "denied", "Hassan al-Mousawi")],
    incidents=[inc("2023-10-29", "day", "Harir base", "Erbil", "Iraq", "drone", "intercepted"),
               inc("2023-10-24", "week", "Harir base", "Erbil", "Iraq", "rocket", "impact")],
    note="Competing claims. Asa’ib Ahl al-Haq is written with a typographic apostrophe, as Rudaw's curly-quoted copy does. "
         "'fronts for larger Iran-backed factions': linkage, no stance.",
)
A["h05_babil_convoy_ied"] = dict(
    published_on="2022-12-07",
    meta=dict(outlet="The National", dateline=None,
              headline="Roadside bomb hits coalition supply convoy south of Baghdad as second device is defused"),
    quotes=[
        ("The bomb was hidden in a pile of rubbish on the hard shoulder and was set off by remote control,", "security official", None),
        ("It was the same type of device, which suggests that the same cell planted both,", "Ali Hussein al-Jabouri", "Babil police spokesman"),
        ("We have intensified patrols on the highway.", "Ali Hussein al-Jabouri", "Babil police spokesman"),
        ("a convoy of the American occupation", "Saraya Qasim al-Jabbarin", None),
        ("The front groups give the bigger factions plausible deniability. The claims are cheap, and nobody in Baghdad will hold anyone responsible,", "Nadia Rahim", "senior analyst at the Tigris Policy Institute"),
        ("a contracted logistics convoy", "spokesman for the coalition", None),
    ],
    stances=[st("Saraya Qasim al-Jabbarin", "claimed", "Saraya Qasim al-Jabbarin")],
    incidents=[inc("2022-12-05", "day", "Iskandariyah", "Babil", "Iraq", "ied", "impact"),
               inc("2022-12-06", "day", "Iskandariyah", "Babil", "Iraq", "ied", "foiled")],
    note="Kataib Hezbollah named as a user of front names: linkage, no stance. 'the second such attack in a month' is an aggregate.",
)
A["h06_shaddadi_mortars"] = dict(
    published_on="2023-12-28",
    meta=dict(outlet="Al-Monitor", dateline=None,
              headline="Mortar rounds hit US base in northeast Syria as Washington eyes Nujaba"),
    quotes=[
        ("The attackers fled toward the Iraqi border. We are pursuing them with the coalition,", "Rezan Haso", "SDF spokesman"),
        ("The tradecraft and the launch area fit the pattern we have seen from Nujaba since October,", "US official", None),
        ("We have nothing to do with what happened in Shaddadi, and when we strike, we announce it,", "Abbas al-Zaidi", "spokesman for the group"),
        ("the work of Iran-backed militias", "Mark Dorsey", "Pentagon spokesman"),
        ("reserve the right to respond.", "Mark Dorsey", "Pentagon spokesman"),
    ],
    stances=[st("Harakat al-Nujaba", "suspected", "two US officials, via Al-Monitor"),
             st("Harakat al-Nujaba", "denied", "Abbas al-Zaidi"),
             st(None, "unattributed", "Mark Dorsey"),
             st("Islamic State", "assessed", "Syrian Democratic Forces")],
    incidents=[inc("2023-12-26", "day", "al-Shaddadi", "Hasakah", "Syria", "mortar", "impact"),
               inc("2023-12-24", "day", "al-Busayrah", "Deir ez-Zor", "Syria", "ied", "foiled")],
    note="'probably responsible' is hedged: suspected. 'Iran-backed militias' names no group: unattributed (with 'No group had publicly claimed'). "
         "The SDF 'blamed Islamic State cells' for the dismantled device: assessed. The 2019 designation is background.",
)
A["h07_khurmala_drone"] = dict(
    published_on="2024-05-13",
    meta=dict(outlet="Kurdistan24", dateline="ERBIL",
              headline="Drone attack sets fire to storage tank at Khurmala oil field"),
    quotes=[
        ("an outlaw group within the Popular Mobilization Forces", "Kurdistan Region’s Ministry of Interior", None),
        ("This attack targets the livelihood of the people of Kurdistan and the economy of all of Iraq. We have informed the federal government of the launch location and we expect action.", "Sarkawt Mahmoud", "spokesperson for the ministry"),
        ("Attacks on critical infrastructure in the Kurdistan Region threaten the economic stability of all Iraqis,", "US Consulate General in Erbil", None),
        ("a criminal act that serves the enemies of Iraq.", "Mohammed Shia al-Sudani", "Prime Minister"),
        ("We will resume pumping once the fire brigade finishes cooling the tanks,", "energy official", None),
        ("Nobody was hurt, thank God.", "energy official", None),
    ],
    stances=[st("Popular Mobilization Forces", "assessed", "Kurdistan Region’s Ministry of Interior"),
             st(None, "unattributed", None)],
    incidents=[inc("2024-05-12", "day", "Khurmala oil field", "Erbil", "Iraq", "drone", "impact"),
               inc("2024-05-06", "week", "Kawergosk refinery", "Erbil", "Iraq", "drone", "impact")],
    note="The ministry attributes the attack firmly to a PMF group: assessed. The PMF 'declined to comment': no denial. "
         "'No group claimed that attack either' (Kawergosk): unattributed. Khor Mor 2022-2023 is background.",
)
A["h08_rumalyn_drone_assessed"] = dict(
    published_on="2023-10-20",
    meta=dict(outlet="Associated Press", dateline="WASHINGTON",
              headline="Pentagon says Kata'ib Hizballah behind drone attack that wounded US troops in Syria"),
    quotes=[
        ("We assess with high confidence that Kata'ib Hizballah conducted Wednesday's attack on Rumalyn Landing Zone,", "Thomas Keller", "Pentagon spokesman"),
        ("Two of the wounded have returned to duty.", "Thomas Keller", "Pentagon spokesman"),
        ("an occupation that will be expelled by force.", "Islamic Resistance in Iraq", None),
        ("This was a capable launcher, and it would have put our people at risk,", "Thomas Keller", "Pentagon spokesman"),
        ("The president and the secretary will not hesitate to take necessary action to protect our forces. I won't get ahead of any decisions.", "Thomas Keller", "Pentagon spokesman"),
    ],
    stances=[st("Kataib Hezbollah", "assessed", "Pentagon"),
             st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq")],
    incidents=[inc("2023-10-18", "day", "Rumalyn Landing Zone", "Hasakah", "Syria", "drone", "impact"),
               inc("2023-10-19", "day", "Conoco gas field base", "Deir ez-Zor", "Syria", "rocket", "foiled")],
    note="Iran: 'Iran-backed', 'Tehran was aware ... no indication it approved': sponsor, no stance. "
         "'attacked more than 20 times since Oct. 17' is an aggregate.",
)

write_corpus(D, A)
