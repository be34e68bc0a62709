"""Demo training modules (part A): UPR basics, stakeholder submissions, advocacy at
pre-sessions and with embassies, and SMART recommendations.

Pure data, in English, French and Spanish with identical structure. Facts follow the
project's UPR facts sheet; case examples are illustrative composites.
"""

from __future__ import annotations

MODULES: list[dict] = [
    {
        "key": "upr-basics",
        "level": "introductory",
        "duration_minutes": 60,
        "themes": [],
        "stages": ["preparation", "stakeholder-submissions", "review", "follow-up"],
        "en": {
            "title": "The UPR in one cycle: what it is and how it works",
            "slug": "upr-basics",
            "summary": (
                "An introduction to the Universal Periodic Review: who reviews whom, the three "
                "documents a review rests on, what happens in Geneva and why the later stages "
                "matter most for civil society."
            ),
            "audience": (
                "Staff and volunteers of civil society organisations who are new to the UPR, and "
                "trainers who want a shared starting point for a workshop."
            ),
            "objectives": [
                (
                    "By the end, participants can explain in their own words what the UPR is, who "
                    "is reviewed and how often."
                ),
                (
                    "By the end, participants can name the three documents a review is based on "
                    "and say which one draws on civil society input."
                ),
                (
                    "By the end, participants can describe what happens in the interactive "
                    "dialogue and what supported and noted recommendations mean."
                ),
                (
                    "By the end, participants can place the main stages of a cycle on a timeline "
                    "and identify where their organisation can act."
                ),
            ],
            "body": [
                [
                    "text",
                    (
                        "<h2>What is the Universal Periodic Review?</h2><p>The Universal Periodic "
                        "Review (UPR) is a mechanism of the UN Human Rights Council. Created in "
                        "2006 by General Assembly resolution 60/251, it looks at the human rights "
                        "record of every one of the 193 UN Member States, once per cycle. No other "
                        "UN mechanism covers all States and all human rights issues, and every "
                        "State has taken part so far.</p><p>The review is carried out by other "
                        "States: it is a peer review. It is not a court and it hands down no "
                        "judgment. Its output is a list of recommendations to which the State "
                        "under review must respond, and it is the follow-up of those "
                        "recommendations, over several years, that gives civil society "
                        "organisations (CSOs) their strongest leverage.</p>"
                    ),
                ],
                [
                    "key_points",
                    {
                        "title": "The UPR at a glance",
                        "points": [
                            (
                                "Every UN Member State is reviewed once per cycle; a cycle lasts "
                                "about four and a half years."
                            ),
                            (
                                "The Working Group meets three times a year and reviews 14 States "
                                "per session, about 42 States a year."
                            ),
                            (
                                "The fourth cycle began in November 2022 and runs to early 2027, "
                                "with a strong emphasis on implementation."
                            ),
                            (
                                "Each review rests on three documents: the national report, a "
                                "compilation of UN information and a summary of stakeholder "
                                "information."
                            ),
                            (
                                "Only States speak in the review; CSOs influence it through their "
                                "written submissions and their advocacy before and after it."
                            ),
                        ],
                    },
                ],
                [
                    "text",
                    (
                        "<h2>The three documents</h2><p>Before each review, three documents are "
                        "published. Together they give the States that make recommendations a "
                        "picture of the situation from different angles.</p><ul><li><strong>The "
                        "national report</strong>, written by the State under review, ideally "
                        "after national consultations with civil society. It is limited to 10,700 "
                        "words and is due about 12 weeks before the review.</li><li><strong>The "
                        "compilation of UN information</strong>, prepared by the Office of the "
                        "High Commissioner for Human Rights (OHCHR) from the findings of treaty "
                        "bodies, special procedures and UN agencies.</li><li><strong>The summary "
                        "of stakeholder information</strong>, also prepared by OHCHR, which "
                        "condenses the submissions of CSOs and other stakeholders. A national "
                        "human rights institution (NHRI) that complies with the Paris Principles "
                        "has a separate section.</li></ul><p>The third document is where your "
                        "organisation's voice enters the official record. Because OHCHR summarises "
                        "many submissions in a few pages, a clear and well-evidenced submission "
                        "has a much better chance of being reflected.</p>"
                    ),
                ],
                [
                    "steps",
                    {
                        "title": "The stages of a cycle, step by step",
                        "steps": [
                            {
                                "title": "Preparation",
                                "text": (
                                    "The State holds national consultations (encouraged, not "
                                    "required) and drafts its national report, due about 12 weeks "
                                    "before the review. CSOs start planning at least a year ahead."
                                ),
                            },
                            {
                                "title": "Stakeholder submissions",
                                "text": (
                                    "CSOs, coalitions and NHRIs send written submissions to OHCHR, "
                                    "usually about 6 to 8 months before the review. These feed the "
                                    "summary of stakeholder information."
                                ),
                            },
                            {
                                "title": "Pre-sessions and lobbying",
                                "text": (
                                    "CSOs brief embassies in the capital months before and can "
                                    "speak at UPR Info's pre-sessions in Geneva about one month "
                                    "before. States may send advance questions through the troika "
                                    "about 10 working days before the review."
                                ),
                            },
                            {
                                "title": "The review",
                                "text": (
                                    "A 3.5-hour interactive dialogue in the Working Group in "
                                    "Geneva. The State presents its report, other States ask "
                                    "questions and make recommendations, and a troika of three "
                                    "States acts as rapporteur."
                                ),
                            },
                            {
                                "title": "Responses and adoption",
                                "text": (
                                    "In an addendum, the State says which recommendations it "
                                    "supports and which it notes. The outcome is adopted at a "
                                    "plenary session of the Human Rights Council about 3 to 4 "
                                    "months after the review."
                                ),
                            },
                            {
                                "title": "Implementation, mid-term reporting and follow-up",
                                "text": (
                                    "Between reviews the State implements, while CSOs monitor and "
                                    "advocate. Mid-term reports are encouraged about 2 to 2.5 "
                                    "years after the review, and the next review looks at what was "
                                    "done."
                                ),
                            },
                        ],
                    },
                ],
                [
                    "text",
                    (
                        "<h2>After the dialogue: the later stages</h2><p>About 48 hours after the "
                        "interactive dialogue, the recommendations are published in the draft "
                        "report of the Working Group, which is adopted a few days later. The State "
                        "then responds to each recommendation: it either <strong>supports</strong> "
                        "it or <strong>notes</strong> it. A supported recommendation is a "
                        "commitment made in front of the State's peers; a noted recommendation is "
                        "not a commitment, but it stays on the record and can be raised "
                        "again.</p><p>The outcome is adopted at a plenary session of the Human "
                        "Rights Council about 3 to 4 months after the review, with one hour per "
                        "State. NGOs with ECOSOC consultative status and NHRIs can make short "
                        "statements at that point.</p><p>Then the longest and most important phase "
                        "begins: implementation. CSOs monitor progress, work with the government, "
                        "parliament, the NHRI and the embassies of recommending States, and may "
                        "publish a mid-term report. At the next review, States look at what has "
                        "been done, and recommendations that were not implemented are often "
                        "repeated.</p>"
                    ),
                ],
                [
                    "glossary",
                    [
                        {
                            "term": "Troika",
                            "definition": (
                                "A group of three States from different regional groups that acts "
                                "as rapporteur for a review; advance questions from other States "
                                "are sent through it."
                            ),
                        },
                        {
                            "term": "Interactive dialogue",
                            "definition": (
                                "The 3.5-hour session of the UPR Working Group in Geneva in which "
                                "the State under review presents its report and other States ask "
                                "questions and make recommendations."
                            ),
                        },
                        {
                            "term": "Supported recommendation",
                            "definition": (
                                "A recommendation the State under review commits to implementing. "
                                "UPR Info's database calls these “accepted”."
                            ),
                        },
                        {
                            "term": "Noted recommendation",
                            "definition": (
                                "A recommendation the State under review does not commit to; it "
                                "stays on the record and CSOs can keep advocating on it."
                            ),
                        },
                        {
                            "term": "Summary of stakeholder information",
                            "definition": (
                                "The document OHCHR prepares from the written submissions of CSOs, "
                                "NHRIs and other stakeholders; one of the three documents of the "
                                "review."
                            ),
                        },
                    ],
                ],
                [
                    "exercise",
                    {
                        "title": "Map the cycle for your country",
                        "instructions": (
                            "<p>Work in groups of four to six. The aim is to see the whole cycle "
                            "at once and to find the moments when your organisation can "
                            "act.</p><ol><li>Write the date (month and year) of your country's "
                            "next review on a card and place it in the middle of a long sheet of "
                            "paper. If participants come from different countries, each group "
                            "chooses one.</li><li>Using the stage cards, place each stage on the "
                            "timeline relative to the review: preparation, stakeholder "
                            "submissions, pre-sessions and lobbying, the review, responses and "
                            "adoption, implementation, mid-term reporting.</li><li>For each stage, "
                            "write on a sticky note one thing your organisation could do at that "
                            "moment.</li><li>Mark in a different colour the stages where your "
                            "organisation is absent today.</li><li>Present your timeline to "
                            "another group in three minutes and compare the choices you "
                            "made.</li></ol>"
                        ),
                        "duration_minutes": 30,
                        "materials": (
                            "A long sheet of paper or a stretch of wall per group, pre-printed "
                            "stage cards, sticky notes in two colours, markers, and the date of "
                            "the next review for each country represented (from OHCHR's UPR "
                            "calendar)."
                        ),
                    },
                ],
                [
                    "quiz",
                    {
                        "title": "Check your understanding",
                        "questions": [
                            {
                                "question": (
                                    "Who can take the floor during the interactive dialogue in "
                                    "Geneva?"
                                ),
                                "choices": [
                                    {
                                        "text": "The State under review and other States.",
                                        "correct": True,
                                        "feedback": (
                                            "The UPR is a peer review between States. CSOs "
                                            "may attend the session but cannot speak, which is why "
                                            "they work through submissions and advocacy with "
                                            "States."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Any NGO with ECOSOC consultative status, for two "
                                            "minutes."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "NGOs with ECOSOC status can make short statements "
                                            "at the later plenary adoption at the Human Rights "
                                            "Council, not in the Working Group dialogue."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "The NHRI of the State under review, right after the "
                                            "national delegation."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "NHRIs contribute through their own section of the "
                                            "stakeholder summary and can speak at the plenary "
                                            "adoption, but not in the interactive dialogue."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "A State has noted a recommendation on freedom of assembly. "
                                    "What does that mean for CSOs?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "The recommendation is removed from the report and "
                                            "cannot be raised again."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Noted recommendations stay in the official "
                                            "record, and States often repeat them in the next "
                                            "cycle."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "The State has not committed to it, but CSOs can keep "
                                            "advocating and use it to open a dialogue."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "It is not a commitment, yet it stays on the "
                                            "record: CSOs can document the issue, look for partial "
                                            "steps and prepare for the next review."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "The State has accepted it but will only implement it "
                                            "after the next review."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "That matches neither of the two possible "
                                            "responses: a State either supports a recommendation "
                                            "(a commitment) or notes it."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "Which of the three documents draws directly on civil society "
                                    "submissions?"
                                ),
                                "choices": [
                                    {
                                        "text": "The national report.",
                                        "correct": False,
                                        "feedback": (
                                            "The State writes the national report; national "
                                            "consultations are encouraged, but CSOs do not control "
                                            "its content."
                                        ),
                                    },
                                    {
                                        "text": "The compilation of UN information.",
                                        "correct": False,
                                        "feedback": (
                                            "The compilation draws on UN sources such as "
                                            "treaty bodies and special procedures."
                                        ),
                                    },
                                    {
                                        "text": "The summary of stakeholder information.",
                                        "correct": True,
                                        "feedback": (
                                            "OHCHR condenses the submissions of CSOs and "
                                            "other stakeholders into this summary, with a separate "
                                            "section for an NHRI that complies with the Paris "
                                            "Principles."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                ],
            ],
        },
        "fr": {
            "title": "L'EPU en un cycle : ce que c'est et comment ça fonctionne",
            "slug": "les-bases-de-l-epu",
            "summary": (
                "Une introduction à l'Examen périodique universel : qui examine qui, les trois "
                "documents sur lesquels repose l'examen, ce qui se passe à Genève et pourquoi les "
                "étapes ultérieures comptent tant pour la société civile."
            ),
            "audience": (
                "Personnel et bénévoles d'organisations de la société civile (OSC) qui découvrent "
                "l'EPU, ainsi que les formateurs qui cherchent un point de départ commun pour un "
                "atelier."
            ),
            "objectives": [
                (
                    "À la fin, les participants peuvent expliquer avec leurs propres mots ce "
                    "qu'est l'EPU, qui est examiné et à quelle fréquence."
                ),
                (
                    "À la fin, les participants peuvent citer les trois documents sur lesquels "
                    "repose un examen et indiquer celui qui s'appuie sur les contributions de la "
                    "société civile."
                ),
                (
                    "À la fin, les participants peuvent décrire le déroulement du dialogue "
                    "interactif et le sens des recommandations acceptées et de celles dont il a "
                    "été pris note."
                ),
                (
                    "À la fin, les participants peuvent situer les principales étapes d'un cycle "
                    "sur une ligne du temps et repérer où leur organisation peut agir."
                ),
            ],
            "body": [
                [
                    "text",
                    (
                        "<h2>Qu'est-ce que l'Examen périodique universel ?</h2><p>L'Examen "
                        "périodique universel (EPU) est un mécanisme du Conseil des droits de "
                        "l'homme des Nations Unies. Créé en 2006 par la résolution 60/251 de "
                        "l'Assemblée générale, il passe en revue la situation des droits humains "
                        "dans chacun des 193 États membres de l'ONU, une fois par cycle. Aucun "
                        "autre mécanisme onusien ne couvre tous les États et l'ensemble des droits "
                        "humains, et tous les États y ont participé jusqu'ici.</p><p>Ce sont les "
                        "autres États qui mènent l'examen : il s'agit d'un examen par les pairs. "
                        "Ce n'est pas un tribunal et il ne rend aucun jugement. Il aboutit à une "
                        "liste de recommandations auxquelles l'État examiné doit répondre, et "
                        "c'est le suivi de ces recommandations, sur plusieurs années, qui donne "
                        "aux organisations de la société civile (OSC) leur meilleur levier.</p>"
                    ),
                ],
                [
                    "key_points",
                    {
                        "title": "L'EPU en bref",
                        "points": [
                            (
                                "Chaque État membre de l'ONU est examiné une fois par cycle ; un "
                                "cycle dure environ quatre ans et demi."
                            ),
                            (
                                "Le Groupe de travail se réunit trois fois par an et examine 14 "
                                "États par session, soit environ 42 États par an."
                            ),
                            (
                                "Le quatrième cycle a commencé en novembre 2022 et se poursuit "
                                "jusqu'au début de 2027, avec un accent marqué sur la mise en "
                                "œuvre."
                            ),
                            (
                                "Chaque examen repose sur trois documents : le rapport national, "
                                "une compilation des informations de l'ONU et un résumé des "
                                "informations des parties prenantes."
                            ),
                            (
                                "Seuls les États prennent la parole pendant l'examen ; les OSC "
                                "l'influencent par leurs contributions écrites et par leur "
                                "plaidoyer, avant comme après."
                            ),
                        ],
                    },
                ],
                [
                    "text",
                    (
                        "<h2>Les trois documents</h2><p>Avant chaque examen, trois documents sont "
                        "publiés. Ensemble, ils donnent aux États qui formulent des "
                        "recommandations une vue de la situation sous différents "
                        "angles.</p><ul><li><strong>Le rapport national</strong>, rédigé par "
                        "l'État examiné, idéalement après des consultations nationales avec la "
                        "société civile. Il est limité à 10 700 mots et doit être remis environ 12 "
                        "semaines avant l'examen.</li><li><strong>La compilation des informations "
                        "de l'ONU</strong>, préparée par le Haut-Commissariat aux droits de "
                        "l'homme (HCDH) à partir des constats des organes de traités, des "
                        "procédures spéciales et des agences des Nations Unies.</li><li><strong>Le "
                        "résumé des informations des parties prenantes</strong>, également préparé "
                        "par le HCDH, qui condense les contributions des OSC et des autres parties "
                        "prenantes. Une institution nationale des droits de l'homme (INDH) "
                        "conforme aux Principes de Paris y dispose d'une section "
                        "distincte.</li></ul><p>C'est par ce troisième document que la voix de "
                        "votre organisation entre dans le dossier officiel. Comme le HCDH résume "
                        "de nombreuses contributions en quelques pages, une contribution claire et "
                        "bien étayée a bien plus de chances d'y être reprise.</p>"
                    ),
                ],
                [
                    "steps",
                    {
                        "title": "Les étapes d'un cycle, pas à pas",
                        "steps": [
                            {
                                "title": "Préparation",
                                "text": (
                                    "L'État organise des consultations nationales (encouragées, "
                                    "mais non obligatoires) et rédige son rapport national, "
                                    "attendu environ 12 semaines avant l'examen. Les OSC "
                                    "commencent à planifier au moins un an à l'avance."
                                ),
                            },
                            {
                                "title": "Contributions des parties prenantes",
                                "text": (
                                    "Les OSC, les coalitions et les INDH envoient leurs "
                                    "contributions écrites au HCDH, en général environ 6 à 8 mois "
                                    "avant l'examen. Elles alimentent le résumé des informations "
                                    "des parties prenantes."
                                ),
                            },
                            {
                                "title": "Pré-sessions et plaidoyer",
                                "text": (
                                    "Les OSC rencontrent les ambassades dans la capitale plusieurs "
                                    "mois avant l'examen et peuvent intervenir aux pré-sessions "
                                    "d'UPR Info à Genève environ un mois avant. Les États peuvent "
                                    "envoyer des questions préalables par l'intermédiaire de la "
                                    "troïka environ 10 jours ouvrables avant l'examen."
                                ),
                            },
                            {
                                "title": "L'examen",
                                "text": (
                                    "Un dialogue interactif de trois heures et demie au sein du "
                                    "Groupe de travail, à Genève. L'État présente son rapport, les "
                                    "autres États posent des questions et formulent des "
                                    "recommandations, et une troïka de trois États fait office de "
                                    "rapporteur."
                                ),
                            },
                            {
                                "title": "Réponses et adoption",
                                "text": (
                                    "Dans un additif, l'État indique les recommandations qu'il "
                                    "accepte et celles dont il prend note. Le document final est "
                                    "adopté en séance plénière du Conseil des droits de l'homme "
                                    "environ 3 à 4 mois après l'examen."
                                ),
                            },
                            {
                                "title": "Mise en œuvre, rapport à mi-parcours et suivi",
                                "text": (
                                    "Entre deux examens, l'État met en œuvre les recommandations, "
                                    "tandis que les OSC suivent et font du plaidoyer. Un rapport à "
                                    "mi-parcours est encouragé environ 2 ans à 2 ans et demi après "
                                    "l'examen, et l'examen suivant porte sur ce qui a été fait."
                                ),
                            },
                        ],
                    },
                ],
                [
                    "text",
                    (
                        "<h2>Après le dialogue : les étapes ultérieures</h2><p>Environ 48 heures "
                        "après le dialogue interactif, les recommandations sont publiées dans le "
                        "projet de rapport du Groupe de travail, adopté quelques jours plus tard. "
                        "L'État répond ensuite à chaque recommandation : soit il "
                        "l'<strong>accepte</strong>, soit il en <strong>prend note</strong>. Une "
                        "recommandation acceptée est un engagement pris devant ses pairs ; une "
                        "recommandation dont il a été pris note n'engage pas l'État, mais elle "
                        "reste inscrite au dossier et peut être soulevée à nouveau.</p><p>Le "
                        "document final est adopté lors d'une séance plénière du Conseil des "
                        "droits de l'homme environ 3 à 4 mois après l'examen, à raison d'une heure "
                        "par État. Les ONG dotées du statut consultatif auprès de l'ECOSOC et les "
                        "INDH peuvent alors faire de brèves déclarations.</p><p>Commence alors la "
                        "phase la plus longue et la plus importante : la mise en œuvre. Les OSC "
                        "suivent les progrès, travaillent avec le gouvernement, le parlement, "
                        "l'INDH et les ambassades des États qui ont formulé des recommandations, "
                        "et peuvent publier un rapport à mi-parcours. Lors de l'examen suivant, "
                        "les États regardent ce qui a été fait, et les recommandations non mises "
                        "en œuvre sont souvent reprises.</p>"
                    ),
                ],
                [
                    "glossary",
                    [
                        {
                            "term": "Troïka",
                            "definition": (
                                "Groupe de trois États issus de groupes régionaux différents qui "
                                "fait office de rapporteur pour un examen ; les questions "
                                "préalables des autres États transitent par lui."
                            ),
                        },
                        {
                            "term": "Dialogue interactif",
                            "definition": (
                                "Séance de trois heures et demie du Groupe de travail de l'EPU, à "
                                "Genève, au cours de laquelle l'État examiné présente son rapport "
                                "et les autres États posent des questions et formulent des "
                                "recommandations."
                            ),
                        },
                        {
                            "term": "Recommandation acceptée",
                            "definition": (
                                "Recommandation que l'État examiné s'engage à mettre en œuvre. "
                                "Dans la terminologie anglaise de l'ONU, on parle de "
                                "recommandation « supported »."
                            ),
                        },
                        {
                            "term": "Recommandation dont il a été pris note",
                            "definition": (
                                "Recommandation à laquelle l'État examiné ne s'engage pas ; elle "
                                "reste inscrite au dossier et les OSC peuvent continuer à plaider "
                                "en sa faveur."
                            ),
                        },
                        {
                            "term": "Résumé des informations des parties prenantes",
                            "definition": (
                                "Document établi par le HCDH à partir des contributions écrites "
                                "des OSC, des INDH et des autres parties prenantes ; l'un des "
                                "trois documents de l'examen."
                            ),
                        },
                    ],
                ],
                [
                    "exercise",
                    {
                        "title": "Cartographier le cycle pour votre pays",
                        "instructions": (
                            "<p>Travaillez en groupes de quatre à six personnes. L'objectif est de "
                            "voir le cycle dans son ensemble et de repérer les moments où votre "
                            "organisation peut agir.</p><ol><li>Inscrivez la date (mois et année) "
                            "du prochain examen de votre pays sur une carte et placez-la au milieu "
                            "d'une longue feuille de papier. Si les participants viennent de pays "
                            "différents, chaque groupe en choisit un.</li><li>À l'aide des cartes "
                            "« étapes », placez chaque étape sur la ligne du temps par rapport à "
                            "l'examen : préparation, contributions des parties prenantes, "
                            "pré-sessions et plaidoyer, examen, réponses et adoption, mise en "
                            "œuvre, rapport à mi-parcours.</li><li>Pour chaque étape, notez sur un "
                            "post-it une action que votre organisation pourrait mener à ce "
                            "moment-là.</li><li>Marquez d'une autre couleur les étapes où votre "
                            "organisation est aujourd'hui absente.</li><li>Présentez votre ligne "
                            "du temps à un autre groupe en trois minutes et comparez vos "
                            "choix.</li></ol>"
                        ),
                        "duration_minutes": 30,
                        "materials": (
                            "Une longue feuille de papier ou un pan de mur par groupe, des cartes "
                            "« étapes » préimprimées, des post-it de deux couleurs, des marqueurs "
                            "et la date du prochain examen de chaque pays représenté (d'après le "
                            "calendrier de l'EPU publié par le HCDH)."
                        ),
                    },
                ],
                [
                    "quiz",
                    {
                        "title": "Vérifiez vos connaissances",
                        "questions": [
                            {
                                "question": (
                                    "Qui peut prendre la parole pendant le dialogue interactif à "
                                    "Genève ?"
                                ),
                                "choices": [
                                    {
                                        "text": "L'État examiné et les autres États.",
                                        "correct": True,
                                        "feedback": (
                                            "L'EPU est un examen entre pairs. Les OSC "
                                            "peuvent assister à la séance mais pas y prendre la "
                                            "parole : c'est pourquoi elles agissent par leurs "
                                            "contributions et leur plaidoyer auprès des États."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Toute ONG dotée du statut consultatif auprès de "
                                            "l'ECOSOC, pendant deux minutes."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Les ONG dotées du statut ECOSOC peuvent faire de "
                                            "brèves déclarations lors de l'adoption en plénière au "
                                            "Conseil des droits de l'homme, pas pendant le "
                                            "dialogue du Groupe de travail."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "L'INDH de l'État examiné, juste après la délégation "
                                            "nationale."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Les INDH contribuent par leur propre section du "
                                            "résumé des parties prenantes et peuvent s'exprimer "
                                            "lors de l'adoption en plénière, mais pas pendant le "
                                            "dialogue interactif."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "Un État a pris note d'une recommandation sur la liberté de "
                                    "réunion. Qu'est-ce que cela signifie pour les OSC ?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "La recommandation est retirée du rapport et ne peut "
                                            "plus être soulevée."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Les recommandations dont il a été pris note "
                                            "restent dans le dossier officiel, et les États les "
                                            "reprennent souvent au cycle suivant."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "L'État ne s'y est pas engagé, mais les OSC peuvent "
                                            "continuer à plaider et s'en servir pour ouvrir le "
                                            "dialogue."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Elle n'engage pas l'État, mais elle reste "
                                            "inscrite au dossier : les OSC peuvent documenter la "
                                            "question, rechercher des avancées partielles et "
                                            "préparer l'examen suivant."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "L'État l'a acceptée mais ne la mettra en œuvre "
                                            "qu'après le prochain examen."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Cela ne correspond à aucune des deux réponses "
                                            "possibles : un État accepte une recommandation (il "
                                            "s'engage) ou il en prend note."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "Lequel des trois documents s'appuie directement sur les "
                                    "contributions de la société civile ?"
                                ),
                                "choices": [
                                    {
                                        "text": "Le rapport national.",
                                        "correct": False,
                                        "feedback": (
                                            "C'est l'État qui rédige le rapport national ; "
                                            "les consultations nationales sont encouragées, mais "
                                            "les OSC n'en maîtrisent pas le contenu."
                                        ),
                                    },
                                    {
                                        "text": "La compilation des informations de l'ONU.",
                                        "correct": False,
                                        "feedback": (
                                            "La compilation s'appuie sur des sources "
                                            "onusiennes, comme les organes de traités et les "
                                            "procédures spéciales."
                                        ),
                                    },
                                    {
                                        "text": "Le résumé des informations des parties prenantes.",
                                        "correct": True,
                                        "feedback": (
                                            "Le HCDH condense les contributions des OSC et "
                                            "des autres parties prenantes dans ce résumé, avec une "
                                            "section distincte pour une INDH conforme aux "
                                            "Principes de Paris."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                ],
            ],
        },
        "es": {
            "title": "El EPU en un ciclo: qué es y cómo funciona",
            "slug": "fundamentos-del-epu",
            "summary": (
                "Una introducción al Examen Periódico Universal: quién examina a quién, los tres "
                "documentos en que se basa el examen, qué ocurre en Ginebra y por qué las etapas "
                "posteriores son las que más importan a la sociedad civil."
            ),
            "audience": (
                "Personal y voluntariado de organizaciones de la sociedad civil (OSC) que se "
                "acercan por primera vez al EPU, y personas formadoras que buscan un punto de "
                "partida común para un taller."
            ),
            "objectives": [
                (
                    "Al final, los participantes pueden explicar con sus propias palabras qué es "
                    "el EPU, a quién se examina y con qué frecuencia."
                ),
                (
                    "Al final, los participantes pueden nombrar los tres documentos en que se basa "
                    "un examen e indicar cuál recoge los aportes de la sociedad civil."
                ),
                (
                    "Al final, los participantes pueden describir cómo transcurre el diálogo "
                    "interactivo y qué significan las recomendaciones apoyadas y aquellas de las "
                    "que se tomó nota."
                ),
                (
                    "Al final, los participantes pueden situar las principales etapas de un ciclo "
                    "en una línea de tiempo e identificar dónde puede actuar su organización."
                ),
            ],
            "body": [
                [
                    "text",
                    (
                        "<h2>¿Qué es el Examen Periódico Universal?</h2><p>El Examen Periódico "
                        "Universal (EPU) es un mecanismo del Consejo de Derechos Humanos de las "
                        "Naciones Unidas. Creado en 2006 por la resolución 60/251 de la Asamblea "
                        "General, examina la situación de los derechos humanos en cada uno de los "
                        "193 Estados Miembros de la ONU, una vez por ciclo. Ningún otro mecanismo "
                        "de la ONU abarca a todos los Estados y todos los derechos humanos, y "
                        "hasta ahora todos los Estados han participado.</p><p>El examen lo "
                        "realizan otros Estados: es un examen entre pares. No es un tribunal ni "
                        "dicta sentencias. Su resultado es una lista de recomendaciones a las que "
                        "el Estado examinado debe responder, y es el seguimiento de esas "
                        "recomendaciones, a lo largo de varios años, lo que da a las "
                        "organizaciones de la sociedad civil (OSC) su mayor capacidad de "
                        "incidencia.</p>"
                    ),
                ],
                [
                    "key_points",
                    {
                        "title": "El EPU de un vistazo",
                        "points": [
                            (
                                "Cada Estado Miembro de la ONU es examinado una vez por ciclo; un "
                                "ciclo dura unos cuatro años y medio."
                            ),
                            (
                                "El Grupo de Trabajo se reúne tres veces al año y examina a 14 "
                                "Estados por período de sesiones, unos 42 Estados al año."
                            ),
                            (
                                "El cuarto ciclo comenzó en noviembre de 2022 y se extiende hasta "
                                "principios de 2027, con un fuerte énfasis en la aplicación."
                            ),
                            (
                                "Cada examen se basa en tres documentos: el informe nacional, una "
                                "recopilación de información de las Naciones Unidas y un resumen "
                                "de la información de las partes interesadas."
                            ),
                            (
                                "Solo los Estados toman la palabra en el examen; las OSC influyen "
                                "en él mediante sus contribuciones escritas y su incidencia, antes "
                                "y después."
                            ),
                        ],
                    },
                ],
                [
                    "text",
                    (
                        "<h2>Los tres documentos</h2><p>Antes de cada examen se publican tres "
                        "documentos. Juntos ofrecen a los Estados que formulan recomendaciones una "
                        "imagen de la situación desde distintos ángulos.</p><ul><li><strong>El "
                        "informe nacional</strong>, redactado por el Estado examinado, idealmente "
                        "tras consultas nacionales con la sociedad civil. Tiene un límite de "
                        "10.700 palabras y se presenta unas 12 semanas antes del "
                        "examen.</li><li><strong>La recopilación de información de las Naciones "
                        "Unidas</strong>, preparada por la Oficina del Alto Comisionado para los "
                        "Derechos Humanos (ACNUDH) a partir de las conclusiones de los órganos de "
                        "tratados, los procedimientos especiales y los organismos de la "
                        "ONU.</li><li><strong>El resumen de la información de las partes "
                        "interesadas</strong>, también preparado por el ACNUDH, que condensa las "
                        "contribuciones de las OSC y de otras partes interesadas. Una institución "
                        "nacional de derechos humanos (INDH) conforme a los Principios de París "
                        "tiene una sección propia.</li></ul><p>Este tercer documento es la vía por "
                        "la que la voz de su organización entra en el expediente oficial. Como el "
                        "ACNUDH resume muchas contribuciones en pocas páginas, una contribución "
                        "clara y bien documentada tiene muchas más posibilidades de quedar "
                        "reflejada.</p>"
                    ),
                ],
                [
                    "steps",
                    {
                        "title": "Las etapas de un ciclo, paso a paso",
                        "steps": [
                            {
                                "title": "Preparación",
                                "text": (
                                    "El Estado organiza consultas nacionales (recomendadas, no "
                                    "obligatorias) y redacta su informe nacional, que debe "
                                    "presentar unas 12 semanas antes del examen. Las OSC empiezan "
                                    "a planificar con al menos un año de antelación."
                                ),
                            },
                            {
                                "title": "Contribuciones de las partes interesadas",
                                "text": (
                                    "Las OSC, las coaliciones y las INDH envían sus contribuciones "
                                    "escritas al ACNUDH, normalmente entre 6 y 8 meses antes del "
                                    "examen. Con ellas se elabora el resumen de la información de "
                                    "las partes interesadas."
                                ),
                            },
                            {
                                "title": "Pre-sesiones e incidencia",
                                "text": (
                                    "Las OSC se reúnen con las embajadas en la capital meses antes "
                                    "y pueden intervenir en las pre-sesiones de UPR Info en "
                                    "Ginebra aproximadamente un mes antes. Los Estados pueden "
                                    "enviar preguntas por adelantado a través de la troika unos 10 "
                                    "días hábiles antes del examen."
                                ),
                            },
                            {
                                "title": "El examen",
                                "text": (
                                    "Un diálogo interactivo de tres horas y media en el Grupo de "
                                    "Trabajo, en Ginebra. El Estado presenta su informe, otros "
                                    "Estados formulan preguntas y recomendaciones, y una troika de "
                                    "tres Estados actúa como relatora."
                                ),
                            },
                            {
                                "title": "Respuestas y aprobación",
                                "text": (
                                    "En una adición, el Estado indica qué recomendaciones apoya y "
                                    "de cuáles toma nota. El resultado se aprueba en una sesión "
                                    "plenaria del Consejo de Derechos Humanos unos 3 o 4 meses "
                                    "después del examen."
                                ),
                            },
                            {
                                "title": "Aplicación, informe de mitad de período y seguimiento",
                                "text": (
                                    "Entre un examen y otro, el Estado aplica las recomendaciones "
                                    "y las OSC vigilan e inciden. Se alienta la presentación de "
                                    "informes de mitad de período unos 2 a 2,5 años después del "
                                    "examen, y el siguiente examen analiza lo que se hizo."
                                ),
                            },
                        ],
                    },
                ],
                [
                    "text",
                    (
                        "<h2>Después del diálogo: las etapas posteriores</h2><p>Unas 48 horas "
                        "después del diálogo interactivo, las recomendaciones se publican en el "
                        "proyecto de informe del Grupo de Trabajo, que se aprueba unos días más "
                        "tarde. Luego el Estado responde a cada recomendación: la "
                        "<strong>apoya</strong> o <strong>toma nota</strong> de ella. Una "
                        "recomendación apoyada es un compromiso asumido ante sus pares; una "
                        "recomendación de la que se tomó nota no compromete al Estado, pero queda "
                        "en el expediente y puede plantearse de nuevo.</p><p>El resultado se "
                        "aprueba en una sesión plenaria del Consejo de Derechos Humanos unos 3 o 4 "
                        "meses después del examen, con una hora por Estado. En ese momento, las "
                        "ONG con estatus consultivo ante el ECOSOC y las INDH pueden hacer breves "
                        "declaraciones.</p><p>Entonces empieza la fase más larga y más importante: "
                        "la aplicación. Las OSC siguen los avances, trabajan con el gobierno, el "
                        "parlamento, la INDH y las embajadas de los Estados que formularon "
                        "recomendaciones, y pueden publicar un informe de mitad de período. En el "
                        "siguiente examen, los Estados revisan lo que se hizo, y las "
                        "recomendaciones no aplicadas suelen repetirse.</p>"
                    ),
                ],
                [
                    "glossary",
                    [
                        {
                            "term": "Troika",
                            "definition": (
                                "Grupo de tres Estados de distintos grupos regionales que actúa "
                                "como relator de un examen; las preguntas por adelantado de otros "
                                "Estados se transmiten a través de él."
                            ),
                        },
                        {
                            "term": "Diálogo interactivo",
                            "definition": (
                                "Sesión de tres horas y media del Grupo de Trabajo del EPU, en "
                                "Ginebra, en la que el Estado examinado presenta su informe y "
                                "otros Estados formulan preguntas y recomendaciones."
                            ),
                        },
                        {
                            "term": "Recomendación apoyada",
                            "definition": (
                                "Recomendación que el Estado examinado se compromete a aplicar. La "
                                "base de datos de UPR Info las denomina «aceptadas»."
                            ),
                        },
                        {
                            "term": "Recomendación de la que se tomó nota",
                            "definition": (
                                "Recomendación con la que el Estado examinado no se compromete; "
                                "sigue en el expediente y las OSC pueden seguir haciendo "
                                "incidencia sobre ella."
                            ),
                        },
                        {
                            "term": "Resumen de la información de las partes interesadas",
                            "definition": (
                                "Documento que elabora el ACNUDH a partir de las contribuciones "
                                "escritas de las OSC, las INDH y otras partes interesadas; uno de "
                                "los tres documentos del examen."
                            ),
                        },
                    ],
                ],
                [
                    "exercise",
                    {
                        "title": "Trazar el ciclo de su país",
                        "instructions": (
                            "<p>Trabajen en grupos de cuatro a seis personas. El objetivo es ver "
                            "el ciclo completo de un vistazo y detectar los momentos en que su "
                            "organización puede actuar.</p><ol><li>Escriban la fecha (mes y año) "
                            "del próximo examen de su país en una tarjeta y colóquenla en el "
                            "centro de una hoja larga de papel. Si las personas participantes "
                            "vienen de países distintos, cada grupo elige uno.</li><li>Con las "
                            "tarjetas de etapas, sitúen cada etapa en la línea de tiempo en "
                            "relación con el examen: preparación, contribuciones de las partes "
                            "interesadas, pre-sesiones e incidencia, examen, respuestas y "
                            "aprobación, aplicación, informe de mitad de período.</li><li>Para "
                            "cada etapa, anoten en una nota adhesiva una acción que su "
                            "organización podría realizar en ese momento.</li><li>Marquen con otro "
                            "color las etapas en las que su organización está ausente "
                            "hoy.</li><li>Presenten su línea de tiempo a otro grupo en tres "
                            "minutos y comparen sus decisiones.</li></ol>"
                        ),
                        "duration_minutes": 30,
                        "materials": (
                            "Una hoja larga de papel o un trozo de pared por grupo, tarjetas de "
                            "etapas preimpresas, notas adhesivas de dos colores, rotuladores y la "
                            "fecha del próximo examen de cada país representado (según el "
                            "calendario del EPU publicado por el ACNUDH)."
                        ),
                    },
                ],
                [
                    "quiz",
                    {
                        "title": "Compruebe lo aprendido",
                        "questions": [
                            {
                                "question": (
                                    "¿Quién puede tomar la palabra durante el diálogo interactivo "
                                    "en Ginebra?"
                                ),
                                "choices": [
                                    {
                                        "text": "El Estado examinado y los demás Estados.",
                                        "correct": True,
                                        "feedback": (
                                            "El EPU es un examen entre pares. Las OSC "
                                            "pueden asistir a la sesión pero no intervenir; por "
                                            "eso actúan mediante sus contribuciones y su "
                                            "incidencia ante los Estados."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Cualquier ONG con estatus consultivo ante el ECOSOC, "
                                            "durante dos minutos."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Las ONG con estatus ECOSOC pueden hacer breves "
                                            "declaraciones en la aprobación en plenaria del "
                                            "Consejo de Derechos Humanos, no en el diálogo del "
                                            "Grupo de Trabajo."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "La INDH del Estado examinado, justo después de la "
                                            "delegación nacional."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Las INDH contribuyen con su propia sección del "
                                            "resumen de las partes interesadas y pueden intervenir "
                                            "en la aprobación en plenaria, pero no en el diálogo "
                                            "interactivo."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "Un Estado tomó nota de una recomendación sobre la libertad de "
                                    "reunión. ¿Qué significa esto para las OSC?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "La recomendación se elimina del informe y no puede "
                                            "volver a plantearse."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Las recomendaciones de las que se tomó nota "
                                            "permanecen en el expediente oficial, y los Estados a "
                                            "menudo las repiten en el ciclo siguiente."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "El Estado no se comprometió con ella, pero las OSC "
                                            "pueden seguir haciendo incidencia y usarla para abrir "
                                            "un diálogo."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "No es un compromiso, pero sigue en el "
                                            "expediente: las OSC pueden documentar el tema, buscar "
                                            "avances parciales y preparar el siguiente examen."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "El Estado la aceptó, pero solo la aplicará después "
                                            "del próximo examen."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Eso no corresponde a ninguna de las dos "
                                            "respuestas posibles: el Estado apoya una "
                                            "recomendación (se compromete) o toma nota de ella."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "¿Cuál de los tres documentos se basa directamente en las "
                                    "contribuciones de la sociedad civil?"
                                ),
                                "choices": [
                                    {
                                        "text": "El informe nacional.",
                                        "correct": False,
                                        "feedback": (
                                            "El informe nacional lo redacta el Estado; se "
                                            "recomiendan las consultas nacionales, pero las OSC no "
                                            "controlan su contenido."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "La recopilación de información de las Naciones Unidas."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "La recopilación se basa en fuentes de la ONU, "
                                            "como los órganos de tratados y los procedimientos "
                                            "especiales."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "El resumen de la información de las partes "
                                            "interesadas."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "El ACNUDH condensa las contribuciones de "
                                            "las OSC y otras partes interesadas en este resumen, "
                                            "con una sección propia para una INDH conforme a los "
                                            "Principios de París."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                ],
            ],
        },
    },
    {
        "key": "stakeholder-submission",
        "level": "intermediate",
        "duration_minutes": 90,
        "themes": [],
        "stages": ["preparation", "stakeholder-submissions"],
        "en": {
            "title": "Writing a stakeholder submission, alone or as a coalition",
            "slug": "writing-a-stakeholder-submission",
            "summary": (
                "How to plan, structure and write a UPR stakeholder submission, alone or as a "
                "coalition, so that its key facts and recommendations come through in OHCHR's "
                "summary and reach recommending States."
            ),
            "audience": (
                "CSO staff and coalition coordinators who will draft or coordinate a written "
                "submission for their country's next review."
            ),
            "objectives": [
                (
                    "By the end, participants can work back from the review date to plan a "
                    "submission that meets OHCHR's deadline."
                ),
                (
                    "By the end, participants can decide whether to submit alone or jointly, and "
                    "set up a coalition with clear roles."
                ),
                (
                    "By the end, participants can structure an issue section that assesses earlier "
                    "recommendations and ends with clear recommendations."
                ),
                (
                    "By the end, participants can check a draft against a quality checklist, "
                    "including the formal requirements in OHCHR's current technical guidelines."
                ),
            ],
            "body": [
                [
                    "text",
                    (
                        "<h2>Why your submission matters</h2><p>Stakeholder submissions are the "
                        "main written channel for civil society in the UPR. OHCHR condenses them "
                        "into the summary of stakeholder information, one of the three documents "
                        "on which the review is based. Diplomats preparing recommendations read "
                        "that summary, and many also read the full submissions.</p><p>A submission "
                        "can be individual or joint. A joint submission from a coalition shows "
                        "that concerns are shared across organisations and regions of the country, "
                        "pools evidence and expertise, and is easier for diplomats to work with "
                        "than a dozen scattered reports. Individual submissions remain useful for "
                        "specialised issues, or when an organisation needs its own voice, for "
                        "example on a sensitive topic.</p>"
                    ),
                ],
                [
                    "key_points",
                    {
                        "title": "Deadlines and formal rules: what to check",
                        "points": [
                            (
                                "Submissions are due about 6 to 8 months before the review (older "
                                "guidance said at least 6 months), so drafting usually starts a "
                                "year or more ahead."
                            ),
                            (
                                "They are sent through OHCHR's online portal, which is open only "
                                "for a limited window: for the review session held in November "
                                "2022, it was open from 21 February to 31 March 2022."
                            ),
                            (
                                "Length limits have changed over time: older guidance allowed 5 "
                                "pages for an individual submission and 10 for a joint one. Check "
                                "OHCHR's current technical guidelines for the cycle before you "
                                "start drafting."
                            ),
                            (
                                "An NHRI that complies with the Paris Principles has a separate "
                                "section in the summary; CSOs and coalitions are summarised "
                                "together."
                            ),
                            (
                                "A submission that misses the deadline or ignores the formal "
                                "requirements may not be taken into account, however good its "
                                "content."
                            ),
                        ],
                    },
                ],
                [
                    "text",
                    (
                        "<h2>Building and running a coalition</h2><p>Coalitions are strongest when "
                        "they are organised before drafting begins. An illustrative composite: a "
                        "coalition in a West African country brought together some twenty "
                        "organisations working on women's rights, detention and land issues; they "
                        "agreed on a lead organisation, divided the chapters by theme and met "
                        "every month until the submission went in.</p><ul><li>Agree on a lead "
                        "organisation and a small editorial group that holds the "
                        "pen.</li><li>Share out issue chapters according to expertise and "
                        "evidence, not according to who speaks loudest.</li><li>Set internal "
                        "deadlines well ahead of OHCHR's, leaving time for all members to validate "
                        "the text.</li><li>Decide early how members will be listed and how "
                        "sensitive information and sources will be protected.</li></ul>"
                    ),
                ],
                [
                    "steps",
                    {
                        "title": "From first meeting to submitted document",
                        "steps": [
                            {
                                "title": "Work back from the review date",
                                "text": (
                                    "Find the date of the review in OHCHR's calendar and note the "
                                    "submission deadline. Build an internal timetable with dates "
                                    "for drafting, validation and final sign-off."
                                ),
                            },
                            {
                                "title": "Form the coalition and agree on roles",
                                "text": (
                                    "Decide who leads, who drafts which chapter and who edits. "
                                    "Record your decisions on how members will be named and how "
                                    "sources will be protected."
                                ),
                            },
                            {
                                "title": "Review the last cycle",
                                "text": (
                                    "List the recommendations the State received at its previous "
                                    "review, its responses (supported or noted) and what has "
                                    "happened since. Databases of recommendations, such as UPR "
                                    "Info's, make this easier."
                                ),
                            },
                            {
                                "title": "Choose priority issues and gather evidence",
                                "text": (
                                    "Select a limited number of issues on which you have solid, "
                                    "recent evidence. Use data, documented cases and official "
                                    "sources, and cite them."
                                ),
                            },
                            {
                                "title": "Draft issue sections with recommendations",
                                "text": (
                                    "For each issue, assess the implementation of earlier "
                                    "recommendations, describe the current situation and end with "
                                    "a few concrete, SMART recommendations."
                                ),
                            },
                            {
                                "title": "Validate, check and submit",
                                "text": (
                                    "Circulate the draft for validation, check it against OHCHR's "
                                    "current technical guidelines and submit it through the online "
                                    "portal before the deadline."
                                ),
                            },
                        ],
                    },
                ],
                [
                    "text",
                    (
                        "<h2>A structure that works</h2><p>OHCHR will summarise your submission in "
                        "a few lines per issue, so make the key points easy to find. Many "
                        "coalitions use a structure like this:</p><ol><li>A short introduction: "
                        "who is submitting, the members of the coalition and how the information "
                        "was gathered.</li><li>For each priority issue, follow-up to the previous "
                        "review: the recommendations received, the State's response and your "
                        "assessment of implementation.</li><li>New developments on that issue "
                        "since the last review, backed by evidence.</li><li>Recommendations for "
                        "each issue, numbered and addressed to the State under "
                        "review.</li></ol><p>Write short paragraphs, put the most important fact "
                        "first and keep the tone factual. Number your paragraphs and give sources "
                        "in footnotes, so that both OHCHR and diplomats can quote you "
                        "precisely.</p>"
                    ),
                ],
                [
                    "glossary",
                    [
                        {
                            "term": "Stakeholder submission",
                            "definition": (
                                "A written report sent to OHCHR by a CSO, coalition, NHRI or other "
                                "stakeholder ahead of a State's review."
                            ),
                        },
                        {
                            "term": "Joint submission",
                            "definition": (
                                "A submission prepared and signed by several organisations, often "
                                "as a national or thematic coalition."
                            ),
                        },
                        {
                            "term": "Summary of stakeholder information",
                            "definition": (
                                "OHCHR's short summary of all stakeholder submissions for one "
                                "review; one of the three documents of the review."
                            ),
                        },
                        {
                            "term": "Technical guidelines",
                            "definition": (
                                "OHCHR's instructions on format, length, deadlines and how to "
                                "submit; they are updated for each cycle, so always check the "
                                "current version."
                            ),
                        },
                        {
                            "term": "Implementation status",
                            "definition": (
                                "Your evidence-based assessment of how far a previous "
                                "recommendation has been put into practice: fully, partly or not "
                                "at all."
                            ),
                        },
                    ],
                ],
                [
                    "exercise",
                    {
                        "title": "Draft and peer-review one issue section",
                        "instructions": (
                            "<p>In this exercise, small groups draft one issue section and test it "
                            "against a checklist, as an editorial group would.</p><ol><li>Form "
                            "groups of three or four and choose one issue your organisations know "
                            "well.</li><li>Using the handout of previous recommendations, pick one "
                            "or two that relate to your issue and note the State's "
                            "response.</li><li>Draft a section of no more than 300 words: an "
                            "assessment of implementation, two or three key facts with sources, "
                            "and two recommendations.</li><li>Swap drafts with another group. "
                            "Review their section against the checklist and write three comments: "
                            "one strength and two improvements.</li><li>Take back your draft, "
                            "revise your section and read out your strongest recommendation in "
                            "plenary.</li></ol>"
                        ),
                        "duration_minutes": 40,
                        "materials": (
                            "A handout with a selection of recommendations from the previous "
                            "review of one or more countries, a printed quality checklist "
                            "(deadline, length according to the current guidelines, structure, "
                            "evidence, sources, SMART recommendations), paper or laptops, and a "
                            "timer."
                        ),
                    },
                ],
                [
                    "quiz",
                    {
                        "title": "Check your understanding",
                        "questions": [
                            {
                                "question": (
                                    "Your country's review is scheduled for next November. When "
                                    "should your coalition aim to submit?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "About one month before the review, in time for the "
                                            "pre-sessions."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "One month before is when the pre-sessions take "
                                            "place; by then the summary of stakeholder information "
                                            "has long been finished."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "About 6 to 8 months before the review, which means "
                                            "starting work a year or more ahead."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Submissions are due about 6 to 8 months before "
                                            "the review, through a portal that is open only for a "
                                            "limited window, so planning must start early."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Any time before the review, since OHCHR updates the "
                                            "summary until the last day."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "The summary is prepared well before the review, "
                                            "from the submissions received by the deadline."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "A member of your coalition says that a joint submission may "
                                    "be 10 pages long. What should you do?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Accept it: the 10-page limit for joint submissions "
                                            "has always applied."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Page limits come from older guidance and have "
                                            "changed over time; relying on them risks a submission "
                                            "that does not meet the requirements."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Check OHCHR's current technical guidelines for the "
                                            "cycle before drafting."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Formal requirements such as length are set in "
                                            "OHCHR's technical guidelines and change from cycle to "
                                            "cycle, so the current version is the only safe "
                                            "reference."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Ignore length: OHCHR summarises everything anyway."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Length and format rules exist precisely because "
                                            "OHCHR must summarise many submissions; exceeding them "
                                            "can mean your content is not taken into account."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "Which issue section is most useful to OHCHR and to "
                                    "recommending States?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "A detailed history of the issue over the last thirty "
                                            "years."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Background helps, but the summary focuses on the "
                                            "current situation and on what has happened since the "
                                            "last review."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "An assessment of previous recommendations, recent "
                                            "evidence with sources, and a few concrete "
                                            "recommendations."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "This structure links the new cycle to the "
                                            "previous one, makes your facts easy to summarise and "
                                            "gives diplomats wording they can use."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "A long list of every documented violation, without "
                                            "recommendations, to show the scale of the problem."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Without priorities and recommendations, your key "
                                            "points are likely to be lost in the summary, and "
                                            "diplomats have nothing to propose."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                ],
            ],
        },
        "fr": {
            "title": "Rédiger une contribution des parties prenantes, seul ou en coalition",
            "slug": "rediger-une-contribution-des-parties-prenantes",
            "summary": (
                "Comment planifier, structurer et rédiger une contribution des parties prenantes à "
                "l'EPU, seul ou en coalition, pour que ses faits clés et ses recommandations "
                "figurent dans le résumé du HCDH et parviennent aux États."
            ),
            "audience": (
                "Personnel d'OSC et coordinateurs de coalitions qui vont rédiger ou coordonner une "
                "contribution écrite en vue du prochain examen de leur pays."
            ),
            "objectives": [
                (
                    "À la fin, les participants peuvent planifier une contribution à rebours à "
                    "partir de la date de l'examen, en respectant l'échéance du HCDH."
                ),
                (
                    "À la fin, les participants peuvent choisir entre une contribution "
                    "individuelle ou conjointe et mettre en place une coalition aux rôles clairs."
                ),
                (
                    "À la fin, les participants peuvent structurer une section thématique qui "
                    "évalue les recommandations antérieures et se conclut par des recommandations "
                    "claires."
                ),
                (
                    "À la fin, les participants peuvent vérifier un projet à l'aide d'une grille "
                    "de qualité, y compris les exigences formelles des directives techniques en "
                    "vigueur du HCDH."
                ),
            ],
            "body": [
                [
                    "text",
                    (
                        "<h2>Pourquoi votre contribution compte</h2><p>Les contributions des "
                        "parties prenantes sont le principal canal écrit de la société civile dans "
                        "l'EPU. Le HCDH les condense dans le résumé des informations des parties "
                        "prenantes, l'un des trois documents sur lesquels repose l'examen. Les "
                        "diplomates qui préparent des recommandations lisent ce résumé, et "
                        "beaucoup lisent aussi les contributions complètes.</p><p>Une contribution "
                        "peut être individuelle ou conjointe. Une contribution conjointe, portée "
                        "par une coalition, montre que les préoccupations sont partagées par de "
                        "nombreuses organisations et régions du pays, met en commun preuves et "
                        "expertise, et se révèle plus facile à exploiter pour les diplomates "
                        "qu'une douzaine de rapports dispersés. Une contribution individuelle "
                        "reste utile sur des questions spécialisées ou lorsqu'une organisation a "
                        "besoin de sa propre voix, par exemple sur un sujet sensible.</p>"
                    ),
                ],
                [
                    "key_points",
                    {
                        "title": "Échéances et règles formelles : ce qu'il faut vérifier",
                        "points": [
                            (
                                "Les contributions sont attendues environ 6 à 8 mois avant "
                                "l'examen (les anciennes directives parlaient d'au moins 6 mois) : "
                                "la rédaction commence donc souvent un an ou plus à l'avance."
                            ),
                            (
                                "Elles sont transmises par la plateforme en ligne du HCDH, ouverte "
                                "pendant une période limitée : pour la session d'examen de "
                                "novembre 2022, elle l'était du 21 février au 31 mars 2022."
                            ),
                            (
                                "Les limites de longueur ont évolué : les anciennes directives "
                                "prévoyaient 5 pages pour une contribution individuelle et 10 pour "
                                "une contribution conjointe. Vérifiez les directives techniques en "
                                "vigueur du HCDH pour le cycle avant de commencer à rédiger."
                            ),
                            (
                                "Une INDH conforme aux Principes de Paris dispose d'une section "
                                "distincte dans le résumé ; les OSC et les coalitions sont "
                                "résumées ensemble."
                            ),
                            (
                                "Une contribution envoyée hors délai ou qui ne respecte pas les "
                                "exigences formelles risque de ne pas être prise en compte, quelle "
                                "que soit la qualité de son contenu."
                            ),
                        ],
                    },
                ],
                [
                    "text",
                    (
                        "<h2>Construire et animer une coalition</h2><p>Une coalition est plus "
                        "forte lorsqu'elle s'organise avant le début de la rédaction. Exemple "
                        "fictif, composé à partir de plusieurs expériences : une coalition d'un "
                        "pays d'Afrique de l'Ouest a réuni une vingtaine d'organisations "
                        "travaillant sur les droits des femmes, la détention et les questions "
                        "foncières ; elles ont désigné une organisation chef de file, réparti les "
                        "chapitres par thème et se sont réunies chaque mois jusqu'à l'envoi de la "
                        "contribution.</p><ul><li>Désignez une organisation chef de file et un "
                        "petit comité de rédaction qui tient la plume.</li><li>Répartissez les "
                        "chapitres selon l'expertise et les preuves disponibles, pas selon qui "
                        "parle le plus fort.</li><li>Fixez des échéances internes bien avant celle "
                        "du HCDH, en laissant à tous les membres le temps de valider le "
                        "texte.</li><li>Décidez tôt comment les membres seront mentionnés et "
                        "comment les informations et les sources sensibles seront "
                        "protégées.</li></ul>"
                    ),
                ],
                [
                    "steps",
                    {
                        "title": "De la première réunion à l'envoi",
                        "steps": [
                            {
                                "title": "Partir de la date de l'examen",
                                "text": (
                                    "Repérez la date de l'examen dans le calendrier du HCDH et "
                                    "notez l'échéance des contributions. Établissez un calendrier "
                                    "interne avec les dates de rédaction, de validation et "
                                    "d'approbation finale."
                                ),
                            },
                            {
                                "title": "Former la coalition et répartir les rôles",
                                "text": (
                                    "Décidez qui pilote, qui rédige quel chapitre et qui relit. "
                                    "Consignez vos décisions sur la manière de mentionner les "
                                    "membres et de protéger les sources."
                                ),
                            },
                            {
                                "title": "Faire le bilan du cycle précédent",
                                "text": (
                                    "Dressez la liste des recommandations reçues par l'État lors "
                                    "de l'examen précédent, de ses réponses (acceptées ou dont il "
                                    "a été pris note) et de ce qui s'est passé depuis. Les bases "
                                    "de données de recommandations, comme celle d'UPR Info, "
                                    "facilitent ce travail."
                                ),
                            },
                            {
                                "title": (
                                    "Choisir les questions prioritaires et rassembler les preuves"
                                ),
                                "text": (
                                    "Retenez un nombre limité de questions sur lesquelles vous "
                                    "disposez de preuves solides et récentes. Utilisez des "
                                    "données, des cas documentés et des sources officielles, et "
                                    "citez-les."
                                ),
                            },
                            {
                                "title": "Rédiger les sections et leurs recommandations",
                                "text": (
                                    "Pour chaque question, évaluez la mise en œuvre des "
                                    "recommandations antérieures, décrivez la situation actuelle "
                                    "et terminez par quelques recommandations concrètes et SMART."
                                ),
                            },
                            {
                                "title": "Valider, vérifier et envoyer",
                                "text": (
                                    "Faites circuler le projet pour validation, vérifiez-le au "
                                    "regard des directives techniques en vigueur du HCDH et "
                                    "envoyez-le par la plateforme en ligne avant l'échéance."
                                ),
                            },
                        ],
                    },
                ],
                [
                    "text",
                    (
                        "<h2>Une structure qui fonctionne</h2><p>Le HCDH résumera votre "
                        "contribution en quelques lignes par question : rendez les points clés "
                        "faciles à repérer. De nombreuses coalitions adoptent une structure de ce "
                        "type :</p><ol><li>Une brève introduction : qui soumet la contribution, "
                        "les membres de la coalition et la manière dont les informations ont été "
                        "recueillies.</li><li>Pour chaque question prioritaire, le suivi de "
                        "l'examen précédent : les recommandations reçues, la réponse de l'État et "
                        "votre évaluation de leur mise en œuvre.</li><li>Les faits nouveaux sur "
                        "cette question depuis le dernier examen, preuves à l'appui.</li><li>Des "
                        "recommandations pour chaque question, numérotées et adressées à l'État "
                        "examiné.</li></ol><p>Rédigez des paragraphes courts, placez le fait le "
                        "plus important en premier et gardez un ton factuel. Numérotez vos "
                        "paragraphes et indiquez vos sources en notes de bas de page, afin que le "
                        "HCDH comme les diplomates puissent vous citer avec précision.</p>"
                    ),
                ],
                [
                    "glossary",
                    [
                        {
                            "term": "Contribution des parties prenantes",
                            "definition": (
                                "Rapport écrit envoyé au HCDH par une OSC, une coalition, une INDH "
                                "ou une autre partie prenante avant l'examen d'un État."
                            ),
                        },
                        {
                            "term": "Contribution conjointe",
                            "definition": (
                                "Contribution préparée et signée par plusieurs organisations, "
                                "souvent réunies en coalition nationale ou thématique."
                            ),
                        },
                        {
                            "term": "Résumé des informations des parties prenantes",
                            "definition": (
                                "Résumé succinct, établi par le HCDH, de toutes les contributions "
                                "des parties prenantes pour un examen ; l'un des trois documents "
                                "de l'examen."
                            ),
                        },
                        {
                            "term": "Directives techniques",
                            "definition": (
                                "Instructions du HCDH sur le format, la longueur, les échéances et "
                                "les modalités d'envoi ; elles sont mises à jour à chaque cycle, "
                                "vérifiez donc toujours la version en vigueur."
                            ),
                        },
                        {
                            "term": "État de mise en œuvre",
                            "definition": (
                                "Votre évaluation, fondée sur des preuves, du degré de mise en "
                                "œuvre d'une recommandation antérieure : totale, partielle ou "
                                "nulle."
                            ),
                        },
                    ],
                ],
                [
                    "exercise",
                    {
                        "title": "Rédiger et relire une section thématique",
                        "instructions": (
                            "<p>Dans cet exercice, de petits groupes rédigent une section "
                            "thématique et la confrontent à une grille de qualité, comme le ferait "
                            "un comité de rédaction.</p><ol><li>Formez des groupes de trois ou "
                            "quatre personnes et choisissez une question que vos organisations "
                            "connaissent bien.</li><li>À l'aide du document sur les "
                            "recommandations antérieures, choisissez-en une ou deux liées à votre "
                            "question et notez la réponse de l'État.</li><li>Rédigez une section "
                            "de 300 mots au maximum : une évaluation de la mise en œuvre, deux ou "
                            "trois faits clés avec leurs sources, et deux "
                            "recommandations.</li><li>Échangez votre texte avec un autre groupe. "
                            "Relisez sa section à l'aide de la grille et rédigez trois "
                            "commentaires : un point fort et deux améliorations.</li><li>Récupérez "
                            "votre texte, révisez votre section et lisez en plénière votre "
                            "meilleure recommandation.</li></ol>"
                        ),
                        "duration_minutes": 40,
                        "materials": (
                            "Un document présentant une sélection de recommandations issues de "
                            "l'examen précédent d'un ou plusieurs pays, une grille de qualité "
                            "imprimée (échéance, longueur selon les directives en vigueur, "
                            "structure, preuves, sources, recommandations SMART), du papier ou des "
                            "ordinateurs portables, et un minuteur."
                        ),
                    },
                ],
                [
                    "quiz",
                    {
                        "title": "Vérifiez vos connaissances",
                        "questions": [
                            {
                                "question": (
                                    "L'examen de votre pays est prévu en novembre prochain. Quand "
                                    "votre coalition doit-elle viser à envoyer sa contribution ?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Environ un mois avant l'examen, à temps pour les "
                                            "pré-sessions."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "C'est à ce moment-là qu'ont lieu les "
                                            "pré-sessions ; le résumé des informations des parties "
                                            "prenantes est alors achevé depuis longtemps."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Environ 6 à 8 mois avant l'examen, ce qui suppose de "
                                            "commencer un an ou plus à l'avance."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Les contributions sont attendues environ 6 à 8 "
                                            "mois avant l'examen, par une plateforme ouverte "
                                            "pendant une période limitée : la planification doit "
                                            "donc commencer tôt."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "À tout moment avant l'examen, puisque le HCDH met le "
                                            "résumé à jour jusqu'au dernier jour."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Le résumé est préparé bien avant l'examen, à "
                                            "partir des contributions reçues dans les délais."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "Un membre de votre coalition affirme qu'une contribution "
                                    "conjointe peut compter 10 pages. Que faites-vous ?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Vous le suivez : la limite de 10 pages pour les "
                                            "contributions conjointes s'est toujours appliquée."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Les limites en pages proviennent d'anciennes "
                                            "directives et ont évolué ; s'y fier expose à envoyer "
                                            "une contribution non conforme."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Vous vérifiez les directives techniques en vigueur du "
                                            "HCDH pour le cycle avant de rédiger."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Les exigences formelles, comme la longueur, "
                                            "sont fixées dans les directives techniques du HCDH et "
                                            "changent d'un cycle à l'autre : seule la version en "
                                            "vigueur fait foi."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Vous ignorez la question de la longueur : le HCDH "
                                            "résume tout de toute façon."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Les règles de longueur et de format existent "
                                            "justement parce que le HCDH doit résumer de "
                                            "nombreuses contributions ; les dépasser peut empêcher "
                                            "la prise en compte de votre contenu."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "Quelle section thématique est la plus utile au HCDH et aux "
                                    "États qui formulent des recommandations ?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Un historique détaillé de la question sur les trente "
                                            "dernières années."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Le contexte aide, mais le résumé se concentre "
                                            "sur la situation actuelle et sur ce qui s'est passé "
                                            "depuis le dernier examen."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Une évaluation des recommandations antérieures, des "
                                            "preuves récentes et sourcées, et quelques "
                                            "recommandations concrètes."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Cette structure relie le nouveau cycle au "
                                            "précédent, rend vos faits faciles à résumer et "
                                            "fournit aux diplomates des formulations qu'ils "
                                            "peuvent reprendre."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Une longue liste de toutes les violations "
                                            "documentées, sans recommandations, pour montrer "
                                            "l'ampleur du problème."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Sans priorités ni recommandations, vos points "
                                            "clés risquent de se perdre dans le résumé, et les "
                                            "diplomates n'ont rien à proposer."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                ],
            ],
        },
        "es": {
            "title": (
                "Redactar una contribución de las partes interesadas, individual o en coalición"
            ),
            "slug": "redactar-una-contribucion-de-las-partes-interesadas",
            "summary": (
                "Cómo planificar, estructurar y redactar una contribución de las partes "
                "interesadas para el EPU, individual o en coalición, para que sus datos clave y "
                "recomendaciones lleguen al resumen del ACNUDH y a los Estados."
            ),
            "audience": (
                "Personal de OSC y personas coordinadoras de coaliciones que van a redactar o "
                "coordinar una contribución escrita para el próximo examen de su país."
            ),
            "objectives": [
                (
                    "Al final, los participantes pueden planificar una contribución hacia atrás "
                    "desde la fecha del examen, cumpliendo el plazo del ACNUDH."
                ),
                (
                    "Al final, los participantes pueden decidir entre una contribución individual "
                    "o conjunta y organizar una coalición con funciones claras."
                ),
                (
                    "Al final, los participantes pueden estructurar una sección temática que "
                    "evalúe las recomendaciones anteriores y termine con recomendaciones claras."
                ),
                (
                    "Al final, los participantes pueden revisar un borrador con una lista de "
                    "control de calidad, incluidos los requisitos formales de las directrices "
                    "técnicas vigentes del ACNUDH."
                ),
            ],
            "body": [
                [
                    "text",
                    (
                        "<h2>Por qué importa su contribución</h2><p>Las contribuciones de las "
                        "partes interesadas son el principal canal escrito de la sociedad civil en "
                        "el EPU. El ACNUDH las condensa en el resumen de la información de las "
                        "partes interesadas, uno de los tres documentos en que se basa el examen. "
                        "El personal diplomático que prepara recomendaciones lee ese resumen y, "
                        "muchas veces, también las contribuciones completas.</p><p>Una "
                        "contribución puede ser individual o conjunta. Una contribución conjunta, "
                        "presentada por una coalición, muestra que las preocupaciones son "
                        "compartidas por muchas organizaciones y regiones del país, reúne pruebas "
                        "y experiencia, y resulta más fácil de aprovechar para el cuerpo "
                        "diplomático que una docena de informes dispersos. Las contribuciones "
                        "individuales siguen siendo útiles para temas especializados o cuando una "
                        "organización necesita su propia voz, por ejemplo sobre un tema "
                        "delicado.</p>"
                    ),
                ],
                [
                    "key_points",
                    {
                        "title": "Plazos y normas formales: qué comprobar",
                        "points": [
                            (
                                "Las contribuciones se presentan unos 6 a 8 meses antes del examen "
                                "(las directrices anteriores hablaban de al menos 6 meses), por lo "
                                "que la redacción suele empezar un año o más antes."
                            ),
                            (
                                "Se envían a través del portal en línea del ACNUDH, que solo está "
                                "abierto durante un período limitado: para el período de sesiones "
                                "de noviembre de 2022, estuvo abierto del 21 de febrero al 31 de "
                                "marzo de 2022."
                            ),
                            (
                                "Los límites de extensión han cambiado con el tiempo: las "
                                "directrices anteriores permitían 5 páginas para una contribución "
                                "individual y 10 para una conjunta. Consulten las directrices "
                                "técnicas vigentes del ACNUDH para el ciclo antes de empezar a "
                                "redactar."
                            ),
                            (
                                "Una INDH conforme a los Principios de París tiene una sección "
                                "propia en el resumen; las OSC y las coaliciones se resumen juntas."
                            ),
                            (
                                "Una contribución que llega fuera de plazo o no cumple los "
                                "requisitos formales puede no tenerse en cuenta, por bueno que sea "
                                "su contenido."
                            ),
                        ],
                    },
                ],
                [
                    "text",
                    (
                        "<h2>Formar y coordinar una coalición</h2><p>Las coaliciones son más "
                        "fuertes cuando se organizan antes de empezar a redactar. Un ejemplo "
                        "ilustrativo, compuesto a partir de varias experiencias: una coalición de "
                        "un país de África Occidental reunió a una veintena de organizaciones que "
                        "trabajaban en derechos de las mujeres, detención y tierras; acordaron una "
                        "organización líder, repartieron los capítulos por tema y se reunieron "
                        "cada mes hasta enviar la contribución.</p><ul><li>Acuerden una "
                        "organización líder y un pequeño equipo de redacción que lleve la "
                        "pluma.</li><li>Repartan los capítulos según la experiencia y las pruebas "
                        "disponibles, no según quién habla más alto.</li><li>Fijen plazos internos "
                        "muy anteriores al del ACNUDH, con tiempo para que todos los miembros "
                        "validen el texto.</li><li>Decidan pronto cómo se mencionará a los "
                        "miembros y cómo se protegerán la información y las fuentes "
                        "sensibles.</li></ul>"
                    ),
                ],
                [
                    "steps",
                    {
                        "title": "De la primera reunión al envío",
                        "steps": [
                            {
                                "title": "Partir de la fecha del examen",
                                "text": (
                                    "Busquen la fecha del examen en el calendario del ACNUDH y "
                                    "anoten el plazo de presentación. Elaboren un calendario "
                                    "interno con fechas de redacción, validación y aprobación "
                                    "final."
                                ),
                            },
                            {
                                "title": "Formar la coalición y repartir funciones",
                                "text": (
                                    "Decidan quién coordina, quién redacta cada capítulo y quién "
                                    "edita. Dejen constancia de cómo se nombrará a los miembros y "
                                    "cómo se protegerán las fuentes."
                                ),
                            },
                            {
                                "title": "Revisar el ciclo anterior",
                                "text": (
                                    "Hagan una lista de las recomendaciones que recibió el Estado "
                                    "en el examen anterior, sus respuestas (apoyadas o de las que "
                                    "se tomó nota) y lo ocurrido desde entonces. Las bases de "
                                    "datos de recomendaciones, como la de UPR Info, facilitan esta "
                                    "tarea."
                                ),
                            },
                            {
                                "title": "Elegir temas prioritarios y reunir pruebas",
                                "text": (
                                    "Seleccionen un número limitado de temas sobre los que tengan "
                                    "pruebas sólidas y recientes. Utilicen datos, casos "
                                    "documentados y fuentes oficiales, y cítenlos."
                                ),
                            },
                            {
                                "title": "Redactar las secciones con sus recomendaciones",
                                "text": (
                                    "Para cada tema, evalúen la aplicación de las recomendaciones "
                                    "anteriores, describan la situación actual y terminen con unas "
                                    "pocas recomendaciones concretas y SMART."
                                ),
                            },
                            {
                                "title": "Validar, revisar y enviar",
                                "text": (
                                    "Hagan circular el borrador para su validación, revísenlo "
                                    "según las directrices técnicas vigentes del ACNUDH y envíenlo "
                                    "por el portal en línea antes del plazo."
                                ),
                            },
                        ],
                    },
                ],
                [
                    "text",
                    (
                        "<h2>Una estructura que funciona</h2><p>El ACNUDH resumirá su contribución "
                        "en pocas líneas por tema, así que procuren que los puntos clave sean "
                        "fáciles de encontrar. Muchas coaliciones utilizan una estructura como "
                        "esta:</p><ol><li>Una breve introducción: quién presenta la contribución, "
                        "qué organizaciones integran la coalición y cómo se reunió la "
                        "información.</li><li>Para cada tema prioritario, el seguimiento del "
                        "examen anterior: las recomendaciones recibidas, la respuesta del Estado y "
                        "su evaluación de la aplicación.</li><li>Los hechos nuevos sobre ese tema "
                        "desde el último examen, con pruebas.</li><li>Recomendaciones para cada "
                        "tema, numeradas y dirigidas al Estado examinado.</li></ol><p>Escriban "
                        "párrafos cortos, pongan primero el dato más importante y mantengan un "
                        "tono factual. Numeren los párrafos e indiquen las fuentes en notas al "
                        "pie, para que tanto el ACNUDH como el cuerpo diplomático puedan citarles "
                        "con precisión.</p>"
                    ),
                ],
                [
                    "glossary",
                    [
                        {
                            "term": "Contribución de las partes interesadas",
                            "definition": (
                                "Informe escrito que una OSC, coalición, INDH u otra parte "
                                "interesada envía al ACNUDH antes del examen de un Estado."
                            ),
                        },
                        {
                            "term": "Contribución conjunta",
                            "definition": (
                                "Contribución preparada y firmada por varias organizaciones, a "
                                "menudo reunidas en una coalición nacional o temática."
                            ),
                        },
                        {
                            "term": "Resumen de la información de las partes interesadas",
                            "definition": (
                                "Breve resumen, elaborado por el ACNUDH, de todas las "
                                "contribuciones de las partes interesadas para un examen; uno de "
                                "los tres documentos del examen."
                            ),
                        },
                        {
                            "term": "Directrices técnicas",
                            "definition": (
                                "Instrucciones del ACNUDH sobre formato, extensión, plazos y forma "
                                "de envío; se actualizan en cada ciclo, así que siempre hay que "
                                "consultar la versión vigente."
                            ),
                        },
                        {
                            "term": "Estado de aplicación",
                            "definition": (
                                "Su evaluación, basada en pruebas, de hasta qué punto se ha puesto "
                                "en práctica una recomendación anterior: total, parcialmente o en "
                                "absoluto."
                            ),
                        },
                    ],
                ],
                [
                    "exercise",
                    {
                        "title": "Redactar y revisar una sección temática",
                        "instructions": (
                            "<p>En este ejercicio, pequeños grupos redactan una sección temática y "
                            "la contrastan con una lista de control, como lo haría un equipo de "
                            "redacción.</p><ol><li>Formen grupos de tres o cuatro personas y "
                            "elijan un tema que sus organizaciones conozcan bien.</li><li>Con el "
                            "material de recomendaciones anteriores, elijan una o dos relacionadas "
                            "con su tema y anoten la respuesta del Estado.</li><li>Redacten una "
                            "sección de 300 palabras como máximo: una evaluación de la aplicación, "
                            "dos o tres datos clave con sus fuentes y dos "
                            "recomendaciones.</li><li>Intercambien su texto con otro grupo. "
                            "Revisen su sección con la lista de control y escriban tres "
                            "comentarios: un punto fuerte y dos mejoras.</li><li>Recuperen su "
                            "texto, revisen su sección y lean en plenaria su mejor "
                            "recomendación.</li></ol>"
                        ),
                        "duration_minutes": 40,
                        "materials": (
                            "Un material con una selección de recomendaciones del examen anterior "
                            "de uno o varios países, una lista de control de calidad impresa "
                            "(plazo, extensión según las directrices vigentes, estructura, "
                            "pruebas, fuentes, recomendaciones SMART), papel u ordenadores "
                            "portátiles, y un cronómetro."
                        ),
                    },
                ],
                [
                    "quiz",
                    {
                        "title": "Compruebe lo aprendido",
                        "questions": [
                            {
                                "question": (
                                    "El examen de su país está previsto para el próximo noviembre. "
                                    "¿Cuándo debería su coalición presentar su contribución?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Aproximadamente un mes antes del examen, a tiempo "
                                            "para las pre-sesiones."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Un mes antes es cuando se celebran las "
                                            "pre-sesiones; para entonces, el resumen de la "
                                            "información de las partes interesadas está terminado "
                                            "desde hace tiempo."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Unos 6 a 8 meses antes del examen, lo que implica "
                                            "empezar a trabajar un año o más antes."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Las contribuciones se presentan unos 6 a 8 "
                                            "meses antes del examen, a través de un portal abierto "
                                            "solo durante un período limitado, así que hay que "
                                            "planificar con tiempo."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "En cualquier momento antes del examen, porque el "
                                            "ACNUDH actualiza el resumen hasta el último día."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "El resumen se prepara mucho antes del examen, a "
                                            "partir de las contribuciones recibidas dentro del "
                                            "plazo."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "Un miembro de su coalición dice que una contribución conjunta "
                                    "puede tener 10 páginas. ¿Qué hacen?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Le hacen caso: el límite de 10 páginas para las "
                                            "contribuciones conjuntas siempre ha sido el mismo."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Los límites en páginas proceden de directrices "
                                            "anteriores y han cambiado; basarse en ellos expone a "
                                            "presentar una contribución que no cumpla los "
                                            "requisitos."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Consultan las directrices técnicas vigentes del "
                                            "ACNUDH para el ciclo antes de redactar."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Los requisitos formales, como la extensión, "
                                            "se fijan en las directrices técnicas del ACNUDH y "
                                            "cambian de un ciclo a otro: la versión vigente es la "
                                            "única referencia segura."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "No se preocupan por la extensión: de todos modos, el "
                                            "ACNUDH lo resume todo."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Las normas de extensión y formato existen "
                                            "precisamente porque el ACNUDH debe resumir muchas "
                                            "contribuciones; superarlas puede hacer que su "
                                            "contenido no se tenga en cuenta."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "¿Qué sección temática resulta más útil para el ACNUDH y para "
                                    "los Estados que formulan recomendaciones?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Una historia detallada del tema durante los últimos "
                                            "treinta años."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "El contexto ayuda, pero el resumen se centra en "
                                            "la situación actual y en lo ocurrido desde el último "
                                            "examen."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Una evaluación de las recomendaciones anteriores, "
                                            "pruebas recientes con fuentes y unas pocas "
                                            "recomendaciones concretas."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Esta estructura vincula el nuevo ciclo con "
                                            "el anterior, facilita resumir sus datos y ofrece al "
                                            "cuerpo diplomático formulaciones que puede retomar."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Una larga lista de todas las violaciones "
                                            "documentadas, sin recomendaciones, para mostrar la "
                                            "magnitud del problema."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Sin prioridades ni recomendaciones, sus puntos "
                                            "clave pueden perderse en el resumen, y el cuerpo "
                                            "diplomático no tiene nada que proponer."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                ],
            ],
        },
    },
    {
        "key": "pre-sessions-embassies",
        "level": "intermediate",
        "duration_minutes": 90,
        "themes": [],
        "stages": ["pre-sessions-lobbying", "review"],
        "en": {
            "title": "Advocacy at pre-sessions and with embassies",
            "slug": "advocacy-at-pre-sessions-and-embassies",
            "summary": (
                "How CSOs influence the recommendations that States make: briefing embassies in "
                "the capital, speaking at the pre-sessions in Geneva and suggesting advance "
                "questions before the interactive dialogue."
            ),
            "audience": (
                "CSO advocates and coalition members who have sent a submission and want to see it "
                "turned into recommendations made by States."
            ),
            "objectives": [
                (
                    "By the end, participants can explain why advocacy targets recommending States "
                    "and plan it over the months before the review."
                ),
                (
                    "By the end, participants can prepare and deliver a five-minute statement of "
                    "the kind given at a pre-session."
                ),
                (
                    "By the end, participants can prepare, hold and follow up a meeting with an "
                    "embassy in the capital."
                ),
                (
                    "By the end, participants can suggest advance questions and recommendations "
                    "that States can take up."
                ),
            ],
            "body": [
                [
                    "text",
                    (
                        "<h2>Why advocacy with States matters</h2><p>In the interactive dialogue, "
                        "only States take the floor. CSOs may attend, but they cannot speak. Every "
                        "recommendation the State under review receives is therefore made by "
                        "another State, and many of them draw on information that CSOs shared "
                        "beforehand.</p><p>There are two main channels. In the capital, the "
                        "embassies of other States follow the human rights situation and often "
                        "feed into their government's recommendations; they can be reached months "
                        "before the review. In Geneva, Permanent Missions finalise the "
                        "recommendations, and the pre-sessions organised by UPR Info bring them "
                        "together with civil society about one month before the review.</p>"
                    ),
                ],
                [
                    "key_points",
                    {
                        "title": "An advocacy timeline",
                        "points": [
                            (
                                "Months before the review: meet embassies in the capital, starting "
                                "with the States that made recommendations on your issues in the "
                                "previous cycle."
                            ),
                            (
                                "About one month before: UPR Info's pre-sessions in Geneva, where "
                                "each CSO or NHRI speaker has about 5 minutes in front of "
                                "Permanent Missions."
                            ),
                            (
                                "About 10 working days before: States may send advance questions "
                                "to the State under review through the troika."
                            ),
                            (
                                "During the review: the 3.5-hour interactive dialogue; CSOs may "
                                "attend and follow it, but not speak."
                            ),
                            (
                                "After the review: thank the States that raised your issues and "
                                "ask them to support implementation."
                            ),
                        ],
                    },
                ],
                [
                    "text",
                    (
                        "<h2>Pre-sessions in Geneva</h2><p>Since 2012, UPR Info has organised "
                        "pre-sessions about one month before each review. All Permanent Missions "
                        "are invited; CSO and NHRI speakers present their priorities in about 5 "
                        "minutes each, followed by questions. Some rounds have taken place online. "
                        "Check the current selection process and format with UPR Info well in "
                        "advance.</p><ul><li>Limit yourself to two or three priority "
                        "issues.</li><li>For each issue, give one striking fact, the status of the "
                        "previous recommendation and one recommendation you would like a State to "
                        "make.</li><li>Bring a one-page factsheet with your recommendations and "
                        "your organisation's contact details.</li><li>Use your days in Geneva for "
                        "short bilateral meetings with the missions most likely to act.</li></ul>"
                    ),
                ],
                [
                    "text",
                    (
                        "<h2>Lobbying embassies in the capital</h2><p>Embassies are easier to "
                        "reach than missions in Geneva and often know the local context well. "
                        "Start months before the review and give priority to the States that made "
                        "recommendations on your issues in the previous cycle, to States with a "
                        "thematic interest, and to States from different regional groups: support "
                        "from several regions makes it harder to dismiss an issue as the concern "
                        "of a single group of States.</p><p>Ask diplomats not only to make "
                        "recommendations but also to send advance questions: these go through the "
                        "troika about 10 working days before the review and signal to the State "
                        "under review that the issue will be raised. The same embassies can later "
                        "help monitor and support implementation.</p>"
                    ),
                ],
                [
                    "glossary",
                    [
                        {
                            "term": "Pre-session",
                            "definition": (
                                "A meeting organised by UPR Info in Geneva about one month before "
                                "a review, at which CSOs and NHRIs brief Permanent Missions."
                            ),
                        },
                        {
                            "term": "Permanent Mission",
                            "definition": (
                                "A State's diplomatic representation to the UN in Geneva; its "
                                "diplomats take part in the interactive dialogue."
                            ),
                        },
                        {
                            "term": "Troika",
                            "definition": (
                                "Three States from different regional groups that act as "
                                "rapporteur for a review; advance questions from other States are "
                                "sent through them."
                            ),
                        },
                        {
                            "term": "Advance questions",
                            "definition": (
                                "Written questions that States send through the troika about 10 "
                                "working days before the review, so that the State under review "
                                "can prepare its answers."
                            ),
                        },
                        {
                            "term": "Advocacy factsheet",
                            "definition": (
                                "A one- or two-page document summarising your priority issues, key "
                                "facts and suggested recommendations, to leave with diplomats."
                            ),
                        },
                    ],
                ],
                [
                    "steps",
                    {
                        "title": "Preparing and following up an embassy meeting",
                        "steps": [
                            {
                                "title": "Map your target States",
                                "text": (
                                    "List the States that made recommendations on your issues at "
                                    "the last review, those with a known thematic interest and "
                                    "those from regions you have not yet reached. Choose a "
                                    "manageable number."
                                ),
                            },
                            {
                                "title": "Prepare your factsheet",
                                "text": (
                                    "Summarise each priority issue in a few lines: one key fact, "
                                    "the status of the previous recommendation and one or two "
                                    "suggested recommendations."
                                ),
                            },
                            {
                                "title": "Request the meeting and plan roles",
                                "text": (
                                    "Write to the embassy well ahead, explaining the purpose. "
                                    "Agree within your delegation who opens, who presents each "
                                    "issue and who takes notes."
                                ),
                            },
                            {
                                "title": "Hold the meeting",
                                "text": (
                                    "Keep to the time you are given, listen to the embassy's "
                                    "priorities and propose concrete wording for a recommendation "
                                    "or an advance question."
                                ),
                            },
                            {
                                "title": "Follow up",
                                "text": (
                                    "Send a thank-you note with your factsheet, share updates "
                                    "before the review and, afterwards, ask the embassy to support "
                                    "implementation."
                                ),
                            },
                        ],
                    },
                ],
                [
                    "exercise",
                    {
                        "title": "Five minutes to convince",
                        "instructions": (
                            "<p>This role-play rehearses both a pre-session statement and an "
                            "embassy meeting.</p><ol><li>Form groups of four. Two people are "
                            "advocates for a coalition; two play diplomats from States in "
                            "different regional groups, each with a role card describing their "
                            "priorities.</li><li>The advocates have 10 minutes to prepare a "
                            "five-minute statement on two priority issues, using their coalition's "
                            "factsheet.</li><li>The advocates deliver the statement while the "
                            "facilitator keeps strict time. The diplomats then have five minutes "
                            "to ask questions.</li><li>Switch to a short embassy meeting: the "
                            "advocates propose one recommendation and one advance question, and "
                            "the diplomats react according to their role cards.</li><li>In "
                            "plenary, discuss what made the strongest pitches convincing and how "
                            "the advocates adapted to each State's priorities.</li></ol>"
                        ),
                        "duration_minutes": 40,
                        "materials": (
                            "Role cards for diplomats from different regional groups (priorities, "
                            "sensitivities, earlier recommendations), a sample coalition "
                            "factsheet, a timer and a bell, and a flipchart for the plenary "
                            "discussion."
                        ),
                    },
                ],
                [
                    "quiz",
                    {
                        "title": "Check your understanding",
                        "questions": [
                            {
                                "question": (
                                    "Why do CSOs direct so much advocacy at other States rather "
                                    "than at the Working Group itself?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Because only States take the floor in the interactive "
                                            "dialogue and make recommendations."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "CSOs cannot speak during the review, so their "
                                            "concerns reach the dialogue only when States take "
                                            "them up as questions and recommendations."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Because the troika drafts all the recommendations on "
                                            "the basis of CSO submissions."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "The troika acts as rapporteur for the review; "
                                            "each recommendation is made by an individual State."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Because OHCHR does not accept written submissions "
                                            "from CSOs."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "CSOs do send written submissions to OHCHR, which "
                                            "summarises them; advocacy with States complements "
                                            "them."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": "When do UPR Info's pre-sessions take place?",
                                "choices": [
                                    {
                                        "text": (
                                            "About 6 to 8 months before the review, at the "
                                            "submission deadline."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "That is roughly when stakeholder submissions are "
                                            "due; pre-sessions come much later."
                                        ),
                                    },
                                    {
                                        "text": "About one month before the review, in Geneva.",
                                        "correct": True,
                                        "feedback": (
                                            "Pre-sessions are held about one month before "
                                            "the review, while Permanent Missions are finalising "
                                            "their recommendations, and each speaker has about 5 "
                                            "minutes."
                                        ),
                                    },
                                    {
                                        "text": "During the interactive dialogue, in a side room.",
                                        "correct": False,
                                        "feedback": (
                                            "Pre-sessions are a separate event held before the "
                                            "review; during the dialogue itself, CSOs can only "
                                            "observe."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "At the Human Rights Council plenary, when the outcome "
                                            "is adopted."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "At the plenary adoption some stakeholders can "
                                            "make short statements, but the recommendations have "
                                            "already been made."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "How can a CSO help get an advance question put to the State "
                                    "under review?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "By sending it directly to the delegation of the State "
                                            "under review in Geneva."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Advance questions are sent by States, not by CSOs."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "By asking a friendly embassy or mission to include it "
                                            "in the questions it sends through the troika."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "States send advance questions through the "
                                            "troika about 10 working days before the review; CSOs "
                                            "can suggest the wording to diplomats."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "By reading it out during the interactive dialogue."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "CSOs may attend the dialogue but cannot take the "
                                            "floor."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                ],
            ],
        },
        "fr": {
            "title": "Plaidoyer lors des pré-sessions et auprès des ambassades",
            "slug": "plaidoyer-pre-sessions-et-ambassades",
            "summary": (
                "Comment les OSC influencent les recommandations des États : rencontrer les "
                "ambassades dans la capitale, intervenir aux pré-sessions à Genève et suggérer des "
                "questions préalables avant le dialogue interactif."
            ),
            "audience": (
                "Chargés de plaidoyer et membres de coalitions d'OSC qui ont envoyé une "
                "contribution et veulent la voir traduite en recommandations formulées par des "
                "États."
            ),
            "objectives": [
                (
                    "À la fin, les participants peuvent expliquer pourquoi le plaidoyer cible les "
                    "États qui formulent des recommandations et l'organiser au fil des mois qui "
                    "précèdent l'examen."
                ),
                (
                    "À la fin, les participants peuvent préparer et prononcer une déclaration de "
                    "cinq minutes comme celles d'une pré-session."
                ),
                (
                    "À la fin, les participants peuvent préparer, tenir et assurer le suivi d'une "
                    "réunion avec une ambassade dans la capitale."
                ),
                (
                    "À la fin, les participants peuvent suggérer des questions préalables et des "
                    "recommandations que des États peuvent reprendre."
                ),
            ],
            "body": [
                [
                    "text",
                    (
                        "<h2>Pourquoi le plaidoyer auprès des États compte</h2><p>Pendant le "
                        "dialogue interactif, seuls les États prennent la parole. Les OSC peuvent "
                        "y assister, mais pas intervenir. Chaque recommandation reçue par l'État "
                        "examiné est donc formulée par un autre État, et beaucoup s'appuient sur "
                        "des informations transmises au préalable par les OSC.</p><p>Il existe "
                        "deux canaux principaux. Dans la capitale, les ambassades des autres États "
                        "suivent la situation des droits humains et alimentent souvent les "
                        "recommandations de leur gouvernement ; on peut les rencontrer plusieurs "
                        "mois avant l'examen. À Genève, les missions permanentes finalisent les "
                        "recommandations, et les pré-sessions organisées par UPR Info les "
                        "réunissent avec la société civile environ un mois avant l'examen.</p>"
                    ),
                ],
                [
                    "key_points",
                    {
                        "title": "Un calendrier de plaidoyer",
                        "points": [
                            (
                                "Plusieurs mois avant l'examen : rencontrez les ambassades dans la "
                                "capitale, en commençant par les États qui ont formulé des "
                                "recommandations sur vos questions lors du cycle précédent."
                            ),
                            (
                                "Environ un mois avant : pré-sessions d'UPR Info à Genève, où "
                                "chaque intervenant d'une OSC ou d'une INDH dispose d'environ 5 "
                                "minutes devant les missions permanentes."
                            ),
                            (
                                "Environ 10 jours ouvrables avant : les États peuvent envoyer des "
                                "questions préalables à l'État examiné par l'intermédiaire de la "
                                "troïka."
                            ),
                            (
                                "Pendant l'examen : dialogue interactif de trois heures et demie ; "
                                "les OSC peuvent y assister et le suivre, mais pas y prendre la "
                                "parole."
                            ),
                            (
                                "Après l'examen : remerciez les États qui ont soulevé vos "
                                "questions et demandez-leur de soutenir la mise en œuvre."
                            ),
                        ],
                    },
                ],
                [
                    "text",
                    (
                        "<h2>Les pré-sessions à Genève</h2><p>Depuis 2012, UPR Info organise des "
                        "pré-sessions environ un mois avant chaque examen. Toutes les missions "
                        "permanentes y sont invitées ; les intervenants des OSC et des INDH "
                        "présentent leurs priorités en 5 minutes environ chacun, avant un temps de "
                        "questions. Certaines séries se sont tenues en ligne. Renseignez-vous bien "
                        "à l'avance auprès d'UPR Info sur le processus de sélection et le format "
                        "en vigueur.</p><ul><li>Limitez-vous à deux ou trois questions "
                        "prioritaires.</li><li>Pour chacune, donnez un fait marquant, l'état de "
                        "mise en œuvre de la recommandation précédente et une recommandation que "
                        "vous aimeriez voir formulée par un État.</li><li>Apportez une fiche d'une "
                        "page avec vos recommandations et les coordonnées de votre "
                        "organisation.</li><li>Profitez de votre séjour à Genève pour de courtes "
                        "réunions bilatérales avec les missions les plus susceptibles "
                        "d'agir.</li></ul>"
                    ),
                ],
                [
                    "text",
                    (
                        "<h2>Le plaidoyer auprès des ambassades dans la capitale</h2><p>Les "
                        "ambassades sont plus accessibles que les missions à Genève et connaissent "
                        "souvent bien le contexte local. Commencez plusieurs mois avant l'examen "
                        "et donnez la priorité aux États qui ont formulé des recommandations sur "
                        "vos questions lors du cycle précédent, aux États qui ont un intérêt "
                        "thématique et à des États de différents groupes régionaux : un soutien "
                        "venu de plusieurs régions empêche plus facilement de réduire une question "
                        "à la préoccupation d'un seul groupe d'États.</p><p>Demandez aux "
                        "diplomates non seulement de formuler des recommandations, mais aussi "
                        "d'envoyer des questions préalables : elles sont transmises par "
                        "l'intermédiaire de la troïka environ 10 jours ouvrables avant l'examen et "
                        "signalent à l'État examiné que la question sera soulevée. Ces mêmes "
                        "ambassades pourront ensuite aider à suivre et à soutenir la mise en "
                        "œuvre.</p>"
                    ),
                ],
                [
                    "glossary",
                    [
                        {
                            "term": "Pré-session",
                            "definition": (
                                "Réunion organisée par UPR Info à Genève environ un mois avant un "
                                "examen, au cours de laquelle des OSC et des INDH informent les "
                                "missions permanentes."
                            ),
                        },
                        {
                            "term": "Mission permanente",
                            "definition": (
                                "Représentation diplomatique d'un État auprès de l'ONU à Genève ; "
                                "ses diplomates participent au dialogue interactif."
                            ),
                        },
                        {
                            "term": "Troïka",
                            "definition": (
                                "Trois États issus de groupes régionaux différents qui font office "
                                "de rapporteur pour un examen ; les questions préalables des "
                                "autres États transitent par eux."
                            ),
                        },
                        {
                            "term": "Questions préalables",
                            "definition": (
                                "Questions écrites que les États envoient par l'intermédiaire de "
                                "la troïka environ 10 jours ouvrables avant l'examen, pour que "
                                "l'État examiné puisse préparer ses réponses."
                            ),
                        },
                        {
                            "term": "Fiche de plaidoyer",
                            "definition": (
                                "Document d'une ou deux pages résumant vos questions prioritaires, "
                                "les faits clés et les recommandations suggérées, à laisser aux "
                                "diplomates."
                            ),
                        },
                    ],
                ],
                [
                    "steps",
                    {
                        "title": "Préparer une réunion avec une ambassade et en assurer le suivi",
                        "steps": [
                            {
                                "title": "Cartographier les États cibles",
                                "text": (
                                    "Dressez la liste des États qui ont formulé des "
                                    "recommandations sur vos questions lors du dernier examen, de "
                                    "ceux qui ont un intérêt thématique connu et de ceux des "
                                    "régions que vous n'avez pas encore approchées. Retenez un "
                                    "nombre gérable."
                                ),
                            },
                            {
                                "title": "Préparer votre fiche",
                                "text": (
                                    "Résumez chaque question prioritaire en quelques lignes : un "
                                    "fait clé, l'état de mise en œuvre de la recommandation "
                                    "précédente et une ou deux recommandations suggérées."
                                ),
                            },
                            {
                                "title": "Demander la réunion et répartir les rôles",
                                "text": (
                                    "Écrivez à l'ambassade bien à l'avance en expliquant l'objet "
                                    "de la demande. Convenez au sein de votre délégation de qui "
                                    "ouvre la réunion, qui présente chaque question et qui prend "
                                    "des notes."
                                ),
                            },
                            {
                                "title": "Tenir la réunion",
                                "text": (
                                    "Respectez le temps imparti, écoutez les priorités de "
                                    "l'ambassade et proposez une formulation concrète de "
                                    "recommandation ou de question préalable."
                                ),
                            },
                            {
                                "title": "Assurer le suivi",
                                "text": (
                                    "Envoyez un message de remerciement avec votre fiche, partagez "
                                    "des informations à jour avant l'examen et, après celui-ci, "
                                    "demandez à l'ambassade de soutenir la mise en œuvre."
                                ),
                            },
                        ],
                    },
                ],
                [
                    "exercise",
                    {
                        "title": "Cinq minutes pour convaincre",
                        "instructions": (
                            "<p>Ce jeu de rôle permet de s'exercer à la fois à une déclaration de "
                            "pré-session et à une réunion avec une ambassade.</p><ol><li>Formez "
                            "des groupes de quatre. Deux personnes jouent les chargés de plaidoyer "
                            "d'une coalition ; les deux autres jouent des diplomates d'États de "
                            "groupes régionaux différents, chacun avec une carte de rôle décrivant "
                            "ses priorités.</li><li>Les chargés de plaidoyer disposent de 10 "
                            "minutes pour préparer une déclaration de cinq minutes sur deux "
                            "questions prioritaires, à partir de la fiche de leur "
                            "coalition.</li><li>Les chargés de plaidoyer prononcent leur "
                            "déclaration pendant que l'animateur chronomètre strictement. Les "
                            "diplomates disposent ensuite de cinq minutes pour poser des "
                            "questions.</li><li>Passez à une courte réunion à l'ambassade : les "
                            "chargés de plaidoyer proposent une recommandation et une question "
                            "préalable, et les diplomates réagissent selon leur carte de "
                            "rôle.</li><li>En plénière, discutez de ce qui a rendu les "
                            "interventions les plus convaincantes et de la manière dont les "
                            "chargés de plaidoyer se sont adaptés aux priorités de chaque "
                            "État.</li></ol>"
                        ),
                        "duration_minutes": 40,
                        "materials": (
                            "Des cartes de rôle pour des diplomates de différents groupes "
                            "régionaux (priorités, sensibilités, recommandations formulées "
                            "auparavant), un exemple de fiche de coalition, un chronomètre et une "
                            "sonnette, et un tableau de conférence pour la discussion en plénière."
                        ),
                    },
                ],
                [
                    "quiz",
                    {
                        "title": "Vérifiez vos connaissances",
                        "questions": [
                            {
                                "question": (
                                    "Pourquoi les OSC consacrent-elles tant d'efforts de plaidoyer "
                                    "aux autres États plutôt qu'au Groupe de travail lui-même ?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Parce que seuls les États prennent la parole pendant "
                                            "le dialogue interactif et formulent des "
                                            "recommandations."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Les OSC ne peuvent pas s'exprimer pendant "
                                            "l'examen : leurs préoccupations n'y parviennent que "
                                            "si des États les reprennent sous forme de questions "
                                            "et de recommandations."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Parce que la troïka rédige toutes les recommandations "
                                            "à partir des contributions des OSC."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "La troïka fait office de rapporteur pour "
                                            "l'examen ; chaque recommandation est formulée par un "
                                            "État."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Parce que le HCDH n'accepte pas de contributions "
                                            "écrites des OSC."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Les OSC envoient bien des contributions écrites "
                                            "au HCDH, qui les résume ; le plaidoyer auprès des "
                                            "États vient les compléter."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": "Quand ont lieu les pré-sessions d'UPR Info ?",
                                "choices": [
                                    {
                                        "text": (
                                            "Environ 6 à 8 mois avant l'examen, à l'échéance des "
                                            "contributions."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "C'est à peu près l'échéance des contributions "
                                            "des parties prenantes ; les pré-sessions viennent "
                                            "bien plus tard."
                                        ),
                                    },
                                    {
                                        "text": "Environ un mois avant l'examen, à Genève.",
                                        "correct": True,
                                        "feedback": (
                                            "Les pré-sessions ont lieu environ un mois "
                                            "avant l'examen, pendant que les missions permanentes "
                                            "finalisent leurs recommandations, et chaque "
                                            "intervenant dispose d'environ 5 minutes."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Pendant le dialogue interactif, dans une salle annexe."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Les pré-sessions sont un événement distinct qui "
                                            "précède l'examen ; pendant le dialogue lui-même, les "
                                            "OSC ne peuvent qu'observer."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Lors de la séance plénière du Conseil des droits de "
                                            "l'homme, au moment de l'adoption du document final."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Lors de l'adoption en plénière, certaines "
                                            "parties prenantes peuvent faire de brèves "
                                            "déclarations, mais les recommandations ont déjà été "
                                            "formulées."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "Comment une OSC peut-elle contribuer à ce qu'une question "
                                    "préalable soit posée à l'État examiné ?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "En l'envoyant directement à la délégation de l'État "
                                            "examiné à Genève."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Les questions préalables sont envoyées par des "
                                            "États, pas par des OSC."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "En demandant à une ambassade ou à une mission bien "
                                            "disposée de l'inclure dans les questions qu'elle "
                                            "transmet par l'intermédiaire de la troïka."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Les États envoient leurs questions préalables "
                                            "par l'intermédiaire de la troïka environ 10 jours "
                                            "ouvrables avant l'examen ; les OSC peuvent en "
                                            "suggérer la formulation aux diplomates."
                                        ),
                                    },
                                    {
                                        "text": "En la lisant pendant le dialogue interactif.",
                                        "correct": False,
                                        "feedback": (
                                            "Les OSC peuvent assister au dialogue, mais pas y "
                                            "prendre la parole."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                ],
            ],
        },
        "es": {
            "title": "Incidencia en las pre-sesiones y ante las embajadas",
            "slug": "incidencia-en-pre-sesiones-y-embajadas",
            "summary": (
                "Cómo influyen las OSC en las recomendaciones de los Estados: reuniones con "
                "embajadas en la capital, intervenciones en las pre-sesiones de Ginebra y "
                "propuestas de preguntas por adelantado antes del diálogo interactivo."
            ),
            "audience": (
                "Personas responsables de incidencia y miembros de coaliciones de OSC que ya "
                "enviaron una contribución y quieren verla convertida en recomendaciones "
                "formuladas por Estados."
            ),
            "objectives": [
                (
                    "Al final, los participantes pueden explicar por qué la incidencia se dirige a "
                    "los Estados que formulan recomendaciones y planificarla a lo largo de los "
                    "meses previos al examen."
                ),
                (
                    "Al final, los participantes pueden preparar y pronunciar una intervención de "
                    "cinco minutos como las de una pre-sesión."
                ),
                (
                    "Al final, los participantes pueden preparar, celebrar y dar seguimiento a una "
                    "reunión con una embajada en la capital."
                ),
                (
                    "Al final, los participantes pueden proponer preguntas por adelantado y "
                    "recomendaciones que los Estados puedan retomar."
                ),
            ],
            "body": [
                [
                    "text",
                    (
                        "<h2>Por qué importa la incidencia ante los Estados</h2><p>En el diálogo "
                        "interactivo solo toman la palabra los Estados. Las OSC pueden asistir, "
                        "pero no intervenir. Por tanto, cada recomendación que recibe el Estado "
                        "examinado la formula otro Estado, y muchas se basan en información que "
                        "las OSC compartieron antes.</p><p>Hay dos canales principales. En la "
                        "capital, las embajadas de otros Estados siguen la situación de derechos "
                        "humanos y a menudo alimentan las recomendaciones de su gobierno; se puede "
                        "acudir a ellas meses antes del examen. En Ginebra, las misiones "
                        "permanentes ultiman las recomendaciones, y las pre-sesiones que organiza "
                        "UPR Info las reúnen con la sociedad civil aproximadamente un mes antes "
                        "del examen.</p>"
                    ),
                ],
                [
                    "key_points",
                    {
                        "title": "Un calendario de incidencia",
                        "points": [
                            (
                                "Meses antes del examen: reúnanse con las embajadas en la capital, "
                                "empezando por los Estados que hicieron recomendaciones sobre sus "
                                "temas en el ciclo anterior."
                            ),
                            (
                                "Aproximadamente un mes antes: pre-sesiones de UPR Info en "
                                "Ginebra, donde cada orador u oradora de una OSC o INDH dispone de "
                                "unos 5 minutos ante las misiones permanentes."
                            ),
                            (
                                "Unos 10 días hábiles antes: los Estados pueden enviar preguntas "
                                "por adelantado al Estado examinado a través de la troika."
                            ),
                            (
                                "Durante el examen: diálogo interactivo de tres horas y media; las "
                                "OSC pueden asistir y seguirlo, pero no intervenir."
                            ),
                            (
                                "Después del examen: agradezcan a los Estados que plantearon sus "
                                "temas y pídanles que apoyen la aplicación."
                            ),
                        ],
                    },
                ],
                [
                    "text",
                    (
                        "<h2>Las pre-sesiones en Ginebra</h2><p>Desde 2012, UPR Info organiza "
                        "pre-sesiones aproximadamente un mes antes de cada examen. Se invita a "
                        "todas las misiones permanentes; las personas que intervienen en nombre de "
                        "OSC e INDH presentan sus prioridades en unos 5 minutos cada una, seguidos "
                        "de preguntas. Algunas rondas se han celebrado en línea. Consulten con UPR "
                        "Info, con suficiente antelación, el proceso de selección y el formato "
                        "vigentes.</p><ul><li>Limítense a dos o tres temas "
                        "prioritarios.</li><li>Para cada tema, den un dato contundente, el estado "
                        "de aplicación de la recomendación anterior y una recomendación que "
                        "quisieran que formulara un Estado.</li><li>Lleven una ficha de una página "
                        "con sus recomendaciones y los datos de contacto de su "
                        "organización.</li><li>Aprovechen los días en Ginebra para breves "
                        "reuniones bilaterales con las misiones con más probabilidades de "
                        "actuar.</li></ul>"
                    ),
                ],
                [
                    "text",
                    (
                        "<h2>Incidencia ante las embajadas en la capital</h2><p>Las embajadas son "
                        "más accesibles que las misiones en Ginebra y a menudo conocen bien el "
                        "contexto local. Empiecen meses antes del examen y den prioridad a los "
                        "Estados que formularon recomendaciones sobre sus temas en el ciclo "
                        "anterior, a los que tienen un interés temático y a Estados de distintos "
                        "grupos regionales: el apoyo de varias regiones hace más difícil presentar "
                        "un tema como la preocupación de un solo grupo de Estados.</p><p>Pidan al "
                        "personal diplomático no solo que formule recomendaciones, sino también "
                        "que envíe preguntas por adelantado: se transmiten a través de la troika "
                        "unos 10 días hábiles antes del examen y avisan al Estado examinado de que "
                        "el tema se planteará. Esas mismas embajadas podrán después ayudar a "
                        "vigilar y apoyar la aplicación.</p>"
                    ),
                ],
                [
                    "glossary",
                    [
                        {
                            "term": "Pre-sesión",
                            "definition": (
                                "Reunión que organiza UPR Info en Ginebra aproximadamente un mes "
                                "antes de un examen, en la que OSC e INDH informan a las misiones "
                                "permanentes."
                            ),
                        },
                        {
                            "term": "Misión permanente",
                            "definition": (
                                "Representación diplomática de un Estado ante la ONU en Ginebra; "
                                "su personal diplomático participa en el diálogo interactivo."
                            ),
                        },
                        {
                            "term": "Troika",
                            "definition": (
                                "Tres Estados de distintos grupos regionales que actúan como "
                                "relatores de un examen; las preguntas por adelantado de otros "
                                "Estados se transmiten a través de ellos."
                            ),
                        },
                        {
                            "term": "Preguntas por adelantado",
                            "definition": (
                                "Preguntas escritas que los Estados envían a través de la troika "
                                "unos 10 días hábiles antes del examen, para que el Estado "
                                "examinado pueda preparar sus respuestas."
                            ),
                        },
                        {
                            "term": "Ficha de incidencia",
                            "definition": (
                                "Documento de una o dos páginas que resume sus temas prioritarios, "
                                "los datos clave y las recomendaciones propuestas, para dejar al "
                                "personal diplomático."
                            ),
                        },
                    ],
                ],
                [
                    "steps",
                    {
                        "title": "Preparar una reunión con una embajada y darle seguimiento",
                        "steps": [
                            {
                                "title": "Identificar los Estados destinatarios",
                                "text": (
                                    "Hagan una lista de los Estados que formularon recomendaciones "
                                    "sobre sus temas en el último examen, de los que tienen un "
                                    "interés temático conocido y de los de regiones a las que aún "
                                    "no han llegado. Elijan un número manejable."
                                ),
                            },
                            {
                                "title": "Preparar la ficha",
                                "text": (
                                    "Resuman cada tema prioritario en pocas líneas: un dato clave, "
                                    "el estado de aplicación de la recomendación anterior y una o "
                                    "dos recomendaciones propuestas."
                                ),
                            },
                            {
                                "title": "Solicitar la reunión y repartir funciones",
                                "text": (
                                    "Escriban a la embajada con antelación explicando el objetivo. "
                                    "Acuerden dentro de su delegación quién abre la reunión, quién "
                                    "presenta cada tema y quién toma notas."
                                ),
                            },
                            {
                                "title": "Celebrar la reunión",
                                "text": (
                                    "Respeten el tiempo asignado, escuchen las prioridades de la "
                                    "embajada y propongan una redacción concreta de recomendación "
                                    "o de pregunta por adelantado."
                                ),
                            },
                            {
                                "title": "Dar seguimiento",
                                "text": (
                                    "Envíen un mensaje de agradecimiento con su ficha, compartan "
                                    "novedades antes del examen y, después, pidan a la embajada "
                                    "que apoye la aplicación."
                                ),
                            },
                        ],
                    },
                ],
                [
                    "exercise",
                    {
                        "title": "Cinco minutos para convencer",
                        "instructions": (
                            "<p>Este juego de roles permite ensayar a la vez una intervención en "
                            "una pre-sesión y una reunión con una embajada.</p><ol><li>Formen "
                            "grupos de cuatro. Dos personas hacen de responsables de incidencia de "
                            "una coalición; las otras dos, de diplomáticos de Estados de distintos "
                            "grupos regionales, cada una con una tarjeta de rol que describe sus "
                            "prioridades.</li><li>Las personas de incidencia tienen 10 minutos "
                            "para preparar una intervención de cinco minutos sobre dos temas "
                            "prioritarios, a partir de la ficha de su coalición.</li><li>Las "
                            "personas de incidencia pronuncian su intervención mientras la persona "
                            "facilitadora controla el tiempo con rigor. Luego, quienes hacen de "
                            "diplomáticos tienen cinco minutos para hacer preguntas.</li><li>Pasen "
                            "a una breve reunión en la embajada: las personas de incidencia "
                            "proponen una recomendación y una pregunta por adelantado, y quienes "
                            "hacen de diplomáticos reaccionan según su tarjeta de rol.</li><li>En "
                            "plenaria, comenten qué hizo más convincentes las mejores "
                            "intervenciones y cómo se adaptaron las personas de incidencia a las "
                            "prioridades de cada Estado.</li></ol>"
                        ),
                        "duration_minutes": 40,
                        "materials": (
                            "Tarjetas de rol para diplomáticos de distintos grupos regionales "
                            "(prioridades, sensibilidades, recomendaciones anteriores), un modelo "
                            "de ficha de coalición, un cronómetro y una campanilla, y un rotafolio "
                            "para el debate en plenaria."
                        ),
                    },
                ],
                [
                    "quiz",
                    {
                        "title": "Compruebe lo aprendido",
                        "questions": [
                            {
                                "question": (
                                    "¿Por qué las OSC dedican tanta incidencia a otros Estados y "
                                    "no al propio Grupo de Trabajo?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Porque solo los Estados toman la palabra en el "
                                            "diálogo interactivo y formulan recomendaciones."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Las OSC no pueden intervenir durante el "
                                            "examen, así que sus preocupaciones solo llegan al "
                                            "diálogo si los Estados las retoman como preguntas y "
                                            "recomendaciones."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Porque la troika redacta todas las recomendaciones a "
                                            "partir de las contribuciones de las OSC."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "La troika actúa como relatora del examen; cada "
                                            "recomendación la formula un Estado concreto."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Porque el ACNUDH no acepta contribuciones escritas de "
                                            "las OSC."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Las OSC sí envían contribuciones escritas al "
                                            "ACNUDH, que las resume; la incidencia ante los "
                                            "Estados las complementa."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": "¿Cuándo se celebran las pre-sesiones de UPR Info?",
                                "choices": [
                                    {
                                        "text": (
                                            "Unos 6 a 8 meses antes del examen, en el plazo de las "
                                            "contribuciones."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Ese es aproximadamente el plazo de las "
                                            "contribuciones de las partes interesadas; las "
                                            "pre-sesiones llegan mucho después."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Aproximadamente un mes antes del examen, en Ginebra."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Las pre-sesiones se celebran "
                                            "aproximadamente un mes antes del examen, mientras las "
                                            "misiones permanentes ultiman sus recomendaciones, y "
                                            "cada orador u oradora dispone de unos 5 minutos."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Durante el diálogo interactivo, en una sala contigua."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Las pre-sesiones son un evento aparte, previo al "
                                            "examen; durante el diálogo, las OSC solo pueden "
                                            "observar."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "En la sesión plenaria del Consejo de Derechos "
                                            "Humanos, cuando se aprueba el resultado."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "En la aprobación en plenaria algunas partes "
                                            "interesadas pueden hacer breves declaraciones, pero "
                                            "las recomendaciones ya se formularon."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "¿Cómo puede una OSC contribuir a que se plantee una pregunta "
                                    "por adelantado al Estado examinado?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Enviándola directamente a la delegación del Estado "
                                            "examinado en Ginebra."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Las preguntas por adelantado las envían los "
                                            "Estados, no las OSC."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Pidiendo a una embajada o misión afín que la incluya "
                                            "en las preguntas que transmite a través de la troika."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Los Estados envían sus preguntas por "
                                            "adelantado a través de la troika unos 10 días hábiles "
                                            "antes del examen; las OSC pueden sugerir su redacción "
                                            "al personal diplomático."
                                        ),
                                    },
                                    {
                                        "text": "Leyéndola durante el diálogo interactivo.",
                                        "correct": False,
                                        "feedback": (
                                            "Las OSC pueden asistir al diálogo, pero no tomar "
                                            "la palabra."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                ],
            ],
        },
    },
    {
        "key": "smart-recommendations",
        "level": "intermediate",
        "duration_minutes": 75,
        "themes": [],
        "stages": ["pre-sessions-lobbying", "responses", "implementation"],
        "en": {
            "title": "Making SMART recommendations",
            "slug": "making-smart-recommendations",
            "summary": (
                "How to draft recommendations that States can make, the State under review can act "
                "on and CSOs can monitor: the SMART criteria, the action categories and how both "
                "help after the review."
            ),
            "audience": (
                "CSO advocates who draft recommendations for submissions, factsheets and meetings "
                "with diplomats, and who will track their implementation."
            ),
            "objectives": [
                (
                    "By the end, participants can explain why precise wording matters for the "
                    "State's response and for later monitoring."
                ),
                (
                    "By the end, participants can apply the five SMART criteria to improve a vague "
                    "recommendation."
                ),
                (
                    "By the end, participants can place a recommendation in an action category and "
                    "explain what that says about the action requested."
                ),
                (
                    "By the end, participants can turn a SMART recommendation into a row of a "
                    "tracking table, with an indicator."
                ),
            ],
            "body": [
                [
                    "text",
                    (
                        "<h2>Why wording matters</h2><p>Recommendations are the main output of the "
                        "UPR. The State under review responds to each one, supporting or noting "
                        "it, and the next review looks at what was done. A vague recommendation is "
                        "easy to support and just as easy to ignore; a precise one creates a "
                        "commitment that can be checked.</p><p>CSOs rarely make recommendations "
                        "themselves, but they can propose the wording: in their submissions, at "
                        "pre-sessions and in meetings with embassies. Both research on civil "
                        "society engagement in the UPR and UPR Info promote SMART recommendations, "
                        "because States find them easier to take up and everyone finds them easier "
                        "to monitor.</p>"
                    ),
                ],
                [
                    "key_points",
                    {
                        "title": "SMART, one line per letter",
                        "points": [
                            (
                                "Specific: name the action, the issue and, where relevant, the "
                                "group of people concerned."
                            ),
                            (
                                "Measurable: make it possible to tell whether the action has been "
                                "taken, for example a law adopted or data published."
                            ),
                            (
                                "Achievable: ask for something the State can realistically do "
                                "within the cycle, even if it is demanding."
                            ),
                            (
                                "Relevant: address a real problem, documented in your evidence and "
                                "linked to human rights standards."
                            ),
                            (
                                "Time-bound: include a timeframe, such as before the mid-term "
                                "report or before the next review."
                            ),
                        ],
                    },
                ],
                [
                    "text",
                    (
                        "<h2>Action categories</h2><p>To analyse recommendations, UPR Info "
                        "classifies each one by the type of action it asks for, on a scale from 1 "
                        "to 5 that comes from academic research. Category 5 is confirmed in UPR "
                        "Info's own texts; the descriptions of categories 1 to 4 below are the "
                        "widely used summary, so check UPR Info's current description before "
                        "quoting them.</p><ol><li><strong>Category 1, minimal action:</strong> for "
                        "example a recommendation addressed to other States, or one asking the "
                        "State to share information or seek assistance.</li><li><strong>Category "
                        "2, continuing action:</strong> typically “continue” something already "
                        "under way.</li><li><strong>Category 3, considering action:</strong> "
                        "“consider” or “explore”.</li><li><strong>Category 4, general "
                        "action:</strong> “take measures”, “ensure”, "
                        "“promote”.</li><li><strong>Category 5, specific action:</strong> a "
                        "concrete step such as “adopt a law”, “ratify” or “establish” a "
                        "body.</li></ol><p>A higher category is not automatically better, but "
                        "category 5 recommendations are usually the easiest to monitor. When you "
                        "suggest wording to diplomats, aim for specific action wherever it is "
                        "realistic.</p>"
                    ),
                ],
                [
                    "glossary",
                    [
                        {
                            "term": "SMART",
                            "definition": (
                                "Specific, Measurable, Achievable, Relevant, Time-bound: five "
                                "criteria for a recommendation that can be acted on and monitored."
                            ),
                        },
                        {
                            "term": "Action category",
                            "definition": (
                                "UPR Info's classification of a recommendation, from 1 (minimal "
                                "action) to 5 (specific action), according to the action it asks "
                                "for."
                            ),
                        },
                        {
                            "term": "Indicator",
                            "definition": (
                                "A piece of evidence that shows whether, or how far, a "
                                "recommendation has been implemented, such as a law adopted or a "
                                "figure published."
                            ),
                        },
                        {
                            "term": "Baseline",
                            "definition": (
                                "The situation at the time of the review, against which progress "
                                "is measured later."
                            ),
                        },
                        {
                            "term": "Tracking table",
                            "definition": (
                                "A table listing each recommendation with the State's response, "
                                "the responsible authority, indicators and current status, updated "
                                "throughout the cycle."
                            ),
                        },
                    ],
                ],
                [
                    "steps",
                    {
                        "title": "From concern to SMART recommendation",
                        "steps": [
                            {
                                "title": "Start from your evidence",
                                "text": (
                                    "Write down the problem in one sentence and the key fact that "
                                    "proves it. If you cannot, the recommendation is not ready."
                                ),
                            },
                            {
                                "title": "Choose the action",
                                "text": (
                                    "Pick a verb that names a concrete step, such as adopt, amend, "
                                    "ratify, establish or publish, rather than promote or ensure."
                                ),
                            },
                            {
                                "title": "Make it measurable and time-bound",
                                "text": (
                                    "Add what will show that the step has been taken, and by when: "
                                    "for example before the mid-term report or before the next "
                                    "review."
                                ),
                            },
                            {
                                "title": "Check that it is achievable and relevant",
                                "text": (
                                    "Test it against the State's situation, previous "
                                    "recommendations and international standards. Drop or adjust "
                                    "anything unrealistic or off target."
                                ),
                            },
                            {
                                "title": "Test it and prepare the rationale",
                                "text": (
                                    "Ask a colleague to spot ambiguities, then add two lines of "
                                    "rationale that a diplomat can use when proposing it."
                                ),
                            },
                        ],
                    },
                ],
                [
                    "text",
                    (
                        "<h2>Before and after: an illustrative example</h2><p>This example is an "
                        "illustrative composite, not a real case. A coalition in a West African "
                        "country documented long periods of pre-trial detention. Here are its "
                        "first draft and its revised "
                        "recommendation:</p><ul><li><strong>Before:</strong> “Improve the "
                        "situation of detainees.”</li><li><strong>After:</strong> “Adopt, before "
                        "the next review, legislation setting a maximum length for pre-trial "
                        "detention, and publish annual data on the number of people held in "
                        "pre-trial detention and the length of their detention.”</li></ul><p>The "
                        "revised version asks for specific action (category 5 in the widely used "
                        "summary) and contains two measurable results and a clear timeframe. If "
                        "the State supports it, the coalition can track it with two indicators; if "
                        "the State notes it, the coalition still has precise wording to bring back "
                        "at the mid-term stage and in the next cycle.</p>"
                    ),
                ],
                [
                    "exercise",
                    {
                        "title": "Rewrite, classify and track",
                        "instructions": (
                            "<p>Groups work on fictional but realistic recommendations and take "
                            "them from vague wording to a tracking table.</p><ol><li>Form groups "
                            "of three or four. Each group receives a card with four vague "
                            "recommendations.</li><li>For each recommendation, agree on its action "
                            "category, using the handout that presents the widely used "
                            "summary.</li><li>Choose two of them and rewrite them so that they "
                            "meet all five SMART criteria. Tick off each criterion on the "
                            "checklist.</li><li>For one rewritten recommendation, fill in a row of "
                            "the tracking table: response (imagine it was supported), responsible "
                            "authority, indicator, baseline and timeframe.</li><li>Present your "
                            "before and after versions in plenary; the other groups say which "
                            "criterion is still the weakest.</li></ol>"
                        ),
                        "duration_minutes": 35,
                        "materials": (
                            "Cards with four fictional, vaguely worded recommendations per group, "
                            "a handout on the action categories (noting that the wording of "
                            "categories 1 to 4 is the widely used summary), a SMART checklist, and "
                            "a blank tracking table on a flipchart or in a spreadsheet."
                        ),
                    },
                ],
                [
                    "quiz",
                    {
                        "title": "Check your understanding",
                        "questions": [
                            {
                                "question": "Which recommendation is the most SMART?",
                                "choices": [
                                    {
                                        "text": (
                                            "Continue efforts to protect human rights defenders."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "It asks only for continuing action, names no "
                                            "concrete step and has no timeframe, so progress "
                                            "cannot be measured."
                                        ),
                                    },
                                    {
                                        "text": "Consider measures to improve access to justice.",
                                        "correct": False,
                                        "feedback": (
                                            "“Consider” asks only for reflection, and "
                                            "“measures” and “improve” are too general to monitor."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Adopt, before the next review, a law guaranteeing "
                                            "free legal aid to people held in police custody, and "
                                            "publish annual data on its use."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "It names a specific action, a measurable "
                                            "result and a timeframe, and it addresses a concrete "
                                            "problem."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Ensure that everyone enjoys their rights without "
                                            "discrimination."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "It is relevant but so general that almost any "
                                            "action, or none at all, could be presented as "
                                            "implementation."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "A recommendation asks the State to “ratify” a convention. "
                                    "Which action category does it fall into?"
                                ),
                                "choices": [
                                    {
                                        "text": "Category 5, specific action.",
                                        "correct": True,
                                        "feedback": (
                                            "Recommendations to adopt a law, ratify or "
                                            "establish something are classed as specific action, "
                                            "the category confirmed in UPR Info's own texts."
                                        ),
                                    },
                                    {
                                        "text": "Category 3, considering action.",
                                        "correct": False,
                                        "feedback": (
                                            "In the widely used summary, category 3 covers "
                                            "recommendations to “consider” or “explore” a step, "
                                            "not to take it."
                                        ),
                                    },
                                    {
                                        "text": "Category 2, continuing action.",
                                        "correct": False,
                                        "feedback": (
                                            "In the widely used summary, category 2 covers "
                                            "recommendations to “continue” something already under "
                                            "way."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "How do SMART recommendations help CSOs after the review?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "They oblige the State to support every recommendation."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "The State remains free to support or note any "
                                            "recommendation; SMART wording does not change that."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "They make it possible to measure progress and report "
                                            "on it, for example in a mid-term report."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Clear actions, indicators and timeframes let "
                                            "CSOs track implementation, engage with the "
                                            "authorities and report credibly at mid-term and in "
                                            "the next cycle."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "They remove the need for a stakeholder submission in "
                                            "the next cycle."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Submissions remain the main written channel; "
                                            "SMART recommendations make them stronger, not "
                                            "unnecessary."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                ],
            ],
        },
        "fr": {
            "title": "Formuler des recommandations SMART",
            "slug": "formuler-des-recommandations-smart",
            "summary": (
                "Comment rédiger des recommandations que des États peuvent formuler, que l'État "
                "examiné peut appliquer et que les OSC peuvent suivre : les critères SMART, les "
                "catégories d'action et leur utilité après l'examen."
            ),
            "audience": (
                "Chargés de plaidoyer d'OSC qui rédigent des recommandations pour des "
                "contributions, des fiches et des réunions avec des diplomates, et qui en suivront "
                "la mise en œuvre."
            ),
            "objectives": [
                (
                    "À la fin, les participants peuvent expliquer pourquoi une formulation précise "
                    "compte pour la réponse de l'État et pour le suivi ultérieur."
                ),
                (
                    "À la fin, les participants peuvent appliquer les cinq critères SMART pour "
                    "améliorer une recommandation vague."
                ),
                (
                    "À la fin, les participants peuvent classer une recommandation dans une "
                    "catégorie d'action et expliquer ce que cela dit de l'action demandée."
                ),
                (
                    "À la fin, les participants peuvent transformer une recommandation SMART en "
                    "ligne d'un tableau de suivi, avec un indicateur."
                ),
            ],
            "body": [
                [
                    "text",
                    (
                        "<h2>Pourquoi la formulation compte</h2><p>Les recommandations sont le "
                        "principal résultat de l'EPU. L'État examiné répond à chacune d'elles, en "
                        "l'acceptant ou en en prenant note, et l'examen suivant porte sur ce qui a "
                        "été fait. Une recommandation vague est facile à accepter, et tout aussi "
                        "facile à ignorer ; une recommandation précise crée un engagement "
                        "vérifiable.</p><p>Les OSC formulent rarement elles-mêmes des "
                        "recommandations, mais elles peuvent en proposer la formulation : dans "
                        "leurs contributions, lors des pré-sessions et dans leurs réunions avec "
                        "les ambassades. La recherche sur l'engagement de la société civile dans "
                        "l'EPU comme UPR Info encouragent les recommandations SMART, plus faciles "
                        "à reprendre pour les États et à suivre pour tous.</p>"
                    ),
                ],
                [
                    "key_points",
                    {
                        "title": "SMART, une ligne par lettre",
                        "points": [
                            (
                                "Spécifique (Specific) : nommez l'action, la question et, le cas "
                                "échéant, le groupe de personnes concerné."
                            ),
                            (
                                "Mesurable (Measurable) : permettez de vérifier si l'action a été "
                                "menée, par exemple une loi adoptée ou des données publiées."
                            ),
                            (
                                "Atteignable (Achievable) : demandez ce que l'État peut "
                                "réalistement faire au cours du cycle, même si c'est exigeant."
                            ),
                            (
                                "Pertinente (Relevant) : répondez à un problème réel, documenté "
                                "par vos preuves et lié aux normes relatives aux droits humains."
                            ),
                            (
                                "Assortie d'un délai (Time-bound) : fixez une échéance, par "
                                "exemple avant le rapport à mi-parcours ou avant le prochain "
                                "examen."
                            ),
                        ],
                    },
                ],
                [
                    "text",
                    (
                        "<h2>Les catégories d'action</h2><p>Pour analyser les recommandations, UPR "
                        "Info classe chacune d'elles selon le type d'action demandé, sur une "
                        "échelle de 1 à 5 issue de travaux universitaires. La catégorie 5 est "
                        "confirmée par les propres textes d'UPR Info ; les descriptions des "
                        "catégories 1 à 4 ci-dessous correspondent au résumé couramment utilisé : "
                        "vérifiez la description actuelle d'UPR Info avant de les "
                        "citer.</p><ol><li><strong>Catégorie 1, action minimale :</strong> par "
                        "exemple une recommandation adressée à d'autres États, ou demandant à "
                        "l'État de partager des informations ou de solliciter une "
                        "assistance.</li><li><strong>Catégorie 2, action de continuité :</strong> "
                        "typiquement « poursuivre » ce qui est déjà "
                        "engagé.</li><li><strong>Catégorie 3, action d'examen :</strong> « "
                        "envisager » ou « étudier la possibilité de ».</li><li><strong>Catégorie "
                        "4, action générale :</strong> « prendre des mesures », « veiller à », « "
                        "promouvoir ».</li><li><strong>Catégorie 5, action spécifique :</strong> "
                        "une mesure concrète comme « adopter une loi », « ratifier » ou « créer » "
                        "un organe.</li></ol><p>Une catégorie plus élevée n'est pas "
                        "automatiquement meilleure, mais les recommandations de catégorie 5 sont "
                        "généralement les plus faciles à suivre. Lorsque vous proposez une "
                        "formulation aux diplomates, visez une action spécifique chaque fois que "
                        "c'est réaliste.</p>"
                    ),
                ],
                [
                    "glossary",
                    [
                        {
                            "term": "SMART",
                            "definition": (
                                "Acronyme anglais de Specific, Measurable, Achievable, Relevant, "
                                "Time-bound (spécifique, mesurable, atteignable, pertinente, "
                                "assortie d'un délai) : cinq critères d'une recommandation "
                                "applicable et vérifiable."
                            ),
                        },
                        {
                            "term": "Catégorie d'action",
                            "definition": (
                                "Classement d'une recommandation par UPR Info, de 1 (action "
                                "minimale) à 5 (action spécifique), selon l'action qu'elle demande."
                            ),
                        },
                        {
                            "term": "Indicateur",
                            "definition": (
                                "Élément qui montre si, ou dans quelle mesure, une recommandation "
                                "a été mise en œuvre, comme une loi adoptée ou un chiffre publié."
                            ),
                        },
                        {
                            "term": "Situation de référence",
                            "definition": (
                                "La situation au moment de l'examen, par rapport à laquelle les "
                                "progrès seront mesurés ensuite."
                            ),
                        },
                        {
                            "term": "Tableau de suivi",
                            "definition": (
                                "Tableau qui recense chaque recommandation avec la réponse de "
                                "l'État, l'autorité responsable, les indicateurs et l'état "
                                "d'avancement, mis à jour tout au long du cycle."
                            ),
                        },
                    ],
                ],
                [
                    "steps",
                    {
                        "title": "D'une préoccupation à une recommandation SMART",
                        "steps": [
                            {
                                "title": "Partir de vos preuves",
                                "text": (
                                    "Énoncez le problème en une phrase, ainsi que le fait clé qui "
                                    "le démontre. Si vous n'y parvenez pas, la recommandation "
                                    "n'est pas prête."
                                ),
                            },
                            {
                                "title": "Choisir l'action",
                                "text": (
                                    "Choisissez un verbe qui désigne une mesure concrète, comme "
                                    "adopter, modifier, ratifier, créer ou publier, plutôt que "
                                    "promouvoir ou veiller à."
                                ),
                            },
                            {
                                "title": "La rendre mesurable et l'assortir d'un délai",
                                "text": (
                                    "Précisez ce qui montrera que la mesure a été prise, et à "
                                    "quelle échéance : par exemple avant le rapport à mi-parcours "
                                    "ou avant le prochain examen."
                                ),
                            },
                            {
                                "title": "Vérifier qu'elle est atteignable et pertinente",
                                "text": (
                                    "Confrontez-la à la situation de l'État, aux recommandations "
                                    "antérieures et aux normes internationales. Abandonnez ou "
                                    "ajustez ce qui est irréaliste ou hors sujet."
                                ),
                            },
                            {
                                "title": "La tester et préparer l'argumentaire",
                                "text": (
                                    "Demandez à un collègue de repérer les ambiguïtés, puis "
                                    "ajoutez deux lignes d'argumentaire qu'un diplomate pourra "
                                    "utiliser pour la proposer."
                                ),
                            },
                        ],
                    },
                ],
                [
                    "text",
                    (
                        "<h2>Avant et après : un exemple illustratif</h2><p>Cet exemple est "
                        "fictif, composé à partir de plusieurs situations ; il ne décrit pas un "
                        "cas réel. Une coalition d'un pays d'Afrique de l'Ouest a documenté de "
                        "longues périodes de détention provisoire. Voici son premier jet et sa "
                        "recommandation révisée :</p><ul><li><strong>Avant :</strong> « Améliorer "
                        "la situation des personnes détenues. »</li><li><strong>Après :</strong> « "
                        "Adopter, avant le prochain examen, une loi fixant une durée maximale de "
                        "la détention provisoire, et publier chaque année des données sur le "
                        "nombre de personnes en détention provisoire et la durée de leur "
                        "détention. »</li></ul><p>La version révisée demande une action spécifique "
                        "(catégorie 5 dans le résumé couramment utilisé) et contient deux "
                        "résultats mesurables ainsi qu'une échéance claire. Si l'État l'accepte, "
                        "la coalition peut la suivre à l'aide de deux indicateurs ; s'il en prend "
                        "note, la coalition dispose tout de même d'une formulation précise à "
                        "remettre sur la table lors du rapport à mi-parcours et au cycle "
                        "suivant.</p>"
                    ),
                ],
                [
                    "exercise",
                    {
                        "title": "Reformuler, classer et suivre",
                        "instructions": (
                            "<p>Les groupes travaillent sur des recommandations fictives mais "
                            "réalistes et les font passer d'une formulation vague à un tableau de "
                            "suivi.</p><ol><li>Formez des groupes de trois ou quatre personnes. "
                            "Chaque groupe reçoit une carte avec quatre recommandations "
                            "vagues.</li><li>Pour chaque recommandation, mettez-vous d'accord sur "
                            "sa catégorie d'action, à l'aide du document présentant le résumé "
                            "couramment utilisé.</li><li>Choisissez-en deux et reformulez-les pour "
                            "qu'elles remplissent les cinq critères SMART. Cochez chaque critère "
                            "sur la grille.</li><li>Pour l'une des recommandations reformulées, "
                            "remplissez une ligne du tableau de suivi : réponse (imaginez qu'elle "
                            "a été acceptée), autorité responsable, indicateur, situation de "
                            "référence et échéance.</li><li>Présentez vos versions avant et après "
                            "en plénière ; les autres groupes indiquent quel critère reste le plus "
                            "faible.</li></ol>"
                        ),
                        "duration_minutes": 35,
                        "materials": (
                            "Des cartes avec quatre recommandations fictives et vagues par groupe, "
                            "un document sur les catégories d'action (précisant que la formulation "
                            "des catégories 1 à 4 correspond au résumé couramment utilisé), une "
                            "grille SMART et un tableau de suivi vierge sur tableau de conférence "
                            "ou tableur."
                        ),
                    },
                ],
                [
                    "quiz",
                    {
                        "title": "Vérifiez vos connaissances",
                        "questions": [
                            {
                                "question": "Quelle recommandation est la plus SMART ?",
                                "choices": [
                                    {
                                        "text": (
                                            "Poursuivre les efforts de protection des défenseurs "
                                            "des droits humains."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Elle ne demande qu'une action de continuité, ne "
                                            "nomme aucune mesure concrète et n'a pas d'échéance : "
                                            "les progrès ne peuvent pas être mesurés."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Envisager des mesures pour améliorer l'accès à la "
                                            "justice."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "« Envisager » ne demande qu'une réflexion, et « "
                                            "mesures » comme « améliorer » sont trop généraux pour "
                                            "être suivis."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Adopter, avant le prochain examen, une loi "
                                            "garantissant une aide juridictionnelle gratuite aux "
                                            "personnes gardées à vue, et publier chaque année des "
                                            "données sur son utilisation."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Elle nomme une action spécifique, un résultat "
                                            "mesurable et une échéance, et elle répond à un "
                                            "problème concret."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Veiller à ce que chacun jouisse de ses droits sans "
                                            "discrimination."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Elle est pertinente, mais si générale que "
                                            "presque n'importe quelle action, ou aucune, pourrait "
                                            "être présentée comme sa mise en œuvre."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "Une recommandation demande à l'État de « ratifier » une "
                                    "convention. Dans quelle catégorie d'action se classe-t-elle ?"
                                ),
                                "choices": [
                                    {
                                        "text": "Catégorie 5, action spécifique.",
                                        "correct": True,
                                        "feedback": (
                                            "Les recommandations d'adopter une loi, de "
                                            "ratifier ou de créer quelque chose relèvent de "
                                            "l'action spécifique, la catégorie confirmée par les "
                                            "propres textes d'UPR Info."
                                        ),
                                    },
                                    {
                                        "text": "Catégorie 3, action d'examen.",
                                        "correct": False,
                                        "feedback": (
                                            "Dans le résumé couramment utilisé, la catégorie "
                                            "3 couvre les recommandations d'« envisager » ou d'« "
                                            "étudier » une mesure, pas de la prendre."
                                        ),
                                    },
                                    {
                                        "text": "Catégorie 2, action de continuité.",
                                        "correct": False,
                                        "feedback": (
                                            "Dans le résumé couramment utilisé, la catégorie "
                                            "2 couvre les recommandations de « poursuivre » une "
                                            "action déjà engagée."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "En quoi les recommandations SMART aident-elles les OSC après "
                                    "l'examen ?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Elles obligent l'État à accepter toutes les "
                                            "recommandations."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "L'État reste libre d'accepter n'importe quelle "
                                            "recommandation ou d'en prendre note ; une formulation "
                                            "SMART n'y change rien."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Elles permettent de mesurer les progrès et d'en "
                                            "rendre compte, par exemple dans un rapport à "
                                            "mi-parcours."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Des actions, des indicateurs et des échéances "
                                            "clairs permettent aux OSC de suivre la mise en œuvre, "
                                            "de dialoguer avec les autorités et de rendre compte "
                                            "de façon crédible à mi-parcours et au cycle suivant."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Elles dispensent de soumettre une contribution au "
                                            "cycle suivant."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Les contributions restent le principal canal "
                                            "écrit ; les recommandations SMART les renforcent, "
                                            "elles ne les rendent pas inutiles."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                ],
            ],
        },
        "es": {
            "title": "Formular recomendaciones SMART",
            "slug": "formular-recomendaciones-smart",
            "summary": (
                "Cómo redactar recomendaciones que los Estados puedan formular, el Estado "
                "examinado pueda aplicar y las OSC puedan vigilar: los criterios SMART, las "
                "categorías de acción y su utilidad después del examen."
            ),
            "audience": (
                "Personas responsables de incidencia en OSC que redactan recomendaciones para "
                "contribuciones, fichas y reuniones con diplomáticos, y que darán seguimiento a su "
                "aplicación."
            ),
            "objectives": [
                (
                    "Al final, los participantes pueden explicar por qué una redacción precisa "
                    "importa para la respuesta del Estado y para el seguimiento posterior."
                ),
                (
                    "Al final, los participantes pueden aplicar los cinco criterios SMART para "
                    "mejorar una recomendación vaga."
                ),
                (
                    "Al final, los participantes pueden clasificar una recomendación en una "
                    "categoría de acción y explicar qué indica sobre la acción solicitada."
                ),
                (
                    "Al final, los participantes pueden convertir una recomendación SMART en una "
                    "fila de una tabla de seguimiento, con un indicador."
                ),
            ],
            "body": [
                [
                    "text",
                    (
                        "<h2>Por qué importa la redacción</h2><p>Las recomendaciones son el "
                        "principal resultado del EPU. El Estado examinado responde a cada una, "
                        "apoyándola o tomando nota de ella, y el siguiente examen analiza lo que "
                        "se hizo. Una recomendación vaga es fácil de apoyar e igual de fácil de "
                        "ignorar; una precisa crea un compromiso verificable.</p><p>Las OSC rara "
                        "vez formulan recomendaciones ellas mismas, pero pueden proponer su "
                        "redacción: en sus contribuciones, en las pre-sesiones y en las reuniones "
                        "con embajadas. Tanto la investigación sobre la participación de la "
                        "sociedad civil en el EPU como UPR Info promueven las recomendaciones "
                        "SMART, porque a los Estados les resulta más fácil retomarlas y a todos, "
                        "darles seguimiento.</p>"
                    ),
                ],
                [
                    "key_points",
                    {
                        "title": "SMART, una línea por letra",
                        "points": [
                            (
                                "Específica (Specific): nombren la acción, el tema y, cuando "
                                "corresponda, el grupo de personas afectado."
                            ),
                            (
                                "Medible (Measurable): que se pueda comprobar si la acción se "
                                "realizó, por ejemplo una ley aprobada o datos publicados."
                            ),
                            (
                                "Alcanzable (Achievable): pidan algo que el Estado pueda hacer de "
                                "forma realista dentro del ciclo, aunque sea exigente."
                            ),
                            (
                                "Relevante (Relevant): aborden un problema real, documentado con "
                                "sus pruebas y vinculado a las normas de derechos humanos."
                            ),
                            (
                                "Con plazo (Time-bound): incluyan un plazo, por ejemplo antes del "
                                "informe de mitad de período o antes del próximo examen."
                            ),
                        ],
                    },
                ],
                [
                    "text",
                    (
                        "<h2>Las categorías de acción</h2><p>Para analizar las recomendaciones, "
                        "UPR Info clasifica cada una según el tipo de acción que solicita, en una "
                        "escala del 1 al 5 procedente de la investigación académica. La categoría "
                        "5 está confirmada en los propios textos de UPR Info; las descripciones de "
                        "las categorías 1 a 4 que siguen son el resumen de uso generalizado, así "
                        "que comprueben la descripción actual de UPR Info antes de "
                        "citarlas.</p><ol><li><strong>Categoría 1, acción mínima:</strong> por "
                        "ejemplo, una recomendación dirigida a otros Estados o que pide al Estado "
                        "compartir información o solicitar asistencia.</li><li><strong>Categoría "
                        "2, acción continuada:</strong> normalmente «continuar» algo que ya está "
                        "en marcha.</li><li><strong>Categoría 3, acción de consideración:</strong> "
                        "«considerar» o «estudiar la posibilidad de».</li><li><strong>Categoría 4, "
                        "acción general:</strong> «adoptar medidas», «garantizar», "
                        "«promover».</li><li><strong>Categoría 5, acción específica:</strong> un "
                        "paso concreto como «aprobar una ley», «ratificar» o «establecer» un "
                        "órgano.</li></ol><p>Una categoría más alta no es automáticamente mejor, "
                        "pero las recomendaciones de categoría 5 suelen ser las más fáciles de "
                        "vigilar. Cuando propongan una redacción al personal diplomático, apunten "
                        "a una acción específica siempre que sea realista.</p>"
                    ),
                ],
                [
                    "glossary",
                    [
                        {
                            "term": "SMART",
                            "definition": (
                                "Siglas en inglés de Specific, Measurable, Achievable, Relevant, "
                                "Time-bound (específica, medible, alcanzable, relevante, con "
                                "plazo): cinco criterios de una recomendación aplicable y "
                                "verificable."
                            ),
                        },
                        {
                            "term": "Categoría de acción",
                            "definition": (
                                "Clasificación que hace UPR Info de una recomendación, del 1 "
                                "(acción mínima) al 5 (acción específica), según la acción que "
                                "solicita."
                            ),
                        },
                        {
                            "term": "Indicador",
                            "definition": (
                                "Dato que muestra si una recomendación se ha aplicado, o en qué "
                                "medida, como una ley aprobada o una cifra publicada."
                            ),
                        },
                        {
                            "term": "Línea de base",
                            "definition": (
                                "La situación en el momento del examen, con la que se comparan "
                                "después los avances."
                            ),
                        },
                        {
                            "term": "Tabla de seguimiento",
                            "definition": (
                                "Tabla que recoge cada recomendación con la respuesta del Estado, "
                                "la autoridad responsable, los indicadores y el estado de avance, "
                                "actualizada a lo largo del ciclo."
                            ),
                        },
                    ],
                ],
                [
                    "steps",
                    {
                        "title": "De una preocupación a una recomendación SMART",
                        "steps": [
                            {
                                "title": "Partir de sus pruebas",
                                "text": (
                                    "Enuncien el problema en una frase y el dato clave que lo "
                                    "demuestra. Si no pueden hacerlo, la recomendación no está "
                                    "lista."
                                ),
                            },
                            {
                                "title": "Elegir la acción",
                                "text": (
                                    "Escojan un verbo que nombre un paso concreto, como aprobar, "
                                    "reformar, ratificar, establecer o publicar, en lugar de "
                                    "promover o garantizar."
                                ),
                            },
                            {
                                "title": "Hacerla medible y con plazo",
                                "text": (
                                    "Indiquen qué demostrará que se dio el paso y para cuándo: por "
                                    "ejemplo, antes del informe de mitad de período o antes del "
                                    "próximo examen."
                                ),
                            },
                            {
                                "title": "Comprobar que sea alcanzable y relevante",
                                "text": (
                                    "Contrástenla con la situación del Estado, las recomendaciones "
                                    "anteriores y las normas internacionales. Descarten o ajusten "
                                    "lo que sea poco realista o no venga al caso."
                                ),
                            },
                            {
                                "title": "Probarla y preparar la justificación",
                                "text": (
                                    "Pidan a un colega que detecte ambigüedades y añadan dos "
                                    "líneas de justificación que un diplomático pueda usar al "
                                    "proponerla."
                                ),
                            },
                        ],
                    },
                ],
                [
                    "text",
                    (
                        "<h2>Antes y después: un ejemplo ilustrativo</h2><p>Este ejemplo es "
                        "ilustrativo, compuesto a partir de varias situaciones; no describe un "
                        "caso real. Una coalición de un país de África Occidental documentó largos "
                        "períodos de prisión preventiva. Este fue su primer borrador y esta, su "
                        "recomendación revisada:</p><ul><li><strong>Antes:</strong> «Mejorar la "
                        "situación de las personas detenidas».</li><li><strong>Después:</strong> "
                        "«Aprobar, antes del próximo examen, una ley que fije una duración máxima "
                        "de la prisión preventiva, y publicar cada año datos sobre el número de "
                        "personas en prisión preventiva y la duración de su "
                        "detención».</li></ul><p>La versión revisada pide una acción específica "
                        "(categoría 5 en el resumen de uso generalizado) y contiene dos resultados "
                        "medibles y un plazo claro. Si el Estado la apoya, la coalición puede "
                        "seguirla con dos indicadores; si toma nota de ella, la coalición sigue "
                        "teniendo una redacción precisa para volver a plantearla en la etapa de "
                        "mitad de período y en el siguiente ciclo.</p>"
                    ),
                ],
                [
                    "exercise",
                    {
                        "title": "Reformular, clasificar y seguir",
                        "instructions": (
                            "<p>Los grupos trabajan con recomendaciones ficticias pero verosímiles "
                            "y las llevan de una redacción vaga a una tabla de "
                            "seguimiento.</p><ol><li>Formen grupos de tres o cuatro personas. Cada "
                            "grupo recibe una tarjeta con cuatro recomendaciones "
                            "vagas.</li><li>Para cada recomendación, acuerden en qué categoría de "
                            "acción se sitúa, con ayuda del material que presenta el resumen de "
                            "uso generalizado.</li><li>Elijan dos y reformúlenlas para que cumplan "
                            "los cinco criterios SMART. Marquen cada criterio en la lista de "
                            "control.</li><li>Para una de las recomendaciones reformuladas, "
                            "completen una fila de la tabla de seguimiento: respuesta (imaginen "
                            "que fue apoyada), autoridad responsable, indicador, línea de base y "
                            "plazo.</li><li>Presenten sus versiones de antes y después en "
                            "plenaria; los demás grupos señalan qué criterio sigue siendo el más "
                            "débil.</li></ol>"
                        ),
                        "duration_minutes": 35,
                        "materials": (
                            "Tarjetas con cuatro recomendaciones ficticias y vagas por grupo, un "
                            "material sobre las categorías de acción (que indique que la redacción "
                            "de las categorías 1 a 4 es el resumen de uso generalizado), una lista "
                            "de control SMART y una tabla de seguimiento en blanco en un rotafolio "
                            "o una hoja de cálculo."
                        ),
                    },
                ],
                [
                    "quiz",
                    {
                        "title": "Compruebe lo aprendido",
                        "questions": [
                            {
                                "question": "¿Qué recomendación es la más SMART?",
                                "choices": [
                                    {
                                        "text": (
                                            "Continuar los esfuerzos para proteger a las personas "
                                            "defensoras de derechos humanos."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Solo pide una acción continuada, no nombra ningún "
                                            "paso concreto y no tiene plazo, así que no se pueden "
                                            "medir los avances."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Considerar medidas para mejorar el acceso a la "
                                            "justicia."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "«Considerar» solo pide una reflexión, y «medidas» "
                                            "y «mejorar» son demasiado generales para darles "
                                            "seguimiento."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Aprobar, antes del próximo examen, una ley que "
                                            "garantice asistencia jurídica gratuita a las personas "
                                            "bajo custodia policial, y publicar cada año datos "
                                            "sobre su uso."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Nombra una acción específica, un resultado "
                                            "medible y un plazo, y responde a un problema concreto."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Garantizar que todas las personas disfruten de sus "
                                            "derechos sin discriminación."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Es relevante, pero tan general que casi cualquier "
                                            "acción, o ninguna, podría presentarse como aplicación."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "Una recomendación pide al Estado «ratificar» una convención. "
                                    "¿En qué categoría de acción se clasifica?"
                                ),
                                "choices": [
                                    {
                                        "text": "Categoría 5, acción específica.",
                                        "correct": True,
                                        "feedback": (
                                            "Las recomendaciones de aprobar una ley, "
                                            "ratificar o establecer algo se clasifican como acción "
                                            "específica, la categoría confirmada en los propios "
                                            "textos de UPR Info."
                                        ),
                                    },
                                    {
                                        "text": "Categoría 3, acción de consideración.",
                                        "correct": False,
                                        "feedback": (
                                            "En el resumen de uso generalizado, la categoría 3 "
                                            "abarca recomendaciones de «considerar» o «estudiar» "
                                            "un paso, no de darlo."
                                        ),
                                    },
                                    {
                                        "text": "Categoría 2, acción continuada.",
                                        "correct": False,
                                        "feedback": (
                                            "En el resumen de uso generalizado, la categoría 2 "
                                            "abarca recomendaciones de «continuar» algo que ya "
                                            "está en marcha."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "¿Cómo ayudan las recomendaciones SMART a las OSC después del "
                                    "examen?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Obligan al Estado a apoyar todas las recomendaciones."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "El Estado sigue siendo libre de apoyar cualquier "
                                            "recomendación o de tomar nota de ella; una redacción "
                                            "SMART no cambia eso."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Permiten medir los avances e informar sobre ellos, "
                                            "por ejemplo en un informe de mitad de período."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Acciones, indicadores y plazos claros "
                                            "permiten a las OSC seguir la aplicación, dialogar con "
                                            "las autoridades e informar de forma creíble a mitad "
                                            "de período y en el siguiente ciclo."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Evitan tener que presentar una contribución en el "
                                            "siguiente ciclo."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Las contribuciones siguen siendo el principal "
                                            "canal escrito; las recomendaciones SMART las "
                                            "refuerzan, no las hacen innecesarias."
                                        ),
                                    },
                                ],
                            },
                        ],
                    },
                ],
            ],
        },
    },
]
