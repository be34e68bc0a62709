"""Learning demo content, part B: four training modules on the later UPR stages.

A pure data module read by the learning demo loader. Each module has the same structure in English,
French and Spanish: the same body blocks in the same order, the same list lengths and, for every
rich-text value, the same sequence of HTML elements. Every fact agrees with the project's UPR fact
sheet; timings are approximate, and examples are illustrative composites that describe no real
person or organisation.
"""

from __future__ import annotations

MODULES = [
    {
        "key": "working-with-government",
        "level": "intermediate",
        "duration_minutes": 75,
        "themes": [],
        "stages": ["responses", "plenary-adoption", "implementation"],
        "en": {
            "title": "Working with government on implementation",
            "slug": "working-with-government-on-implementation",
            "summary": (
                "How civil society can engage the government from the State's responses and the "
                "plenary adoption through to implementation, including what to do with noted "
                "recommendations."
            ),
            "audience": (
                "Civil society organisations that took part in a UPR review and now want to work "
                "with the authorities to turn recommendations into real change."
            ),
            "objectives": [
                (
                    "By the end, participants can explain how the State's responses, the addendum "
                    "and the plenary adoption fit together after the review."
                ),
                (
                    "By the end, participants can identify the national mechanism and the other "
                    "actors responsible for implementing, reporting on and following up "
                    "recommendations."
                ),
                (
                    "By the end, participants can plan constructive engagement with the "
                    "government, parliament, the NHRI and the embassies of recommending States."
                ),
                (
                    "By the end, participants can choose a strategy for recommendations that the "
                    "State has noted."
                ),
            ],
            "body": [
                [
                    "text",
                    (
                        "<h2>After the review: responses and adoption</h2><p>About 48 hours after "
                        "the interactive dialogue, the recommendations made to the State are "
                        "published in the draft report of the Working Group. Between the review "
                        "and the plenary, the government decides its position on each one: it "
                        "either <strong>supports</strong> it or <strong>notes</strong> it. These "
                        "responses are set out in an addendum to the Working Group report (limited "
                        "to 2,675 words), which is due before the plenary adoption.</p><p>This "
                        "window is one of the most useful moments for advocacy. Ministries are "
                        "reading every recommendation and deciding what they can commit to. A "
                        "clear, realistic analysis from civil society, showing which "
                        "recommendations are priorities and how they could be implemented, can tip "
                        "a decision towards support.</p><p>About three to four months after the "
                        "review, the Human Rights Council adopts the outcome in plenary under "
                        "agenda item 6, with about one hour per State. The State can present its "
                        "responses, and NGOs with ECOSOC consultative status and NHRIs can make "
                        "short statements. If your organisation does not have ECOSOC status, work "
                        "with a partner or coalition that does.</p>"
                    ),
                ],
                [
                    "text",
                    (
                        "<h2>Who implements, and who can help</h2><p>Implementation is the State's "
                        "responsibility, but it rarely moves without both pressure and support. "
                        "Many States have set up a national mechanism for implementation, "
                        "reporting and follow-up: often an inter-ministerial committee or a unit "
                        "in a ministry that coordinates reports to UN mechanisms and tracks their "
                        "recommendations. Find out whether one exists in your country, who sits on "
                        "it and whether it consults civil society.</p><ul><li><strong>Government "
                        "and the national mechanism:</strong> ask for a public implementation plan "
                        "that names responsible ministries, timelines, budgets and "
                        "indicators.</li><li><strong>Parliament:</strong> many recommendations "
                        "need laws or budget lines; parliamentary committees can question "
                        "ministers and hold hearings on progress.</li><li><strong>The national "
                        "human rights institution (NHRI):</strong> it can monitor implementation "
                        "independently, bring government and civil society together, and report on "
                        "progress.</li><li><strong>Embassies of recommending States:</strong> they "
                        "can raise their recommendations in bilateral dialogue and, in some cases, "
                        "support implementation through cooperation programmes.</li></ul><p>Noted "
                        "recommendations deserve attention too. A noted recommendation is not a "
                        "rejected one: it remains part of the outcome, the State can still act on "
                        "it, and it can come back at the next review. Look for the part the "
                        "government can accept, build evidence and allies, and raise it again at "
                        "mid-term.</p>"
                    ),
                ],
                [
                    "key_points",
                    {
                        "title": "Working constructively with government",
                        "points": [
                            (
                                "Supported recommendations are a public commitment by the "
                                "government: use them as a shared starting point rather than as an "
                                "accusation."
                            ),
                            (
                                "A noted recommendation is not a rejected one: the State can still "
                                "act on it, and you can keep advocating."
                            ),
                            (
                                "Ask for a national implementation plan with responsible "
                                "ministries, timelines, budgets and indicators."
                            ),
                            (
                                "Cooperation and independence go together: offer expertise and "
                                "data, but keep your right to report publicly on progress."
                            ),
                            (
                                "Keep parliament, the NHRI and the embassies of recommending "
                                "States informed, so that pressure comes from several directions."
                            ),
                        ],
                    },
                ],
                [
                    "glossary",
                    [
                        {
                            "term": "Addendum",
                            "definition": (
                                "The document in which the State under review sets out its "
                                "responses to the recommendations (supported or noted) and may "
                                "explain them. It is published before the plenary adoption."
                            ),
                        },
                        {
                            "term": "Supported recommendation",
                            "definition": (
                                "A recommendation the State commits to implement. UPR Info's "
                                "database calls these “accepted”."
                            ),
                        },
                        {
                            "term": "Noted recommendation",
                            "definition": (
                                "A recommendation the State takes note of without supporting it. "
                                "It remains part of the outcome and can be raised again during "
                                "implementation and at the next review."
                            ),
                        },
                        {
                            "term": (
                                "National mechanism for implementation, reporting and follow-up"
                            ),
                            "definition": (
                                "A government structure, often inter-ministerial, that coordinates "
                                "reports to UN human rights mechanisms and tracks the "
                                "implementation of their recommendations. Its name and mandate "
                                "vary from country to country."
                            ),
                        },
                        {
                            "term": "Agenda item 6",
                            "definition": (
                                "The item of the Human Rights Council's agenda under which UPR "
                                "outcomes are adopted in plenary, about three to four months after "
                                "the review."
                            ),
                        },
                    ],
                ],
                [
                    "steps",
                    {
                        "title": "From the review to an implementation plan",
                        "steps": [
                            {
                                "title": "Analyse the recommendations",
                                "text": (
                                    "In the days after the review, sort the recommendations by "
                                    "theme and identify those that match your work. Note which "
                                    "ones are specific and measurable."
                                ),
                            },
                            {
                                "title": "Lobby before the responses",
                                "text": (
                                    "Before the addendum is finalised, meet the ministry "
                                    "coordinating the UPR and explain which recommendations you "
                                    "hope the State will support, and why they are realistic."
                                ),
                            },
                            {
                                "title": "Use the plenary",
                                "text": (
                                    "About three to four months after the review, deliver or "
                                    "support a short statement at the plenary adoption, through an "
                                    "organisation with ECOSOC status or a coalition. Welcome "
                                    "commitments and flag concerns."
                                ),
                            },
                            {
                                "title": "Map the implementing actors",
                                "text": (
                                    "Identify the national mechanism, the responsible ministries, "
                                    "the relevant parliamentary committees, the NHRI and the "
                                    "embassies of recommending States."
                                ),
                            },
                            {
                                "title": "Propose a joint plan",
                                "text": (
                                    "Offer to contribute to a national implementation plan with "
                                    "clear responsibilities, timelines, budget lines and "
                                    "indicators, and ask how civil society will be consulted."
                                ),
                            },
                            {
                                "title": "Agree on regular updates",
                                "text": (
                                    "Ask for regular progress meetings or public updates, and "
                                    "organise your own monitoring so that you are ready for "
                                    "mid-term reporting."
                                ),
                            },
                        ],
                    },
                ],
                [
                    "text",
                    (
                        "<h3>Illustrative example</h3><p><em>This example is an illustrative "
                        "composite; it does not describe a real organisation.</em></p><p>A "
                        "coalition of children's rights organisations in a Central American "
                        "country grouped the recommendations on child protection into a one-page "
                        "brief and met the ministry coordinating the UPR before the addendum was "
                        "finalised. The State supported most of them but noted a recommendation to "
                        "set 18 as the minimum age of marriage, without exception.</p><p>At the "
                        "plenary adoption, the coalition welcomed the commitments in a joint "
                        "statement delivered by a partner with ECOSOC status, and offered the "
                        "national mechanism a shared tracking table. On the noted recommendation, "
                        "it worked with a parliamentary committee on a draft law and briefed the "
                        "embassies of the States that had made it, which raised the issue in "
                        "bilateral meetings. By the mid-term point, the draft law was before "
                        "parliament.</p>"
                    ),
                ],
                [
                    "exercise",
                    {
                        "title": "Role-play: a first meeting with the ministry",
                        "instructions": (
                            "<p>In this role-play, participants prepare and hold a first meeting "
                            "with the government official who coordinates UPR "
                            "follow-up.</p><ol><li>Form groups of four: two civil society "
                            "representatives, one government official and one "
                            "observer.</li><li>Give each group the same list of six "
                            "recommendations: four supported and two noted.</li><li>The civil "
                            "society pair has 8 minutes to prepare three asks: one priority "
                            "supported recommendation, one noted recommendation, and one request "
                            "about consultation or progress updates.</li><li>Hold a 10-minute "
                            "meeting. The official stays polite but cautious, citing a limited "
                            "budget and competing priorities.</li><li>The observer notes which "
                            "arguments moved the official and which ones closed the "
                            "conversation.</li><li>In plenary, each observer shares one lesson in "
                            "a sentence; the facilitator draws out tactics for cooperating without "
                            "losing independence.</li></ol>"
                        ),
                        "duration_minutes": 30,
                        "materials": (
                            "A printed list of six sample recommendations (four supported, two "
                            "noted) addressed to a fictional State; role cards for the official "
                            "and the observer; a timer; a flipchart to record lessons."
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
                                    "Where does the State set out whether it supports or notes "
                                    "each recommendation?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "In an addendum to the Working Group report, submitted "
                                            "before the plenary adoption"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "The addendum carries the State's responses and "
                                            "is due before the plenary, which is why advocacy in "
                                            "the weeks after the review matters so much."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "In its national report, submitted about 12 weeks "
                                            "before the review"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "The national report is written before the review, so "
                                            "it cannot respond to recommendations that have not "
                                            "yet been made."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "In the summary of stakeholder information prepared by "
                                            "OHCHR"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "OHCHR's summary brings together stakeholder "
                                            "information before the review; it does not contain "
                                            "the State's responses."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "The State has noted a recommendation that matters to your "
                                    "organisation. What is the most useful reaction?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Drop it: a noted recommendation has been rejected and "
                                            "cannot be implemented."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Noted is not the same as rejected. The State can "
                                            "still act on it, and the recommendation remains part "
                                            "of the review's outcome."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Keep advocating, look for what the government can "
                                            "accept, and build support with parliament, the NHRI "
                                            "and the recommending States."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Many noted recommendations end up partly "
                                            "implemented, and steady, well-argued advocacy can "
                                            "lead the State to reconsider its position."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Wait for the next review, because nothing can happen "
                                            "before then."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Waiting means losing about four and a half years. "
                                            "Implementation happens between reviews, and mid-term "
                                            "reporting is a chance to show change earlier."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "Which approach best protects your organisation's independence "
                                    "while cooperating with the government?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Agree not to criticise the government in public in "
                                            "exchange for a seat on the national mechanism."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Giving up public criticism weakens your credibility "
                                            "and your ability to report honestly on progress."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Offer expertise and data to the implementation "
                                            "process while keeping the right to publish your own "
                                            "assessment of progress."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Cooperation works best when the government "
                                            "knows that you monitor progress independently and "
                                            "will report on it."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Refuse all meetings with officials so as not to "
                                            "appear close to the government."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Refusing all contact cuts you off from information "
                                            "and influence; independence lies in what you say, not "
                                            "in avoiding dialogue."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Communicate only through the UN, never directly with "
                                            "national authorities."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Implementation happens at national level; the UN does "
                                            "not replace direct dialogue with the authorities who "
                                            "have to act."
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
            "title": "Travailler avec le gouvernement sur la mise en œuvre",
            "slug": "travailler-avec-le-gouvernement-sur-la-mise-en-oeuvre",
            "summary": (
                "Comment les OSC peuvent dialoguer avec le gouvernement, des réponses de l'État et "
                "de l'adoption en plénière jusqu'à la mise en œuvre, y compris pour les "
                "recommandations dont il a été pris note."
            ),
            "audience": (
                "Organisations de la société civile (OSC) ayant participé à un Examen périodique "
                "universel (EPU) qui veulent désormais travailler avec les autorités pour traduire "
                "les recommandations en changements concrets."
            ),
            "objectives": [
                (
                    "À l'issue du module, les participants sont capables d'expliquer comment "
                    "s'articulent, après l'examen, les réponses de l'État, l'additif et l'adoption "
                    "en plénière."
                ),
                (
                    "À l'issue du module, les participants sont capables d'identifier le mécanisme "
                    "national et les autres acteurs chargés de mettre en œuvre les "
                    "recommandations, d'en rendre compte et d'en assurer le suivi."
                ),
                (
                    "À l'issue du module, les participants sont capables de planifier un dialogue "
                    "constructif avec le gouvernement, le parlement, l'INDH et les ambassades des "
                    "États auteurs de recommandations."
                ),
                (
                    "À l'issue du module, les participants sont capables de choisir une stratégie "
                    "pour les recommandations dont l'État a pris note."
                ),
            ],
            "body": [
                [
                    "text",
                    (
                        "<h2>Après l'examen : réponses et adoption</h2><p>Environ 48 heures après "
                        "le dialogue interactif, les recommandations adressées à l'État sont "
                        "publiées dans le projet de rapport du Groupe de travail. Entre l'examen "
                        "et la plénière, le gouvernement se prononce sur chacune d'elles : soit il "
                        "l'<strong>accepte</strong>, soit il en <strong>prend note</strong>. Ces "
                        "réponses figurent dans un additif au rapport du Groupe de travail (limité "
                        "à 2 675 mots), à soumettre avant l'adoption en plénière.</p><p>Cette "
                        "période est l'un des moments les plus utiles pour le plaidoyer. Les "
                        "ministères examinent chaque recommandation et décident de ce à quoi ils "
                        "peuvent s'engager. Une analyse claire et réaliste de la société civile, "
                        "qui montre quelles recommandations sont prioritaires et comment les "
                        "mettre en œuvre, peut faire pencher la décision en faveur de "
                        "l'acceptation.</p><p>Environ trois à quatre mois après l'examen, le "
                        "Conseil des droits de l'homme adopte le document final en séance "
                        "plénière, au titre du point 6 de l'ordre du jour, à raison d'environ une "
                        "heure par État. L'État peut y présenter ses réponses, et les ONG dotées "
                        "du statut consultatif auprès de l'ECOSOC ainsi que les INDH peuvent faire "
                        "de brèves déclarations. Si votre organisation n'a pas ce statut, "
                        "associez-vous à un partenaire ou à une coalition qui l'a.</p>"
                    ),
                ],
                [
                    "text",
                    (
                        "<h2>Qui met en œuvre, et qui peut aider</h2><p>La mise en œuvre relève de "
                        "la responsabilité de l'État, mais elle avance rarement sans pression ni "
                        "soutien. De nombreux États ont créé un mécanisme national d'application, "
                        "d'établissement de rapports et de suivi : souvent un comité "
                        "interministériel ou une unité au sein d'un ministère, qui coordonne les "
                        "rapports aux mécanismes de l'ONU et suit leurs recommandations. Vérifiez "
                        "s'il en existe un dans votre pays, qui y siège et s'il consulte la "
                        "société civile.</p><ul><li><strong>Le gouvernement et le mécanisme "
                        "national :</strong> demandez un plan de mise en œuvre public qui désigne "
                        "les ministères responsables, les échéances, les budgets et les "
                        "indicateurs.</li><li><strong>Le parlement :</strong> de nombreuses "
                        "recommandations exigent des lois ou des lignes budgétaires ; les "
                        "commissions parlementaires peuvent interroger les ministres et organiser "
                        "des auditions sur les progrès.</li><li><strong>L'institution nationale "
                        "des droits de l'homme (INDH) :</strong> elle peut suivre la mise en œuvre "
                        "de façon indépendante, réunir gouvernement et société civile, et rendre "
                        "compte des progrès.</li><li><strong>Les ambassades des États auteurs de "
                        "recommandations :</strong> elles peuvent rappeler leurs recommandations "
                        "dans le dialogue bilatéral et, parfois, soutenir la mise en œuvre par des "
                        "programmes de coopération.</li></ul><p>Les recommandations dont il a été "
                        "pris note méritent aussi votre attention. Prendre note n'est pas rejeter "
                        ": la recommandation fait toujours partie du document final, l'État peut "
                        "encore y donner suite, et elle peut revenir lors du prochain examen. "
                        "Cherchez la partie que le gouvernement peut accepter, rassemblez des "
                        "preuves et des alliés, et remettez le sujet sur la table à "
                        "mi-parcours.</p>"
                    ),
                ],
                [
                    "key_points",
                    {
                        "title": "Travailler de manière constructive avec le gouvernement",
                        "points": [
                            (
                                "Les recommandations acceptées sont un engagement public du "
                                "gouvernement : utilisez-les comme point de départ commun plutôt "
                                "que comme une accusation."
                            ),
                            (
                                "Une recommandation dont il a été pris note n'est pas une "
                                "recommandation rejetée : l'État peut encore y donner suite, et "
                                "vous pouvez continuer à plaider."
                            ),
                            (
                                "Demandez un plan national de mise en œuvre précisant les "
                                "ministères responsables, les échéances, les budgets et les "
                                "indicateurs."
                            ),
                            (
                                "Coopération et indépendance vont de pair : apportez votre "
                                "expertise et vos données, mais gardez le droit de rendre compte "
                                "publiquement des progrès."
                            ),
                            (
                                "Tenez informés le parlement, l'INDH et les ambassades des États "
                                "auteurs de recommandations, pour que la pression vienne de "
                                "plusieurs côtés."
                            ),
                        ],
                    },
                ],
                [
                    "glossary",
                    [
                        {
                            "term": "Additif",
                            "definition": (
                                "Document dans lequel l'État examiné présente ses réponses aux "
                                "recommandations (acceptées ou dont il a été pris note) et peut "
                                "les expliquer. Il est publié avant l'adoption en plénière."
                            ),
                        },
                        {
                            "term": "Recommandation acceptée",
                            "definition": (
                                "Recommandation que l'État s'engage à mettre en œuvre. On parle "
                                "aussi de recommandation « soutenue »."
                            ),
                        },
                        {
                            "term": "Recommandation dont il a été pris note",
                            "definition": (
                                "Recommandation dont l'État prend note sans l'accepter. Elle fait "
                                "toujours partie du document final et peut être soulevée à nouveau "
                                "pendant la mise en œuvre et lors du prochain examen."
                            ),
                        },
                        {
                            "term": (
                                "Mécanisme national d'application, d'établissement de rapports et "
                                "de suivi"
                            ),
                            "definition": (
                                "Structure gouvernementale, souvent interministérielle, qui "
                                "coordonne les rapports aux mécanismes des droits de l'homme de "
                                "l'ONU et suit la mise en œuvre de leurs recommandations. Son nom "
                                "et son mandat varient selon les pays."
                            ),
                        },
                        {
                            "term": "Point 6 de l'ordre du jour",
                            "definition": (
                                "Point de l'ordre du jour du Conseil des droits de l'homme au "
                                "titre duquel les documents finaux de l'EPU sont adoptés en "
                                "plénière, environ trois à quatre mois après l'examen."
                            ),
                        },
                    ],
                ],
                [
                    "steps",
                    {
                        "title": "De l'examen à un plan de mise en œuvre",
                        "steps": [
                            {
                                "title": "Analyser les recommandations",
                                "text": (
                                    "Dans les jours qui suivent l'examen, classez les "
                                    "recommandations par thème et repérez celles qui concernent "
                                    "votre travail. Notez lesquelles sont précises et mesurables."
                                ),
                            },
                            {
                                "title": "Plaider avant les réponses",
                                "text": (
                                    "Avant que l'additif ne soit finalisé, rencontrez le ministère "
                                    "qui coordonne l'EPU et expliquez quelles recommandations vous "
                                    "espérez voir acceptées, et pourquoi elles sont réalistes."
                                ),
                            },
                            {
                                "title": "Utiliser la plénière",
                                "text": (
                                    "Environ trois à quatre mois après l'examen, prononcez ou "
                                    "soutenez une brève déclaration lors de l'adoption en "
                                    "plénière, par l'intermédiaire d'une organisation dotée du "
                                    "statut ECOSOC ou d'une coalition. Saluez les engagements et "
                                    "signalez vos préoccupations."
                                ),
                            },
                            {
                                "title": "Cartographier les acteurs de la mise en œuvre",
                                "text": (
                                    "Identifiez le mécanisme national, les ministères "
                                    "responsables, les commissions parlementaires concernées, "
                                    "l'INDH et les ambassades des États auteurs de recommandations."
                                ),
                            },
                            {
                                "title": "Proposer un plan commun",
                                "text": (
                                    "Proposez de contribuer à un plan national de mise en œuvre "
                                    "assorti de responsabilités, d'échéances, de lignes "
                                    "budgétaires et d'indicateurs clairs, et demandez comment la "
                                    "société civile sera consultée."
                                ),
                            },
                            {
                                "title": "Convenir de points d'étape réguliers",
                                "text": (
                                    "Demandez des réunions de suivi régulières ou des bilans "
                                    "publics, et organisez votre propre suivi pour être prêts au "
                                    "moment du rapport à mi-parcours."
                                ),
                            },
                        ],
                    },
                ],
                [
                    "text",
                    (
                        "<h3>Exemple illustratif</h3><p><em>Cet exemple est un cas composite à "
                        "visée illustrative ; il ne décrit pas une organisation "
                        "réelle.</em></p><p>Une coalition d'organisations de défense des droits de "
                        "l'enfant, dans un pays d'Amérique centrale, a regroupé les "
                        "recommandations sur la protection de l'enfance dans une note d'une page "
                        "et a rencontré le ministère chargé de l'EPU avant la finalisation de "
                        "l'additif. L'État en a accepté la plupart, mais a pris note d'une "
                        "recommandation visant à fixer à 18 ans l'âge minimum du mariage, sans "
                        "exception.</p><p>Lors de l'adoption en plénière, la coalition a salué ces "
                        "engagements dans une déclaration commune prononcée par un partenaire doté "
                        "du statut ECOSOC, et a proposé au mécanisme national un tableau de suivi "
                        "partagé. Pour la recommandation dont il avait été pris note, elle a "
                        "travaillé avec une commission parlementaire sur une proposition de loi et "
                        "a informé les ambassades des États qui l'avaient formulée, lesquelles ont "
                        "soulevé la question lors de rencontres bilatérales. À mi-parcours, la "
                        "proposition de loi était devant le parlement.</p>"
                    ),
                ],
                [
                    "exercise",
                    {
                        "title": "Jeu de rôle : une première réunion avec le ministère",
                        "instructions": (
                            "<p>Dans ce jeu de rôle, les participants préparent puis tiennent une "
                            "première réunion avec le fonctionnaire qui coordonne le suivi de "
                            "l'EPU.</p><ol><li>Formez des groupes de quatre : deux représentants "
                            "de la société civile, un fonctionnaire et un "
                            "observateur.</li><li>Remettez à chaque groupe la même liste de six "
                            "recommandations : quatre acceptées et deux dont il a été pris "
                            "note.</li><li>Le binôme de la société civile dispose de 8 minutes "
                            "pour préparer trois demandes : une recommandation acceptée "
                            "prioritaire, une recommandation dont il a été pris note, et une "
                            "demande portant sur la consultation ou les points "
                            "d'étape.</li><li>Tenez une réunion de 10 minutes. Le fonctionnaire "
                            "reste courtois mais prudent, en invoquant un budget limité et des "
                            "priorités concurrentes.</li><li>L'observateur note les arguments qui "
                            "ont fait bouger le fonctionnaire et ceux qui ont fermé la "
                            "discussion.</li><li>En plénière, chaque observateur partage une leçon "
                            "en une phrase ; l'animateur en tire des tactiques pour coopérer sans "
                            "perdre son indépendance.</li></ol>"
                        ),
                        "duration_minutes": 30,
                        "materials": (
                            "Une liste imprimée de six exemples de recommandations (quatre "
                            "acceptées, deux dont il a été pris note) adressées à un État fictif ; "
                            "des fiches de rôle pour le fonctionnaire et l'observateur ; un "
                            "minuteur ; un tableau à feuilles pour noter les leçons."
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
                                    "Où l'État indique-t-il s'il accepte chaque recommandation ou "
                                    "s'il en prend note ?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Dans un additif au rapport du Groupe de travail, "
                                            "soumis avant l'adoption en plénière"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "L'additif contient les réponses de l'État et "
                                            "doit être soumis avant la plénière : c'est pourquoi "
                                            "le plaidoyer dans les semaines qui suivent l'examen "
                                            "compte tant."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Dans son rapport national, soumis environ 12 semaines "
                                            "avant l'examen"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Le rapport national est rédigé avant l'examen : il ne "
                                            "peut pas répondre à des recommandations qui n'ont pas "
                                            "encore été formulées."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Dans le résumé des informations des parties prenantes "
                                            "établi par le HCDH"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Le résumé du HCDH rassemble les informations des "
                                            "parties prenantes avant l'examen ; il ne contient pas "
                                            "les réponses de l'État."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "L'État a pris note d'une recommandation importante pour votre "
                                    "organisation. Quelle est la réaction la plus utile ?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Abandonner : une recommandation dont il a été pris "
                                            "note est rejetée et ne peut pas être mise en œuvre."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Prendre note ne veut pas dire rejeter. L'État peut "
                                            "encore y donner suite, et la recommandation fait "
                                            "toujours partie du document final de l'examen."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Continuer à plaider, chercher ce que le gouvernement "
                                            "peut accepter et mobiliser le parlement, l'INDH et "
                                            "les États auteurs de la recommandation."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Bien des recommandations dont il a été pris "
                                            "note finissent par être mises en œuvre en partie, et "
                                            "un plaidoyer constant et argumenté peut amener l'État "
                                            "à revoir sa position."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Attendre le prochain examen, car rien ne peut se "
                                            "passer d'ici là."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Attendre, c'est perdre environ quatre ans et demi. La "
                                            "mise en œuvre a lieu entre les examens, et le rapport "
                                            "à mi-parcours permet de montrer des changements plus "
                                            "tôt."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "Quelle approche protège le mieux l'indépendance de votre "
                                    "organisation tout en coopérant avec le gouvernement ?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Accepter de ne pas critiquer publiquement le "
                                            "gouvernement en échange d'une place dans le mécanisme "
                                            "national."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Renoncer à toute critique publique affaiblit votre "
                                            "crédibilité et votre capacité à rendre compte "
                                            "honnêtement des progrès."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Apporter expertise et données au processus de mise en "
                                            "œuvre tout en gardant le droit de publier votre "
                                            "propre évaluation des progrès."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "La coopération fonctionne mieux quand le "
                                            "gouvernement sait que vous suivez les progrès de "
                                            "façon indépendante et que vous en rendrez compte."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Refuser toute réunion avec des fonctionnaires pour ne "
                                            "pas paraître proche du gouvernement."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Refuser tout contact vous prive d'informations et "
                                            "d'influence ; l'indépendance tient à ce que vous "
                                            "dites, pas au refus du dialogue."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Ne communiquer que par l'intermédiaire de l'ONU, "
                                            "jamais directement avec les autorités nationales."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "La mise en œuvre se joue au niveau national ; l'ONU "
                                            "ne remplace pas le dialogue direct avec les autorités "
                                            "qui doivent agir."
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
            "title": "Trabajar con el gobierno en la implementación",
            "slug": "trabajar-con-el-gobierno-en-la-implementacion",
            "summary": (
                "Cómo las OSC pueden dialogar con el gobierno desde las respuestas del Estado y la "
                "aprobación en el pleno hasta la implementación, incluidas las recomendaciones de "
                "las que se tomó nota."
            ),
            "audience": (
                "Organizaciones de la sociedad civil (OSC) que participaron en un Examen Periódico "
                "Universal (EPU) y ahora quieren trabajar con las autoridades para convertir las "
                "recomendaciones en cambios reales."
            ),
            "objectives": [
                (
                    "Al finalizar, las personas participantes podrán explicar cómo se relacionan, "
                    "después del examen, las respuestas del Estado, la adición y la aprobación en "
                    "el pleno."
                ),
                (
                    "Al finalizar, las personas participantes podrán identificar el mecanismo "
                    "nacional y los demás actores responsables de aplicar las recomendaciones, "
                    "informar sobre ellas y darles seguimiento."
                ),
                (
                    "Al finalizar, las personas participantes podrán planificar un diálogo "
                    "constructivo con el gobierno, el parlamento, la INDH y las embajadas de los "
                    "Estados que formularon recomendaciones."
                ),
                (
                    "Al finalizar, las personas participantes podrán elegir una estrategia para "
                    "las recomendaciones de las que el Estado tomó nota."
                ),
            ],
            "body": [
                [
                    "text",
                    (
                        "<h2>Después del examen: respuestas y aprobación</h2><p>Unas 48 horas "
                        "después del diálogo interactivo, las recomendaciones dirigidas al Estado "
                        "se publican en el proyecto de informe del Grupo de Trabajo. Entre el "
                        "examen y el pleno, el gobierno decide su posición sobre cada una: o bien "
                        "la <strong>apoya</strong>, o bien <strong>toma nota</strong> de ella. "
                        "Estas respuestas se recogen en una adición al informe del Grupo de "
                        "Trabajo (con un límite de 2675 palabras), que debe presentarse antes de "
                        "la aprobación en el pleno.</p><p>Este intervalo es uno de los momentos "
                        "más útiles para la incidencia. Los ministerios leen cada recomendación y "
                        "deciden con qué pueden comprometerse. Un análisis claro y realista de la "
                        "sociedad civil, que muestre qué recomendaciones son prioritarias y cómo "
                        "podrían aplicarse, puede inclinar la decisión hacia el apoyo.</p><p>Unos "
                        "tres o cuatro meses después del examen, el Consejo de Derechos Humanos "
                        "aprueba el resultado en sesión plenaria, en el marco del tema 6 de la "
                        "agenda, con aproximadamente una hora por Estado. El Estado puede "
                        "presentar sus respuestas, y las ONG reconocidas como entidades "
                        "consultivas por el ECOSOC y las INDH pueden hacer declaraciones breves. "
                        "Si su organización no tiene ese estatus, colabore con una organización "
                        "aliada o una coalición que sí lo tenga.</p>"
                    ),
                ],
                [
                    "text",
                    (
                        "<h2>Quién implementa y quién puede ayudar</h2><p>La implementación es "
                        "responsabilidad del Estado, pero rara vez avanza sin presión y sin apoyo. "
                        "Muchos Estados han creado un mecanismo nacional de aplicación, "
                        "presentación de informes y seguimiento: a menudo un comité "
                        "interministerial o una unidad dentro de un ministerio que coordina los "
                        "informes a los mecanismos de la ONU y da seguimiento a sus "
                        "recomendaciones. Averigüe si existe uno en su país, quién lo integra y si "
                        "consulta a la sociedad civil.</p><ul><li><strong>El gobierno y el "
                        "mecanismo nacional:</strong> pida un plan de implementación público que "
                        "indique los ministerios responsables, los plazos, los presupuestos y los "
                        "indicadores.</li><li><strong>El parlamento:</strong> muchas "
                        "recomendaciones requieren leyes o partidas presupuestarias; las "
                        "comisiones parlamentarias pueden interpelar a ministros y celebrar "
                        "audiencias sobre los avances.</li><li><strong>La institución nacional de "
                        "derechos humanos (INDH):</strong> puede vigilar la implementación de "
                        "forma independiente, reunir al gobierno y a la sociedad civil e informar "
                        "sobre los avances.</li><li><strong>Las embajadas de los Estados que "
                        "formularon recomendaciones:</strong> pueden retomar sus recomendaciones "
                        "en el diálogo bilateral y, en algunos casos, apoyar la implementación "
                        "mediante programas de cooperación.</li></ul><p>Las recomendaciones de las "
                        "que se tomó nota también merecen atención. Tomar nota no equivale a "
                        "rechazar: la recomendación sigue formando parte del resultado, el Estado "
                        "todavía puede actuar al respecto y puede volver a plantearse en el "
                        "próximo examen. Busque la parte que el gobierno pueda aceptar, reúna "
                        "pruebas y aliados y vuelva a plantear el tema a mitad de período.</p>"
                    ),
                ],
                [
                    "key_points",
                    {
                        "title": "Trabajar de forma constructiva con el gobierno",
                        "points": [
                            (
                                "Las recomendaciones apoyadas son un compromiso público del "
                                "gobierno: úselas como punto de partida común, no como una "
                                "acusación."
                            ),
                            (
                                "Una recomendación de la que se tomó nota no es una recomendación "
                                "rechazada: el Estado todavía puede actuar y usted puede seguir "
                                "haciendo incidencia."
                            ),
                            (
                                "Pida un plan nacional de implementación con ministerios "
                                "responsables, plazos, presupuestos e indicadores."
                            ),
                            (
                                "Cooperación e independencia van de la mano: aporte conocimientos "
                                "y datos, pero conserve el derecho a informar públicamente sobre "
                                "los avances."
                            ),
                            (
                                "Mantenga informados al parlamento, a la INDH y a las embajadas de "
                                "los Estados que formularon recomendaciones, para que la presión "
                                "llegue desde varios frentes."
                            ),
                        ],
                    },
                ],
                [
                    "glossary",
                    [
                        {
                            "term": "Adición",
                            "definition": (
                                "Documento en el que el Estado examinado expone sus respuestas a "
                                "las recomendaciones (apoyadas o de las que se tomó nota) y puede "
                                "explicarlas. Se publica antes de la aprobación en el pleno."
                            ),
                        },
                        {
                            "term": "Recomendación apoyada",
                            "definition": (
                                "Recomendación que el Estado se compromete a aplicar. La base de "
                                "datos de UPR Info las llama «aceptadas»."
                            ),
                        },
                        {
                            "term": "Recomendación de la que se tomó nota",
                            "definition": (
                                "Recomendación de la que el Estado toma nota sin apoyarla. Sigue "
                                "formando parte del resultado y puede volver a plantearse durante "
                                "la implementación y en el próximo examen."
                            ),
                        },
                        {
                            "term": (
                                "Mecanismo nacional de aplicación, presentación de informes y "
                                "seguimiento"
                            ),
                            "definition": (
                                "Estructura gubernamental, a menudo interministerial, que coordina "
                                "los informes a los mecanismos de derechos humanos de la ONU y da "
                                "seguimiento a la aplicación de sus recomendaciones. Su nombre y "
                                "su mandato varían de un país a otro."
                            ),
                        },
                        {
                            "term": "Tema 6 de la agenda",
                            "definition": (
                                "Tema de la agenda del Consejo de Derechos Humanos en el que se "
                                "aprueban en sesión plenaria los resultados del EPU, unos tres o "
                                "cuatro meses después del examen."
                            ),
                        },
                    ],
                ],
                [
                    "steps",
                    {
                        "title": "Del examen a un plan de implementación",
                        "steps": [
                            {
                                "title": "Analizar las recomendaciones",
                                "text": (
                                    "En los días posteriores al examen, ordene las recomendaciones "
                                    "por tema e identifique las que corresponden a su trabajo. "
                                    "Anote cuáles son específicas y medibles."
                                ),
                            },
                            {
                                "title": "Hacer incidencia antes de las respuestas",
                                "text": (
                                    "Antes de que se finalice la adición, reúnase con el "
                                    "ministerio que coordina el EPU y explique qué recomendaciones "
                                    "espera que el Estado apoye y por qué son realistas."
                                ),
                            },
                            {
                                "title": "Aprovechar el pleno",
                                "text": (
                                    "Unos tres o cuatro meses después del examen, pronuncie o "
                                    "apoye una declaración breve durante la aprobación en el "
                                    "pleno, a través de una organización con estatus consultivo "
                                    "ante el ECOSOC o de una coalición. Celebre los compromisos y "
                                    "señale sus preocupaciones."
                                ),
                            },
                            {
                                "title": "Mapear a los actores de la implementación",
                                "text": (
                                    "Identifique el mecanismo nacional, los ministerios "
                                    "responsables, las comisiones parlamentarias pertinentes, la "
                                    "INDH y las embajadas de los Estados que formularon "
                                    "recomendaciones."
                                ),
                            },
                            {
                                "title": "Proponer un plan conjunto",
                                "text": (
                                    "Ofrezca contribuir a un plan nacional de implementación con "
                                    "responsabilidades, plazos, partidas presupuestarias e "
                                    "indicadores claros, y pregunte cómo se consultará a la "
                                    "sociedad civil."
                                ),
                            },
                            {
                                "title": "Acordar informes periódicos",
                                "text": (
                                    "Pida reuniones periódicas de seguimiento o informes públicos "
                                    "de avance, y organice su propio monitoreo para llegar "
                                    "preparados al informe de mitad de período."
                                ),
                            },
                        ],
                    },
                ],
                [
                    "text",
                    (
                        "<h3>Ejemplo ilustrativo</h3><p><em>Este ejemplo es un caso compuesto con "
                        "fines ilustrativos; no describe a ninguna organización "
                        "real.</em></p><p>Una coalición de organizaciones de derechos de la niñez "
                        "de un país centroamericano agrupó las recomendaciones sobre protección de "
                        "la infancia en una nota de una página y se reunió con el ministerio "
                        "encargado del EPU antes de que se finalizara la adición. El Estado apoyó "
                        "la mayoría, pero tomó nota de una recomendación para fijar en 18 años la "
                        "edad mínima para contraer matrimonio, sin excepciones.</p><p>En la "
                        "aprobación en el pleno, la coalición celebró los compromisos en una "
                        "declaración conjunta pronunciada por una organización aliada con estatus "
                        "consultivo ante el ECOSOC, y ofreció al mecanismo nacional una tabla de "
                        "seguimiento compartida. Sobre la recomendación de la que se tomó nota, "
                        "trabajó con una comisión parlamentaria en un proyecto de ley e informó a "
                        "las embajadas de los Estados que la habían formulado, que plantearon el "
                        "tema en reuniones bilaterales. A mitad de período, el proyecto de ley "
                        "estaba ante el parlamento.</p>"
                    ),
                ],
                [
                    "exercise",
                    {
                        "title": "Juego de roles: una primera reunión con el ministerio",
                        "instructions": (
                            "<p>En este juego de roles, las personas participantes preparan y "
                            "celebran una primera reunión con la persona funcionaria que coordina "
                            "el seguimiento del EPU.</p><ol><li>Formen grupos de cuatro: dos "
                            "representantes de la sociedad civil, una persona funcionaria del "
                            "gobierno y una persona observadora.</li><li>Entreguen a cada grupo la "
                            "misma lista de seis recomendaciones: cuatro apoyadas y dos de las que "
                            "se tomó nota.</li><li>La pareja de la sociedad civil tiene 8 minutos "
                            "para preparar tres peticiones: una recomendación apoyada prioritaria, "
                            "una recomendación de la que se tomó nota y una solicitud sobre "
                            "consultas o informes de avance.</li><li>Celebren una reunión de 10 "
                            "minutos. La persona funcionaria se muestra cortés pero cautelosa y "
                            "alega un presupuesto limitado y prioridades que compiten entre "
                            "sí.</li><li>La persona observadora anota qué argumentos hicieron "
                            "avanzar la conversación y cuáles la cerraron.</li><li>En plenaria, "
                            "cada persona observadora comparte una lección en una frase; quien "
                            "facilita extrae tácticas para cooperar sin perder la "
                            "independencia.</li></ol>"
                        ),
                        "duration_minutes": 30,
                        "materials": (
                            "Una lista impresa de seis recomendaciones de ejemplo (cuatro apoyadas "
                            "y dos de las que se tomó nota) dirigidas a un Estado ficticio; "
                            "tarjetas de rol para la persona funcionaria y la observadora; un "
                            "cronómetro; un rotafolio para anotar las lecciones."
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
                                    "¿Dónde indica el Estado si apoya cada recomendación o toma "
                                    "nota de ella?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "En una adición al informe del Grupo de Trabajo, "
                                            "presentada antes de la aprobación en el pleno"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "La adición recoge las respuestas del Estado "
                                            "y debe presentarse antes del pleno; por eso la "
                                            "incidencia en las semanas posteriores al examen es "
                                            "tan importante."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "En su informe nacional, presentado unas 12 semanas "
                                            "antes del examen"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "El informe nacional se redacta antes del examen, así "
                                            "que no puede responder a recomendaciones que todavía "
                                            "no se han formulado."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "En el resumen de la información de las partes "
                                            "interesadas que prepara el ACNUDH"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "El resumen del ACNUDH recoge información de las "
                                            "partes interesadas antes del examen; no contiene las "
                                            "respuestas del Estado."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "El Estado tomó nota de una recomendación importante para su "
                                    "organización. ¿Cuál es la reacción más útil?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Abandonarla: una recomendación de la que se tomó nota "
                                            "está rechazada y no puede aplicarse."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Tomar nota no es lo mismo que rechazar. El Estado "
                                            "todavía puede actuar al respecto, y la recomendación "
                                            "sigue formando parte del resultado del examen."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Seguir haciendo incidencia, buscar lo que el gobierno "
                                            "pueda aceptar y sumar apoyos en el parlamento, la "
                                            "INDH y los Estados que la formularon."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Muchas recomendaciones de las que se tomó "
                                            "nota acaban aplicándose en parte, y una incidencia "
                                            "constante y bien argumentada puede llevar al Estado a "
                                            "reconsiderar su posición."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Esperar al próximo examen, porque hasta entonces no "
                                            "puede pasar nada."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Esperar supone perder unos cuatro años y medio. La "
                                            "implementación ocurre entre exámenes, y el informe de "
                                            "mitad de período permite mostrar cambios antes."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "¿Qué enfoque protege mejor la independencia de su "
                                    "organización mientras coopera con el gobierno?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Aceptar no criticar públicamente al gobierno a cambio "
                                            "de un puesto en el mecanismo nacional."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Renunciar a la crítica pública debilita su "
                                            "credibilidad y su capacidad de informar con "
                                            "honestidad sobre los avances."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Aportar conocimientos y datos al proceso de "
                                            "implementación, conservando el derecho a publicar su "
                                            "propia evaluación de los avances."
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "La cooperación funciona mejor cuando el "
                                            "gobierno sabe que usted vigila los avances de forma "
                                            "independiente y que informará sobre ellos."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Rechazar toda reunión con funcionarios para no "
                                            "parecer cercana al gobierno."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Rechazar todo contacto le priva de información y de "
                                            "influencia; la independencia depende de lo que usted "
                                            "dice, no de evitar el diálogo."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Comunicarse solo a través de la ONU, nunca "
                                            "directamente con las autoridades nacionales."
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "La implementación se decide a nivel nacional; la ONU "
                                            "no sustituye el diálogo directo con las autoridades "
                                            "que deben actuar."
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
        "key": "monitoring-mid-term",
        "level": "advanced",
        "duration_minutes": 90,
        "themes": [],
        "stages": ["implementation", "mid-term-reporting", "follow-up"],
        "en": {
            "title": "Monitoring implementation and mid-term reporting",
            "slug": "monitoring-implementation-and-mid-term-reporting",
            "summary": (
                "How to track the implementation of UPR recommendations with evidence, write a "
                "stakeholder mid-term report, and use the results to prepare the next review."
            ),
            "audience": (
                "Experienced civil society organisations and coalitions that want to monitor UPR "
                "implementation systematically between reviews."
            ),
            "objectives": [
                (
                    "By the end, participants can design a tracking table that links each "
                    "recommendation to indicators, sources of evidence and an implementation "
                    "status."
                ),
                (
                    "By the end, participants can explain what State and stakeholder mid-term "
                    "reports are and when they are usually prepared."
                ),
                (
                    "By the end, participants can judge whether evidence is strong enough to "
                    "support a claim about implementation."
                ),
                (
                    "By the end, participants can turn monitoring findings into priorities for "
                    "their stakeholder submission in the next cycle."
                ),
            ],
            "body": [
                [
                    "text",
                    (
                        "<h2>Why monitor between reviews</h2><p>Implementation happens in the "
                        "roughly four and a half years between two reviews. The fourth cycle "
                        "places particular emphasis on implementation, and each new review looks "
                        "at what happened to the recommendations made last time. Recommendations "
                        "that have not been met are often simply repeated.</p><p>Without "
                        "independent monitoring, the State's own account may be the only one on "
                        "the table. Systematic monitoring lets civil society show what has changed "
                        "and what has not, back its advocacy with evidence, and arrive at the next "
                        "review with a credible record rather than a list of impressions.</p>"
                    ),
                ],
                [
                    "text",
                    (
                        "<h2>Mid-term reports</h2><p>States are encouraged to submit a "
                        "<strong>voluntary mid-term report</strong> about 2–2.5 years after their "
                        "review. It is a chance for the government to take stock, and for civil "
                        "society to ask for one, contribute to it and comment on it.</p><p>Civil "
                        "society organisations and coalitions can also write their own "
                        "<strong>stakeholder mid-term report</strong>; UPR Info published guidance "
                        "on mid-term reporting in 2018. A useful stakeholder mid-term report "
                        "usually contains:</p><ul><li>the status of each selected recommendation, "
                        "with the evidence behind it;</li><li>a comparison with the State's "
                        "mid-term report, where there is one;</li><li>new or worsening concerns "
                        "that have appeared since the review;</li><li>concrete, prioritised steps "
                        "for the rest of the cycle.</li></ul><p>Share it with the government, "
                        "parliament, the NHRI and the embassies of recommending States. It also "
                        "becomes the backbone of your stakeholder submission for the next "
                        "review.</p>"
                    ),
                ],
                [
                    "key_points",
                    {
                        "title": "Principles of good monitoring",
                        "points": [
                            (
                                "Monitor a manageable number of recommendations: depth is worth "
                                "more than coverage."
                            ),
                            (
                                "Decide in advance what “implemented” would look like for each "
                                "recommendation."
                            ),
                            (
                                "Distinguish outputs, such as a law adopted, from outcomes, such "
                                "as a real change in people's lives."
                            ),
                            (
                                "Record the source and date of every piece of evidence, so that "
                                "others can check your findings."
                            ),
                            (
                                "Where it is safe, share your findings with the government before "
                                "publishing them and give it a chance to respond."
                            ),
                        ],
                    },
                ],
                [
                    "glossary",
                    [
                        {
                            "term": "Tracking table",
                            "definition": (
                                "A table listing recommendations with, for each one, the "
                                "responsible authority, indicators, evidence, implementation "
                                "status and next advocacy steps. Also called an implementation "
                                "matrix."
                            ),
                        },
                        {
                            "term": "Baseline",
                            "definition": (
                                "The situation at the time of the review, against which progress "
                                "is measured."
                            ),
                        },
                        {
                            "term": "Indicator",
                            "definition": (
                                "A measurable sign of progress, such as a law adopted, a budget "
                                "line created or a change in data over time."
                            ),
                        },
                        {
                            "term": "Implementation status",
                            "definition": (
                                "An evidence-based assessment of how far a recommendation has been "
                                "implemented: for example, not implemented, partially implemented "
                                "or fully implemented."
                            ),
                        },
                        {
                            "term": "Mid-term report",
                            "definition": (
                                "A progress report prepared about halfway between two reviews. "
                                "States are encouraged to submit one voluntarily, about 2–2.5 "
                                "years after their review; civil society can write its own."
                            ),
                        },
                    ],
                ],
                [
                    "steps",
                    {
                        "title": "Building a tracking table",
                        "steps": [
                            {
                                "title": "Select recommendations",
                                "text": (
                                    "Choose the recommendations that matter most to the people you "
                                    "work with, including noted recommendations on the same issue. "
                                    "Group those that ask for the same change."
                                ),
                            },
                            {
                                "title": "Set a baseline",
                                "text": (
                                    "Describe the situation at the time of the review, with data "
                                    "and sources, so that change can be measured."
                                ),
                            },
                            {
                                "title": "Define indicators",
                                "text": (
                                    "For each recommendation, agree on two or three indicators of "
                                    "progress, mixing legal, policy, budget and outcome indicators."
                                ),
                            },
                            {
                                "title": "Gather evidence regularly",
                                "text": (
                                    "Collect official documents, budget data, court decisions, "
                                    "testimonies and media reports, noting the date and source of "
                                    "each item."
                                ),
                            },
                            {
                                "title": "Assess the status",
                                "text": (
                                    "Rate each recommendation against the evidence using a simple "
                                    "scale, and ask a second person to check the ratings."
                                ),
                            },
                            {
                                "title": "Use the findings",
                                "text": (
                                    "Bring the results to meetings with the government, into a "
                                    "mid-term report and into your stakeholder submission for the "
                                    "next cycle."
                                ),
                            },
                        ],
                    },
                ],
                [
                    "text",
                    (
                        "<h3>Illustrative example</h3><p><em>This example is an illustrative "
                        "composite; it does not describe a real organisation.</em></p><p>A network "
                        "of disability rights organisations in a South-East Asian country built a "
                        "tracking table for 18 recommendations on inclusive education and "
                        "accessibility. When the government's voluntary mid-term report presented "
                        "a new disability law as full implementation, the network's evidence "
                        "showed that the implementing regulations had not been adopted and that no "
                        "budget had been allocated.</p><p>The network rated those recommendations "
                        "as partially implemented, shared a draft with the ministry (which "
                        "corrected one figure) and published a stakeholder mid-term report. Its "
                        "next stakeholder submission built on the same table and, at the review, "
                        "several States made more specific recommendations on regulations and "
                        "budgets.</p>"
                    ),
                ],
                [
                    "exercise",
                    {
                        "title": "Build and test a tracking table",
                        "instructions": (
                            "<p>Participants build part of a tracking table and test their "
                            "evidence against a checklist.</p><ol><li>In groups of three or four, "
                            "take two recommendations from the handout: one specific (to adopt a "
                            "law) and one general (to take measures on an issue).</li><li>For each "
                            "one, fill in the columns: responsible authority, baseline, two "
                            "indicators, available evidence, status and next advocacy "
                            "step.</li><li>Swap tables with another group. Using the evidence "
                            "checklist, challenge the other group's ratings: are sources named and "
                            "dated? Does the evidence show an outcome or only an output? Could the "
                            "government credibly dispute it?</li><li>Take your table back and "
                            "revise your ratings in the light of the challenges.</li><li>In "
                            "plenary, discuss which recommendation was harder to monitor and how "
                            "the wording of a recommendation affects monitoring.</li></ol>"
                        ),
                        "duration_minutes": 30,
                        "materials": (
                            "A handout with four sample recommendations addressed to a fictional "
                            "State and a short fictional dataset; blank tracking-table templates "
                            "on flipchart paper or in a spreadsheet; the evidence checklist "
                            "(source named, date, output or outcome, independent corroboration)."
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
                                    "When are States encouraged to submit a voluntary mid-term "
                                    "report?"
                                ),
                                "choices": [
                                    {
                                        "text": "About 2–2.5 years after their review",
                                        "correct": True,
                                        "feedback": (
                                            "Halfway between reviews is the moment to take "
                                            "stock. Because the report is voluntary, civil society "
                                            "advocacy can encourage the State to submit one."
                                        ),
                                    },
                                    {
                                        "text": "Within about 48 hours of the interactive dialogue",
                                        "correct": False,
                                        "feedback": (
                                            "About 48 hours after the dialogue is when the "
                                            "recommendations are published, not when progress is "
                                            "reported."
                                        ),
                                    },
                                    {
                                        "text": "Only at the start of the next review",
                                        "correct": False,
                                        "feedback": (
                                            "By then it is too late to change course; the mid-term "
                                            "point exists so that progress can be assessed while "
                                            "there is still time to act."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "The government says a recommendation is implemented because a "
                                    "law has been adopted, but your data show no change on the "
                                    "ground. Which status is most defensible?"
                                ),
                                "choices": [
                                    {
                                        "text": "Fully implemented, because the law exists",
                                        "correct": False,
                                        "feedback": (
                                            "A law is an output. Without regulations, a budget and "
                                            "actual application, the change the recommendation "
                                            "aimed for has not happened."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Partially implemented, citing the law and the "
                                            "evidence that it is not yet applied"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Acknowledging real progress while showing what "
                                            "is missing makes your assessment credible and hard to "
                                            "dismiss."
                                        ),
                                    },
                                    {
                                        "text": "Not implemented, without mentioning the law",
                                        "correct": False,
                                        "feedback": (
                                            "Leaving out the law would undermine your credibility; "
                                            "recognise the progress and show precisely what is "
                                            "still missing."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "How should monitoring findings be used in the next cycle?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "To set priorities for the stakeholder submission and "
                                            "suggest specific, measurable recommendations to "
                                            "recommending States"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "The next review focuses on the implementation "
                                            "of earlier recommendations, so evidence about what "
                                            "has and has not changed is exactly what States and "
                                            "OHCHR need."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "They should stay internal, because each review starts "
                                            "from scratch"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Reviews do not start from scratch: the next one "
                                            "focuses on the implementation of earlier "
                                            "recommendations, and unmet ones are often repeated."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "They should go only to the media, because UN "
                                            "processes do not use civil society information"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Civil society information enters the review through "
                                            "OHCHR's summary of stakeholder information, one of "
                                            "the three documents each review is based on."
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
            "title": "Suivi de la mise en œuvre et rapport à mi-parcours",
            "slug": "suivi-de-la-mise-en-oeuvre-et-rapport-a-mi-parcours",
            "summary": (
                "Comment suivre, preuves à l'appui, la mise en œuvre des recommandations de l'EPU, "
                "rédiger un rapport à mi-parcours de la société civile et en tirer parti pour "
                "préparer l'examen suivant."
            ),
            "audience": (
                "OSC et coalitions expérimentées qui souhaitent suivre de façon systématique la "
                "mise en œuvre de l'EPU entre deux examens."
            ),
            "objectives": [
                (
                    "À l'issue du module, les participants sont capables de concevoir un tableau "
                    "de suivi reliant chaque recommandation à des indicateurs, à des sources de "
                    "preuves et à un état de mise en œuvre."
                ),
                (
                    "À l'issue du module, les participants sont capables d'expliquer ce que sont "
                    "les rapports à mi-parcours des États et des parties prenantes, et à quel "
                    "moment ils sont généralement préparés."
                ),
                (
                    "À l'issue du module, les participants sont capables de juger si des preuves "
                    "sont assez solides pour étayer une affirmation sur la mise en œuvre."
                ),
                (
                    "À l'issue du module, les participants sont capables de transformer les "
                    "résultats du suivi en priorités pour leur contribution des parties prenantes "
                    "au cycle suivant."
                ),
            ],
            "body": [
                [
                    "text",
                    (
                        "<h2>Pourquoi assurer un suivi entre deux examens</h2><p>La mise en œuvre "
                        "se joue pendant les quelque quatre ans et demi qui séparent deux examens. "
                        "Le quatrième cycle met particulièrement l'accent sur la mise en œuvre, et "
                        "chaque nouvel examen s'intéresse au sort des recommandations formulées la "
                        "fois précédente. Les recommandations restées lettre morte sont souvent "
                        "tout simplement répétées.</p><p>Sans suivi indépendant, le récit de "
                        "l'État risque d'être le seul sur la table. Un suivi systématique permet à "
                        "la société civile de montrer ce qui a changé et ce qui n'a pas changé, "
                        "d'appuyer son plaidoyer sur des preuves et d'arriver à l'examen suivant "
                        "avec un bilan crédible plutôt qu'avec une liste d'impressions.</p>"
                    ),
                ],
                [
                    "text",
                    (
                        "<h2>Les rapports à mi-parcours</h2><p>Les États sont encouragés à "
                        "présenter un <strong>rapport à mi-parcours volontaire</strong> environ 2 "
                        "à 2,5 ans après leur examen. C'est l'occasion pour le gouvernement de "
                        "faire le point, et pour la société civile de le réclamer, d'y contribuer "
                        "et de le commenter.</p><p>Les OSC et les coalitions peuvent aussi rédiger "
                        "leur propre <strong>rapport à mi-parcours des parties prenantes</strong> "
                        "; UPR Info a publié des orientations sur les rapports à mi-parcours en "
                        "2018. Un rapport utile contient généralement :</p><ul><li>l'état de mise "
                        "en œuvre de chaque recommandation retenue, avec les preuves "
                        "correspondantes ;</li><li>une comparaison avec le rapport à mi-parcours "
                        "de l'État, s'il existe ;</li><li>les préoccupations nouvelles ou "
                        "aggravées depuis l'examen ;</li><li>des mesures concrètes et "
                        "hiérarchisées pour le reste du cycle.</li></ul><p>Transmettez-le au "
                        "gouvernement, au parlement, à l'INDH et aux ambassades des États auteurs "
                        "de recommandations. Il servira aussi d'ossature à votre contribution des "
                        "parties prenantes pour l'examen suivant.</p>"
                    ),
                ],
                [
                    "key_points",
                    {
                        "title": "Principes d'un bon suivi",
                        "points": [
                            (
                                "Suivez un nombre raisonnable de recommandations : mieux vaut la "
                                "profondeur que l'exhaustivité."
                            ),
                            (
                                "Définissez à l'avance à quoi ressemblerait une recommandation « "
                                "mise en œuvre »."
                            ),
                            (
                                "Distinguez les réalisations, comme l'adoption d'une loi, des "
                                "résultats, comme un changement concret dans la vie des personnes."
                            ),
                            (
                                "Notez la source et la date de chaque élément de preuve, pour que "
                                "d'autres puissent vérifier vos conclusions."
                            ),
                            (
                                "Lorsque c'est sans danger, communiquez vos conclusions au "
                                "gouvernement avant de les publier et donnez-lui la possibilité de "
                                "répondre."
                            ),
                        ],
                    },
                ],
                [
                    "glossary",
                    [
                        {
                            "term": "Tableau de suivi",
                            "definition": (
                                "Tableau qui présente, pour chaque recommandation, l'autorité "
                                "responsable, les indicateurs, les preuves, l'état de mise en "
                                "œuvre et les prochaines étapes du plaidoyer. On parle aussi de "
                                "matrice de mise en œuvre."
                            ),
                        },
                        {
                            "term": "Situation de référence",
                            "definition": (
                                "La situation au moment de l'examen, à partir de laquelle on "
                                "mesure les progrès."
                            ),
                        },
                        {
                            "term": "Indicateur",
                            "definition": (
                                "Signe mesurable de progrès, comme l'adoption d'une loi, la "
                                "création d'une ligne budgétaire ou l'évolution de données dans le "
                                "temps."
                            ),
                        },
                        {
                            "term": "État de mise en œuvre",
                            "definition": (
                                "Appréciation, fondée sur des preuves, du degré de mise en œuvre "
                                "d'une recommandation : par exemple non mise en œuvre, "
                                "partiellement mise en œuvre ou pleinement mise en œuvre."
                            ),
                        },
                        {
                            "term": "Rapport à mi-parcours",
                            "definition": (
                                "Rapport d'étape établi environ à mi-chemin entre deux examens. "
                                "Les États sont encouragés à en présenter un à titre volontaire, "
                                "environ 2 à 2,5 ans après leur examen ; la société civile peut "
                                "rédiger le sien."
                            ),
                        },
                    ],
                ],
                [
                    "steps",
                    {
                        "title": "Construire un tableau de suivi",
                        "steps": [
                            {
                                "title": "Choisir les recommandations",
                                "text": (
                                    "Retenez les recommandations les plus importantes pour les "
                                    "personnes avec qui vous travaillez, y compris celles dont il "
                                    "a été pris note sur le même sujet. Regroupez celles qui "
                                    "demandent le même changement."
                                ),
                            },
                            {
                                "title": "Établir la situation de référence",
                                "text": (
                                    "Décrivez la situation au moment de l'examen, avec des données "
                                    "et des sources, pour pouvoir mesurer le changement."
                                ),
                            },
                            {
                                "title": "Définir des indicateurs",
                                "text": (
                                    "Pour chaque recommandation, convenez de deux ou trois "
                                    "indicateurs de progrès, en combinant indicateurs juridiques, "
                                    "politiques, budgétaires et de résultat."
                                ),
                            },
                            {
                                "title": "Recueillir des preuves régulièrement",
                                "text": (
                                    "Rassemblez documents officiels, données budgétaires, "
                                    "décisions de justice, témoignages et articles de presse, en "
                                    "notant la date et la source de chaque élément."
                                ),
                            },
                            {
                                "title": "Évaluer l'état de mise en œuvre",
                                "text": (
                                    "Notez chaque recommandation au regard des preuves à l'aide "
                                    "d'une échelle simple, et faites vérifier les notes par une "
                                    "deuxième personne."
                                ),
                            },
                            {
                                "title": "Utiliser les résultats",
                                "text": (
                                    "Mobilisez les résultats dans vos réunions avec le "
                                    "gouvernement, dans un rapport à mi-parcours et dans votre "
                                    "contribution des parties prenantes au cycle suivant."
                                ),
                            },
                        ],
                    },
                ],
                [
                    "text",
                    (
                        "<h3>Exemple illustratif</h3><p><em>Cet exemple est un cas composite à "
                        "visée illustrative ; il ne décrit pas une organisation "
                        "réelle.</em></p><p>Un réseau d'organisations de défense des droits des "
                        "personnes handicapées, dans un pays d'Asie du Sud-Est, a construit un "
                        "tableau de suivi pour 18 recommandations sur l'éducation inclusive et "
                        "l'accessibilité. Lorsque le rapport à mi-parcours volontaire du "
                        "gouvernement a présenté une nouvelle loi sur le handicap comme une mise "
                        "en œuvre complète, les preuves du réseau ont montré que les textes "
                        "d'application n'avaient pas été adoptés et qu'aucun budget n'avait été "
                        "alloué.</p><p>Le réseau a classé ces recommandations comme partiellement "
                        "mises en œuvre, a communiqué un projet au ministère (qui a corrigé un "
                        "chiffre) et a publié un rapport à mi-parcours des parties prenantes. Sa "
                        "contribution suivante s'est appuyée sur le même tableau et, lors de "
                        "l'examen, plusieurs États ont formulé des recommandations plus précises "
                        "sur les textes d'application et les budgets.</p>"
                    ),
                ],
                [
                    "exercise",
                    {
                        "title": "Construire et tester un tableau de suivi",
                        "instructions": (
                            "<p>Les participants construisent une partie d'un tableau de suivi et "
                            "confrontent leurs preuves à une liste de contrôle.</p><ol><li>Par "
                            "groupes de trois ou quatre, prenez deux recommandations du document "
                            "distribué : une précise (adopter une loi) et une générale (prendre "
                            "des mesures sur une question).</li><li>Pour chacune, remplissez les "
                            "colonnes : autorité responsable, situation de référence, deux "
                            "indicateurs, preuves disponibles, état de mise en œuvre et prochaine "
                            "étape de plaidoyer.</li><li>Échangez vos tableaux avec un autre "
                            "groupe. À l'aide de la liste de contrôle, contestez les appréciations "
                            "de l'autre groupe : les sources sont-elles citées et datées ? Les "
                            "preuves montrent-elles un résultat ou seulement une réalisation ? Le "
                            "gouvernement pourrait-il les contester de manière crédible "
                            "?</li><li>Récupérez votre tableau et révisez vos appréciations à la "
                            "lumière des remarques.</li><li>En plénière, discutez de la "
                            "recommandation la plus difficile à suivre et de l'influence de la "
                            "formulation d'une recommandation sur son suivi.</li></ol>"
                        ),
                        "duration_minutes": 30,
                        "materials": (
                            "Un document présentant quatre exemples de recommandations adressées à "
                            "un État fictif et un court jeu de données fictives ; des modèles "
                            "vierges de tableau de suivi sur tableau à feuilles ou dans un tableur "
                            "; la liste de contrôle des preuves (source citée, date, réalisation "
                            "ou résultat, corroboration indépendante)."
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
                                    "À quel moment les États sont-ils encouragés à présenter un "
                                    "rapport à mi-parcours volontaire ?"
                                ),
                                "choices": [
                                    {
                                        "text": "Environ 2 à 2,5 ans après leur examen",
                                        "correct": True,
                                        "feedback": (
                                            "À mi-chemin entre deux examens, c'est le "
                                            "moment de faire le point. Comme ce rapport est "
                                            "volontaire, le plaidoyer de la société civile peut "
                                            "encourager l'État à en présenter un."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Dans les 48 heures environ qui suivent le dialogue "
                                            "interactif"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "C'est environ 48 heures après le dialogue que les "
                                            "recommandations sont publiées ; ce n'est pas le "
                                            "moment de rendre compte des progrès."
                                        ),
                                    },
                                    {
                                        "text": "Seulement au début de l'examen suivant",
                                        "correct": False,
                                        "feedback": (
                                            "Il serait alors trop tard pour corriger le tir : le "
                                            "point à mi-parcours sert à évaluer les progrès quand "
                                            "il est encore temps d'agir."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "Le gouvernement affirme qu'une recommandation est mise en "
                                    "œuvre parce qu'une loi a été adoptée, mais vos données ne "
                                    "montrent aucun changement sur le terrain. Quelle appréciation "
                                    "est la plus défendable ?"
                                ),
                                "choices": [
                                    {
                                        "text": "Pleinement mise en œuvre, puisque la loi existe",
                                        "correct": False,
                                        "feedback": (
                                            "Une loi est une réalisation. Sans textes "
                                            "d'application, sans budget et sans application "
                                            "effective, le changement visé par la recommandation "
                                            "n'a pas eu lieu."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Partiellement mise en œuvre, en citant la loi et les "
                                            "preuves qu'elle n'est pas encore appliquée"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Reconnaître un progrès réel tout en montrant "
                                            "ce qui manque rend votre évaluation crédible et "
                                            "difficile à écarter."
                                        ),
                                    },
                                    {
                                        "text": "Non mise en œuvre, sans mentionner la loi",
                                        "correct": False,
                                        "feedback": (
                                            "Passer la loi sous silence nuirait à votre "
                                            "crédibilité ; reconnaissez le progrès et montrez "
                                            "précisément ce qui manque encore."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "Comment utiliser les résultats du suivi lors du cycle suivant "
                                    "?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Pour fixer les priorités de la contribution des "
                                            "parties prenantes et suggérer des recommandations "
                                            "précises et mesurables aux États qui en formulent"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "L'examen suivant porte sur la mise en œuvre "
                                            "des recommandations antérieures : des preuves de ce "
                                            "qui a changé ou non sont précisément ce dont les "
                                            "États et le HCDH ont besoin."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Il faut les garder en interne, car chaque examen "
                                            "repart de zéro"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Les examens ne repartent pas de zéro : le suivant "
                                            "porte sur la mise en œuvre des recommandations "
                                            "antérieures, et celles qui n'ont pas été mises en "
                                            "œuvre sont souvent répétées."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Il faut les transmettre uniquement aux médias, car "
                                            "les processus de l'ONU n'utilisent pas les "
                                            "informations de la société civile"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Les informations de la société civile entrent dans "
                                            "l'examen par le résumé des informations des parties "
                                            "prenantes établi par le HCDH, l'un des trois "
                                            "documents sur lesquels repose chaque examen."
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
            "title": "Monitoreo de la implementación e informe de mitad de período",
            "slug": "monitoreo-de-la-implementacion-e-informe-de-mitad-de-periodo",
            "summary": (
                "Cómo dar seguimiento con pruebas a la implementación de las recomendaciones del "
                "EPU, redactar un informe de mitad de período de la sociedad civil y usar los "
                "resultados para preparar el siguiente examen."
            ),
            "audience": (
                "OSC y coaliciones con experiencia que quieren monitorear de forma sistemática la "
                "implementación del EPU entre un examen y otro."
            ),
            "objectives": [
                (
                    "Al finalizar, las personas participantes podrán diseñar una tabla de "
                    "seguimiento que vincule cada recomendación con indicadores, fuentes de prueba "
                    "y un estado de implementación."
                ),
                (
                    "Al finalizar, las personas participantes podrán explicar qué son los informes "
                    "de mitad de período de los Estados y de las partes interesadas y cuándo "
                    "suelen prepararse."
                ),
                (
                    "Al finalizar, las personas participantes podrán valorar si las pruebas son lo "
                    "bastante sólidas para respaldar una afirmación sobre la implementación."
                ),
                (
                    "Al finalizar, las personas participantes podrán convertir los resultados del "
                    "monitoreo en prioridades para su contribución de las partes interesadas en el "
                    "siguiente ciclo."
                ),
            ],
            "body": [
                [
                    "text",
                    (
                        "<h2>Por qué monitorear entre exámenes</h2><p>La implementación ocurre "
                        "durante los aproximadamente cuatro años y medio que separan dos exámenes. "
                        "El cuarto ciclo pone un énfasis especial en la implementación, y cada "
                        "nuevo examen analiza qué pasó con las recomendaciones formuladas la vez "
                        "anterior. Las recomendaciones que no se han cumplido suelen repetirse sin "
                        "más.</p><p>Sin un monitoreo independiente, la versión del Estado puede "
                        "ser la única sobre la mesa. Un monitoreo sistemático permite a la "
                        "sociedad civil mostrar qué ha cambiado y qué no, respaldar su incidencia "
                        "con pruebas y llegar al siguiente examen con un balance creíble en lugar "
                        "de una lista de impresiones.</p>"
                    ),
                ],
                [
                    "text",
                    (
                        "<h2>Los informes de mitad de período</h2><p>Se alienta a los Estados a "
                        "presentar un <strong>informe de mitad de período voluntario</strong> unos "
                        "2 a 2,5 años después de su examen. Es una oportunidad para que el "
                        "gobierno haga balance, y para que la sociedad civil lo solicite, "
                        "contribuya a él y lo comente.</p><p>Las OSC y las coaliciones también "
                        "pueden redactar su propio <strong>informe de mitad de período de las "
                        "partes interesadas</strong>; UPR Info publicó una guía sobre los informes "
                        "de mitad de período en 2018. Un informe útil suele incluir:</p><ul><li>el "
                        "estado de cada recomendación seleccionada, con las pruebas que lo "
                        "respaldan;</li><li>una comparación con el informe de mitad de período del "
                        "Estado, si existe;</li><li>las preocupaciones nuevas o agravadas desde el "
                        "examen;</li><li>medidas concretas y priorizadas para el resto del "
                        "ciclo.</li></ul><p>Compártalo con el gobierno, el parlamento, la INDH y "
                        "las embajadas de los Estados que formularon recomendaciones. También será "
                        "la columna vertebral de su contribución de las partes interesadas para el "
                        "siguiente examen.</p>"
                    ),
                ],
                [
                    "key_points",
                    {
                        "title": "Principios de un buen monitoreo",
                        "points": [
                            (
                                "Monitoree un número manejable de recomendaciones: la profundidad "
                                "vale más que la cobertura."
                            ),
                            "Defina de antemano cómo sería una recomendación «aplicada».",
                            (
                                "Distinga los productos, como la aprobación de una ley, de los "
                                "resultados, como un cambio real en la vida de las personas."
                            ),
                            (
                                "Registre la fuente y la fecha de cada prueba, para que otras "
                                "personas puedan verificar sus conclusiones."
                            ),
                            (
                                "Cuando sea seguro, comparta sus conclusiones con el gobierno "
                                "antes de publicarlas y dele la oportunidad de responder."
                            ),
                        ],
                    },
                ],
                [
                    "glossary",
                    [
                        {
                            "term": "Tabla de seguimiento",
                            "definition": (
                                "Tabla que recoge, para cada recomendación, la autoridad "
                                "responsable, los indicadores, las pruebas, el estado de "
                                "implementación y los próximos pasos de incidencia. También se "
                                "llama matriz de implementación."
                            ),
                        },
                        {
                            "term": "Línea de base",
                            "definition": (
                                "La situación en el momento del examen, a partir de la cual se "
                                "miden los avances."
                            ),
                        },
                        {
                            "term": "Indicador",
                            "definition": (
                                "Señal medible de avance, como la aprobación de una ley, la "
                                "creación de una partida presupuestaria o un cambio en los datos a "
                                "lo largo del tiempo."
                            ),
                        },
                        {
                            "term": "Estado de implementación",
                            "definition": (
                                "Valoración, basada en pruebas, de hasta qué punto se ha aplicado "
                                "una recomendación: por ejemplo, no aplicada, parcialmente "
                                "aplicada o plenamente aplicada."
                            ),
                        },
                        {
                            "term": "Informe de mitad de período",
                            "definition": (
                                "Informe de avance elaborado aproximadamente a medio camino entre "
                                "dos exámenes. Se alienta a los Estados a presentar uno de forma "
                                "voluntaria, unos 2 a 2,5 años después de su examen; la sociedad "
                                "civil puede redactar el suyo."
                            ),
                        },
                    ],
                ],
                [
                    "steps",
                    {
                        "title": "Construir una tabla de seguimiento",
                        "steps": [
                            {
                                "title": "Seleccionar las recomendaciones",
                                "text": (
                                    "Elija las recomendaciones más importantes para las personas "
                                    "con las que trabaja, incluidas las recomendaciones de las que "
                                    "se tomó nota sobre el mismo tema. Agrupe las que piden el "
                                    "mismo cambio."
                                ),
                            },
                            {
                                "title": "Establecer la línea de base",
                                "text": (
                                    "Describa la situación en el momento del examen, con datos y "
                                    "fuentes, para poder medir el cambio."
                                ),
                            },
                            {
                                "title": "Definir indicadores",
                                "text": (
                                    "Para cada recomendación, acuerde dos o tres indicadores de "
                                    "avance, combinando indicadores jurídicos, de políticas, "
                                    "presupuestarios y de resultado."
                                ),
                            },
                            {
                                "title": "Reunir pruebas con regularidad",
                                "text": (
                                    "Recopile documentos oficiales, datos presupuestarios, "
                                    "decisiones judiciales, testimonios y noticias, anotando la "
                                    "fecha y la fuente de cada elemento."
                                ),
                            },
                            {
                                "title": "Valorar el estado",
                                "text": (
                                    "Califique cada recomendación a la luz de las pruebas con una "
                                    "escala sencilla, y pida a una segunda persona que revise las "
                                    "calificaciones."
                                ),
                            },
                            {
                                "title": "Usar los resultados",
                                "text": (
                                    "Lleve los resultados a las reuniones con el gobierno, a un "
                                    "informe de mitad de período y a su contribución de las partes "
                                    "interesadas para el siguiente ciclo."
                                ),
                            },
                        ],
                    },
                ],
                [
                    "text",
                    (
                        "<h3>Ejemplo ilustrativo</h3><p><em>Este ejemplo es un caso compuesto con "
                        "fines ilustrativos; no describe a ninguna organización "
                        "real.</em></p><p>Una red de organizaciones de derechos de las personas "
                        "con discapacidad de un país del Sudeste Asiático elaboró una tabla de "
                        "seguimiento para 18 recomendaciones sobre educación inclusiva y "
                        "accesibilidad. Cuando el informe de mitad de período voluntario del "
                        "gobierno presentó una nueva ley de discapacidad como plena "
                        "implementación, las pruebas de la red mostraron que no se habían aprobado "
                        "los reglamentos de aplicación ni se había asignado presupuesto.</p><p>La "
                        "red calificó esas recomendaciones como parcialmente aplicadas, compartió "
                        "un borrador con el ministerio (que corrigió una cifra) y publicó un "
                        "informe de mitad de período de las partes interesadas. Su siguiente "
                        "contribución se basó en la misma tabla y, durante el examen, varios "
                        "Estados formularon recomendaciones más específicas sobre reglamentos y "
                        "presupuestos.</p>"
                    ),
                ],
                [
                    "exercise",
                    {
                        "title": "Construir y poner a prueba una tabla de seguimiento",
                        "instructions": (
                            "<p>Las personas participantes construyen parte de una tabla de "
                            "seguimiento y contrastan sus pruebas con una lista de "
                            "verificación.</p><ol><li>En grupos de tres o cuatro, tomen dos "
                            "recomendaciones del material: una específica (aprobar una ley) y una "
                            "general (adoptar medidas sobre un tema).</li><li>Para cada una, "
                            "completen las columnas: autoridad responsable, línea de base, dos "
                            "indicadores, pruebas disponibles, estado y próximo paso de "
                            "incidencia.</li><li>Intercambien las tablas con otro grupo. Con la "
                            "lista de verificación, cuestionen las calificaciones del otro grupo: "
                            "¿se citan las fuentes y las fechas? ¿Las pruebas muestran un "
                            "resultado o solo un producto? ¿Podría el gobierno rebatirlas de forma "
                            "creíble?</li><li>Recuperen su tabla y revisen sus calificaciones a la "
                            "luz de las observaciones.</li><li>En plenaria, comenten qué "
                            "recomendación fue más difícil de monitorear y cómo influye la "
                            "redacción de una recomendación en su monitoreo.</li></ol>"
                        ),
                        "duration_minutes": 30,
                        "materials": (
                            "Material con cuatro recomendaciones de ejemplo dirigidas a un Estado "
                            "ficticio y un breve conjunto de datos ficticios; plantillas de tabla "
                            "de seguimiento en blanco, en rotafolio o en una hoja de cálculo; la "
                            "lista de verificación de pruebas (fuente citada, fecha, producto o "
                            "resultado, corroboración independiente)."
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
                                    "¿Cuándo se alienta a los Estados a presentar un informe de "
                                    "mitad de período voluntario?"
                                ),
                                "choices": [
                                    {
                                        "text": "Unos 2 a 2,5 años después de su examen",
                                        "correct": True,
                                        "feedback": (
                                            "A medio camino entre dos exámenes es el "
                                            "momento de hacer balance. Como el informe es "
                                            "voluntario, la incidencia de la sociedad civil puede "
                                            "animar al Estado a presentarlo."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "En las 48 horas aproximadamente que siguen al diálogo "
                                            "interactivo"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Unas 48 horas después del diálogo es cuando se "
                                            "publican las recomendaciones, no cuando se informa "
                                            "sobre los avances."
                                        ),
                                    },
                                    {
                                        "text": "Solo al comienzo del siguiente examen",
                                        "correct": False,
                                        "feedback": (
                                            "Entonces ya sería tarde para corregir el rumbo; la "
                                            "mitad de período sirve para evaluar los avances "
                                            "cuando todavía hay tiempo para actuar."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "El gobierno afirma que una recomendación está aplicada porque "
                                    "se aprobó una ley, pero sus datos no muestran ningún cambio "
                                    "sobre el terreno. ¿Qué calificación es más defendible?"
                                ),
                                "choices": [
                                    {
                                        "text": "Plenamente aplicada, porque la ley existe",
                                        "correct": False,
                                        "feedback": (
                                            "Una ley es un producto. Sin reglamentos, presupuesto "
                                            "y aplicación efectiva, el cambio que buscaba la "
                                            "recomendación no se ha producido."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Parcialmente aplicada, citando la ley y las pruebas "
                                            "de que todavía no se aplica"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Reconocer un avance real y, a la vez, "
                                            "mostrar lo que falta hace que su valoración sea "
                                            "creíble y difícil de descartar."
                                        ),
                                    },
                                    {
                                        "text": "No aplicada, sin mencionar la ley",
                                        "correct": False,
                                        "feedback": (
                                            "Omitir la ley restaría credibilidad a su valoración; "
                                            "reconozca el avance y muestre con precisión lo que "
                                            "todavía falta."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "¿Cómo deben usarse los resultados del monitoreo en el "
                                    "siguiente ciclo?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Para fijar las prioridades de la contribución de las "
                                            "partes interesadas y proponer recomendaciones "
                                            "específicas y medibles a los Estados que las formulan"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "El siguiente examen se centra en la "
                                            "implementación de las recomendaciones anteriores, así "
                                            "que las pruebas sobre lo que ha cambiado y lo que no "
                                            "son justo lo que necesitan los Estados y el ACNUDH."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Deben quedar en el ámbito interno, porque cada examen "
                                            "empieza de cero"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Los exámenes no empiezan de cero: el siguiente se "
                                            "centra en la implementación de las recomendaciones "
                                            "anteriores, y las que no se cumplieron suelen "
                                            "repetirse."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Deben enviarse solo a los medios, porque los procesos "
                                            "de la ONU no usan información de la sociedad civil"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "La información de la sociedad civil entra en el "
                                            "examen a través del resumen de la información de las "
                                            "partes interesadas que prepara el ACNUDH, uno de los "
                                            "tres documentos en los que se basa cada examen."
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
        "key": "reprisals-digital-safety",
        "level": "introductory",
        "duration_minutes": 75,
        "themes": [],
        "stages": ["stakeholder-submissions", "pre-sessions-lobbying", "review", "implementation"],
        "en": {
            "title": "Protection from reprisals and digital safety",
            "slug": "protection-from-reprisals-and-digital-safety",
            "summary": (
                "How to assess and reduce the risks of engaging with the UPR, protect sources and "
                "data, and respond if intimidation or reprisals happen."
            ),
            "audience": (
                "Activists and civil society organisations, including those engaging with the UPR "
                "for the first time, who work where speaking out carries risk."
            ),
            "objectives": [
                (
                    "By the end, participants can carry out a simple risk assessment for each "
                    "stage of their UPR engagement."
                ),
                (
                    "By the end, participants can obtain informed consent from sources and decide "
                    "what to anonymise in a submission."
                ),
                (
                    "By the end, participants can apply basic digital-safety practices to their "
                    "communications and documents."
                ),
                (
                    "By the end, participants can describe what to do if they or their partners "
                    "face intimidation or reprisals."
                ),
            ],
            "body": [
                [
                    "text",
                    (
                        "<h2>Why reprisals are a risk in the UPR</h2><p>Everyone has the right to "
                        "cooperate with the United Nations on human rights. Intimidation or "
                        "reprisals against people for doing so are unacceptable, and the UN treats "
                        "them as a serious concern. Yet in some countries, activists who sent "
                        "information, travelled to Geneva, spoke at pre-sessions or commented "
                        "publicly on a review have faced threats, smear campaigns, travel bans, "
                        "surveillance or legal harassment.</p><p>Risk is not a reason to stay "
                        "silent; it is a reason to plan. Research on civil society and the UPR "
                        "names protection from reprisals and harassment as one of the conditions "
                        "for meaningful engagement. Safety is part of good advocacy, and it starts "
                        "before the first word of a submission is written.</p>"
                    ),
                ],
                [
                    "text",
                    (
                        "<h2>Where risks appear in the UPR "
                        "cycle</h2><ul><li><strong>Submissions:</strong> stakeholder submissions "
                        "are usually made public, and OHCHR's summary cites its sources. Assume "
                        "that anything you send may be published with your organisation's "
                        "name.</li><li><strong>Pre-sessions and lobbying:</strong> speaking at the "
                        "pre-sessions in Geneva, about a month before the review (some rounds are "
                        "held online), or meeting embassies makes you visible; travel itself can "
                        "attract attention.</li><li><strong>The review:</strong> NGOs may attend "
                        "the interactive dialogue but not speak; publicity around the review, "
                        "including on social media, can trigger online "
                        "attacks.</li><li><strong>Implementation:</strong> monitoring and public "
                        "criticism go on for years, and risks can rise once the international "
                        "attention around the review has faded.</li></ul>"
                    ),
                ],
                [
                    "text",
                    (
                        "<h2>Protecting sources, data and communications</h2><p>Before anyone's "
                        "story goes into a submission, obtain their <strong>informed "
                        "consent</strong>: explain how the information will be used, who will see "
                        "it, that it may be published, what the risks are, and that they can "
                        "withdraw. Then decide what to anonymise: names, places, dates and details "
                        "that could identify a person when combined.</p><ul><li>Use end-to-end "
                        "encrypted messaging and calls, and disappearing messages for sensitive "
                        "conversations.</li><li>Turn on two-step verification, use a password "
                        "manager, and keep devices and software up to date.</li><li>Encrypt "
                        "devices and storage, and keep sensitive files off computers that other "
                        "people can access.</li><li>Remove metadata from documents and photos "
                        "before sharing them, and keep raw testimonies and consent records "
                        "separate from anonymised versions.</li><li>Share information only with "
                        "those who need to know it, and agree in advance what to do if a phone or "
                        "laptop is lost or seized.</li></ul><p>If being named is too risky, "
                        "consider contributing through a joint submission by a coalition or a "
                        "partner organisation, and leave out any information that cannot be made "
                        "safe.</p>"
                    ),
                ],
                [
                    "text",
                    (
                        "<h2>Wellbeing is part of security</h2><p>Documenting violations, "
                        "listening to survivors and working under threat take their toll. Stress, "
                        "exhaustion and secondary trauma make people more likely to make mistakes, "
                        "including security mistakes, and to leave the work "
                        "altogether.</p><p>Build care into your plans: debrief after difficult "
                        "interviews, share the workload, agree on reasonable working hours, "
                        "encourage peer support and, where possible, offer access to professional "
                        "psychosocial support. When leaders take rest seriously, teams follow.</p>"
                    ),
                ],
                [
                    "key_points",
                    {
                        "title": "Safety essentials",
                        "points": [
                            (
                                "Assess risks before each stage, with the people who carry them, "
                                "and reassess them when the context changes."
                            ),
                            (
                                "No information about a person goes into a submission without "
                                "their informed consent."
                            ),
                            (
                                "Anonymise by default: remove names, places, dates and details "
                                "that could identify sources or victims."
                            ),
                            (
                                "Use end-to-end encrypted communication and protect your devices "
                                "and accounts."
                            ),
                            (
                                "Plan in advance what you will do if intimidation or reprisals "
                                "happen, and look after your team's wellbeing."
                            ),
                        ],
                    },
                ],
                [
                    "glossary",
                    [
                        {
                            "term": "Reprisal",
                            "definition": (
                                "Any act of intimidation or retaliation against a person or group "
                                "because they cooperate, or are thought to cooperate, with the UN "
                                "on human rights: for example threats, surveillance, travel bans, "
                                "arrests, smear campaigns or online harassment."
                            ),
                        },
                        {
                            "term": "Informed consent",
                            "definition": (
                                "Agreement given freely by a person who understands how their "
                                "information will be used, who will see it, what risks it carries "
                                "and that they can withdraw."
                            ),
                        },
                        {
                            "term": "Anonymisation",
                            "definition": (
                                "Removing or changing details so that a person cannot be "
                                "identified, either directly or by combining several pieces of "
                                "information."
                            ),
                        },
                        {
                            "term": "Risk assessment",
                            "definition": (
                                "A structured look at threats, vulnerabilities and capacities, "
                                "used to decide what to do, how, and with which protective "
                                "measures."
                            ),
                        },
                        {
                            "term": "Metadata",
                            "definition": (
                                "Hidden information attached to files and messages, such as the "
                                "author's name or the place and time of creation, which can reveal "
                                "more than the content itself."
                            ),
                        },
                    ],
                ],
                [
                    "steps",
                    {
                        "title": "If intimidation or reprisals happen",
                        "steps": [
                            {
                                "title": "Ensure immediate safety",
                                "text": (
                                    "Put the safety of the people at risk first: activate your "
                                    "security plan, contact trusted allies and, if needed, a "
                                    "lawyer or a protection organisation."
                                ),
                            },
                            {
                                "title": "Document what happened",
                                "text": (
                                    "Record dates, places, what was said or done and by whom, any "
                                    "witnesses and any link to UPR engagement; keep copies in a "
                                    "secure place."
                                ),
                            },
                            {
                                "title": "Get consent before reporting",
                                "text": (
                                    "Ask the person affected whether, how and to whom they want "
                                    "the case reported, and whether their name may be used."
                                ),
                            },
                            {
                                "title": "Inform OHCHR and the UN",
                                "text": (
                                    "With consent, inform OHCHR and the UN mechanisms that deal "
                                    "with intimidation and reprisals, which can follow up with the "
                                    "authorities. Check OHCHR's current guidance on how to send "
                                    "information safely."
                                ),
                            },
                            {
                                "title": "Alert allies",
                                "text": (
                                    "Where it helps and is safe, inform the NHRI, embassies of "
                                    "supportive States and international partners, who may raise "
                                    "the case with the authorities."
                                ),
                            },
                            {
                                "title": "Look after people",
                                "text": (
                                    "Offer psychosocial support, rest and debriefing to those "
                                    "affected and to the team, then review your risk assessment."
                                ),
                            },
                        ],
                    },
                ],
                [
                    "exercise",
                    {
                        "title": "Risk mapping for a planned submission",
                        "instructions": (
                            "<p>Participants assess the risks of a planned UPR engagement and "
                            "agree on protective measures.</p><ol><li>In small groups, read the "
                            "scenario: a fictional coalition is preparing a joint submission on "
                            "detention conditions that includes testimonies from former detainees, "
                            "and one of its members has been invited to speak at a "
                            "pre-session.</li><li>On flipchart paper, list who could be at risk "
                            "(sources, staff, family members, partners) and what could happen to "
                            "them at each stage: drafting, submission, pre-session, review and "
                            "follow-up.</li><li>Rate each risk as low, medium or high, considering "
                            "both its likelihood and its impact.</li><li>For each high risk, agree "
                            "on at least one protective measure: consent, anonymisation, a joint "
                            "submission, secure communication, travel precautions or a response "
                            "plan.</li><li>Decide together which information will not go into the "
                            "submission at all, and why.</li><li>In plenary, share one risk and "
                            "one measure; the facilitator records the common measures to build a "
                            "group checklist.</li></ol>"
                        ),
                        "duration_minutes": 25,
                        "materials": (
                            "A scenario handout; flipchart paper and markers; a simple risk matrix "
                            "(likelihood and impact); a one-page digital-safety checklist for "
                            "reference."
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
                                    "A former detainee agrees to share her story for your "
                                    "submission. What must you do before including it?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Explain how the information will be used and may be "
                                            "published, the possible risks and her right to "
                                            "withdraw, and agree which details to remove"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Informed consent means she understands the "
                                            "use, the audience and the risks, and keeps control "
                                            "over the details that identify her."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Include her full name so that the UN finds the "
                                            "testimony credible"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Credibility comes from consistent, well-documented "
                                            "information, not from exposing a person. Naming her "
                                            "could put her at serious risk."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Nothing more: agreeing to an interview means agreeing "
                                            "to publication"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Agreeing to talk is not agreeing to publication. She "
                                            "needs to know where her story will go and to decide "
                                            "what may be used."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "What is the safest working assumption about stakeholder "
                                    "submissions?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "They are confidential and only OHCHR staff read them"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Submissions are usually made public and cited in "
                                            "OHCHR's summary; counting on confidentiality can put "
                                            "sources at risk."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Anything you send may be published with your "
                                            "organisation's name, so anonymise sources and "
                                            "consider a joint submission if needed"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Planning as if everything will be public "
                                            "protects your sources and your organisation."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "The government never reads them, so sensitive details "
                                            "are safe"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Governments follow their own reviews closely and can "
                                            "read public submissions and the summary that cites "
                                            "them."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "A coalition member receives threats after speaking at a "
                                    "pre-session. Which response is best?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Post about it on social media straight away, then "
                                            "decide what to do"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Publicity can help in some cases, but it should be a "
                                            "deliberate choice made with the person affected, once "
                                            "their immediate safety has been addressed."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Ensure their safety, document what happened and, with "
                                            "their consent, inform OHCHR and the UN mechanisms "
                                            "that deal with reprisals"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Safety first, then a careful record, then "
                                            "reporting with consent so that the UN can follow up."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Keep quiet so as not to damage relations with the "
                                            "government"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Silence leaves the person without support and the UN "
                                            "unaware of the situation. Decisions about reporting "
                                            "should be made with the person affected."
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
            "title": "Protection contre les représailles et sécurité numérique",
            "slug": "protection-contre-les-represailles-et-securite-numerique",
            "summary": (
                "Comment évaluer et réduire les risques liés à la participation à l'EPU, protéger "
                "les sources et les données, et réagir en cas d'intimidation ou de représailles."
            ),
            "audience": (
                "Militants et OSC, y compris celles qui participent à l'EPU pour la première fois, "
                "qui agissent dans des contextes où prendre la parole comporte des risques."
            ),
            "objectives": [
                (
                    "À l'issue du module, les participants sont capables de réaliser une "
                    "évaluation simple des risques pour chaque étape de leur participation à l'EPU."
                ),
                (
                    "À l'issue du module, les participants sont capables d'obtenir le consentement "
                    "éclairé des sources et de décider ce qu'il faut anonymiser dans une "
                    "contribution."
                ),
                (
                    "À l'issue du module, les participants sont capables d'appliquer des pratiques "
                    "de base de sécurité numérique à leurs communications et à leurs documents."
                ),
                (
                    "À l'issue du module, les participants sont capables de décrire ce qu'il faut "
                    "faire si eux-mêmes ou leurs partenaires font l'objet d'intimidation ou de "
                    "représailles."
                ),
            ],
            "body": [
                [
                    "text",
                    (
                        "<h2>Pourquoi les représailles sont un risque dans l'EPU</h2><p>Chacun a "
                        "le droit de coopérer avec l'Organisation des Nations Unies en matière de "
                        "droits de l'homme. L'intimidation et les représailles contre les "
                        "personnes qui le font sont inacceptables, et l'ONU les considère comme "
                        "une préoccupation grave. Pourtant, dans certains pays, des militants qui "
                        "avaient transmis des informations, s'étaient rendus à Genève, étaient "
                        "intervenus lors de pré-sessions ou avaient commenté publiquement un "
                        "examen ont fait l'objet de menaces, de campagnes de dénigrement, "
                        "d'interdictions de voyager, de surveillance ou de harcèlement "
                        "judiciaire.</p><p>Le risque n'est pas une raison de se taire : c'est une "
                        "raison de planifier. Les recherches sur la société civile et l'EPU citent "
                        "la protection contre les représailles et le harcèlement parmi les "
                        "conditions d'une participation réelle. La sécurité fait partie d'un bon "
                        "plaidoyer, et elle commence avant même que le premier mot d'une "
                        "contribution soit écrit.</p>"
                    ),
                ],
                [
                    "text",
                    (
                        "<h2>Où apparaissent les risques dans le cycle de "
                        "l'EPU</h2><ul><li><strong>Contributions :</strong> les contributions des "
                        "parties prenantes sont généralement rendues publiques, et le résumé du "
                        "HCDH en cite les sources. Partez du principe que tout ce que vous envoyez "
                        "peut être publié avec le nom de votre "
                        "organisation.</li><li><strong>Pré-sessions et plaidoyer :</strong> "
                        "intervenir lors des pré-sessions à Genève, environ un mois avant l'examen "
                        "(certaines se tiennent en ligne), ou rencontrer des ambassades vous rend "
                        "visible ; le voyage lui-même peut attirer "
                        "l'attention.</li><li><strong>L'examen :</strong> les ONG peuvent assister "
                        "au dialogue interactif mais pas y prendre la parole ; la médiatisation "
                        "autour de l'examen, y compris sur les réseaux sociaux, peut déclencher "
                        "des attaques en ligne.</li><li><strong>Mise en œuvre :</strong> le suivi "
                        "et la critique publique se poursuivent pendant des années, et les risques "
                        "peuvent augmenter une fois retombée l'attention internationale suscitée "
                        "par l'examen.</li></ul>"
                    ),
                ],
                [
                    "text",
                    (
                        "<h2>Protéger les sources, les données et les communications</h2><p>Avant "
                        "d'inclure le témoignage d'une personne dans une contribution, obtenez son "
                        "<strong>consentement éclairé</strong> : expliquez comment l'information "
                        "sera utilisée, qui la verra, qu'elle pourra être publiée, quels sont les "
                        "risques et que la personne peut se rétracter. Décidez ensuite ce qu'il "
                        "faut anonymiser : noms, lieux, dates et détails qui, recoupés, pourraient "
                        "permettre d'identifier quelqu'un.</p><ul><li>Utilisez une messagerie et "
                        "des appels chiffrés de bout en bout, et des messages éphémères pour les "
                        "conversations sensibles.</li><li>Activez la validation en deux étapes, "
                        "utilisez un gestionnaire de mots de passe et maintenez appareils et "
                        "logiciels à jour.</li><li>Chiffrez vos appareils et supports de stockage, "
                        "et ne gardez pas de fichiers sensibles sur des ordinateurs auxquels "
                        "d'autres ont accès.</li><li>Supprimez les métadonnées des documents et "
                        "des photos avant de les partager, et conservez les témoignages bruts et "
                        "les formulaires de consentement à part des versions "
                        "anonymisées.</li><li>Ne partagez les informations qu'avec ceux qui ont "
                        "besoin de les connaître, et convenez à l'avance de ce qu'il faut faire si "
                        "un téléphone ou un ordinateur est perdu ou saisi.</li></ul><p>Si le fait "
                        "d'être nommé est trop risqué, envisagez de passer par une contribution "
                        "conjointe d'une coalition ou d'une organisation partenaire, et écartez "
                        "les informations qui ne peuvent pas être sécurisées.</p>"
                    ),
                ],
                [
                    "text",
                    (
                        "<h2>Le bien-être fait partie de la sécurité</h2><p>Documenter des "
                        "violations, écouter des victimes et travailler sous la menace laissent "
                        "des traces. Le stress, l'épuisement et le traumatisme vicariant "
                        "augmentent le risque d'erreurs, y compris en matière de sécurité, et "
                        "poussent des personnes à abandonner ce travail.</p><p>Intégrez le soin "
                        "dans vos plans : faites un débriefing après les entretiens difficiles, "
                        "répartissez la charge de travail, convenez d'horaires raisonnables, "
                        "encouragez l'entraide entre pairs et, si possible, donnez accès à un "
                        "soutien psychosocial professionnel. Quand les responsables prennent le "
                        "repos au sérieux, les équipes suivent.</p>"
                    ),
                ],
                [
                    "key_points",
                    {
                        "title": "L'essentiel de la sécurité",
                        "points": [
                            (
                                "Évaluez les risques avant chaque étape, avec les personnes qui y "
                                "sont exposées, et réévaluez-les quand le contexte change."
                            ),
                            (
                                "Aucune information sur une personne n'entre dans une contribution "
                                "sans son consentement éclairé."
                            ),
                            (
                                "Anonymisez par défaut : supprimez les noms, lieux, dates et "
                                "détails qui pourraient identifier des sources ou des victimes."
                            ),
                            (
                                "Utilisez des communications chiffrées de bout en bout et protégez "
                                "vos appareils et vos comptes."
                            ),
                            (
                                "Prévoyez à l'avance ce que vous ferez en cas d'intimidation ou de "
                                "représailles, et prenez soin du bien-être de votre équipe."
                            ),
                        ],
                    },
                ],
                [
                    "glossary",
                    [
                        {
                            "term": "Représailles",
                            "definition": (
                                "Tout acte d'intimidation ou de rétorsion visant une personne ou "
                                "un groupe parce qu'il coopère, ou est soupçonné de coopérer, avec "
                                "l'ONU en matière de droits de l'homme : par exemple menaces, "
                                "surveillance, interdictions de voyager, arrestations, campagnes "
                                "de dénigrement ou harcèlement en ligne."
                            ),
                        },
                        {
                            "term": "Consentement éclairé",
                            "definition": (
                                "Accord donné librement par une personne qui comprend comment ses "
                                "informations seront utilisées, qui les verra, quels risques cela "
                                "comporte et qu'elle peut se rétracter."
                            ),
                        },
                        {
                            "term": "Anonymisation",
                            "definition": (
                                "Le fait de supprimer ou de modifier des détails pour qu'une "
                                "personne ne puisse pas être identifiée, directement ou en "
                                "recoupant plusieurs informations."
                            ),
                        },
                        {
                            "term": "Évaluation des risques",
                            "definition": (
                                "Analyse structurée des menaces, des vulnérabilités et des "
                                "capacités, qui sert à décider quoi faire, comment, et avec "
                                "quelles mesures de protection."
                            ),
                        },
                        {
                            "term": "Métadonnées",
                            "definition": (
                                "Informations cachées associées aux fichiers et aux messages, "
                                "comme le nom de l'auteur ou le lieu et l'heure de création, qui "
                                "peuvent en révéler davantage que le contenu lui-même."
                            ),
                        },
                    ],
                ],
                [
                    "steps",
                    {
                        "title": "En cas d'intimidation ou de représailles",
                        "steps": [
                            {
                                "title": "Assurer la sécurité immédiate",
                                "text": (
                                    "Faites passer en premier la sécurité des personnes menacées : "
                                    "activez votre plan de sécurité, contactez des alliés de "
                                    "confiance et, si nécessaire, un avocat ou une organisation de "
                                    "protection."
                                ),
                            },
                            {
                                "title": "Documenter les faits",
                                "text": (
                                    "Consignez les dates, les lieux, ce qui a été dit ou fait et "
                                    "par qui, les éventuels témoins et tout lien avec la "
                                    "participation à l'EPU ; conservez les copies en lieu sûr."
                                ),
                            },
                            {
                                "title": "Obtenir le consentement avant de signaler",
                                "text": (
                                    "Demandez à la personne concernée si elle souhaite que le cas "
                                    "soit signalé, comment et à qui, et si son nom peut être "
                                    "utilisé."
                                ),
                            },
                            {
                                "title": "Informer le HCDH et l'ONU",
                                "text": (
                                    "Avec son consentement, informez le HCDH et les mécanismes de "
                                    "l'ONU qui traitent de l'intimidation et des représailles, qui "
                                    "peuvent assurer un suivi auprès des autorités. Consultez les "
                                    "orientations actuelles du HCDH sur la manière de transmettre "
                                    "des informations en toute sécurité."
                                ),
                            },
                            {
                                "title": "Alerter les alliés",
                                "text": (
                                    "Lorsque c'est utile et sans danger, informez l'INDH, les "
                                    "ambassades d'États favorables et les partenaires "
                                    "internationaux, qui peuvent soulever le cas auprès des "
                                    "autorités."
                                ),
                            },
                            {
                                "title": "Prendre soin des personnes",
                                "text": (
                                    "Proposez un soutien psychosocial, du repos et un débriefing "
                                    "aux personnes touchées et à l'équipe, puis réexaminez votre "
                                    "évaluation des risques."
                                ),
                            },
                        ],
                    },
                ],
                [
                    "exercise",
                    {
                        "title": "Cartographie des risques pour une contribution",
                        "instructions": (
                            "<p>Les participants évaluent les risques d'une action prévue dans le "
                            "cadre de l'EPU et conviennent de mesures de protection.</p><ol><li>En "
                            "petits groupes, lisez le scénario : une coalition fictive prépare une "
                            "contribution conjointe sur les conditions de détention, avec des "
                            "témoignages d'anciens détenus, et l'un de ses membres est invité à "
                            "intervenir lors d'une pré-session.</li><li>Sur un tableau à feuilles, "
                            "listez qui pourrait être exposé (sources, personnel, familles, "
                            "partenaires) et ce qui pourrait lui arriver à chaque étape : "
                            "rédaction, envoi, pré-session, examen et suivi.</li><li>Classez "
                            "chaque risque comme faible, moyen ou élevé, en tenant compte à la "
                            "fois de sa probabilité et de son impact.</li><li>Pour chaque risque "
                            "élevé, convenez d'au moins une mesure de protection : consentement, "
                            "anonymisation, contribution conjointe, communications sécurisées, "
                            "précautions de voyage ou plan de réaction.</li><li>Décidez ensemble "
                            "quelles informations n'entreront pas du tout dans la contribution, et "
                            "pourquoi.</li><li>En plénière, partagez un risque et une mesure ; "
                            "l'animateur note les mesures communes pour établir une liste de "
                            "contrôle collective.</li></ol>"
                        ),
                        "duration_minutes": 25,
                        "materials": (
                            "Une fiche scénario ; un tableau à feuilles et des marqueurs ; une "
                            "matrice des risques simple (probabilité et impact) ; une liste de "
                            "contrôle d'une page sur la sécurité numérique, pour référence."
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
                                    "Une ancienne détenue accepte de partager son histoire pour "
                                    "votre contribution. Que devez-vous faire avant de l'inclure ?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Lui expliquer comment l'information sera utilisée et "
                                            "pourra être publiée, les risques possibles et son "
                                            "droit de se rétracter, et convenir des détails à "
                                            "supprimer"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Le consentement éclairé suppose qu'elle "
                                            "comprenne l'usage, le public et les risques, et "
                                            "qu'elle garde la maîtrise des détails qui "
                                            "l'identifient."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Indiquer son nom complet pour que l'ONU juge le "
                                            "témoignage crédible"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "La crédibilité vient d'informations cohérentes et "
                                            "bien documentées, pas de l'exposition d'une personne. "
                                            "La nommer pourrait la mettre gravement en danger."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Rien de plus : accepter un entretien, c'est accepter "
                                            "la publication"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Accepter de parler n'est pas accepter la publication. "
                                            "Elle doit savoir où ira son histoire et décider de ce "
                                            "qui peut être utilisé."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "Quelle est l'hypothèse de travail la plus sûre au sujet des "
                                    "contributions des parties prenantes ?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Elles sont confidentielles et seul le personnel du "
                                            "HCDH les lit"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Les contributions sont généralement rendues publiques "
                                            "et citées dans le résumé du HCDH ; compter sur la "
                                            "confidentialité peut mettre des sources en danger."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Tout ce que vous envoyez peut être publié avec le nom "
                                            "de votre organisation : anonymisez les sources et "
                                            "envisagez si nécessaire une contribution conjointe"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Planifier comme si tout allait être public "
                                            "protège vos sources et votre organisation."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Le gouvernement ne les lit jamais, donc les détails "
                                            "sensibles ne risquent rien"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Les gouvernements suivent de près leur propre examen "
                                            "et peuvent lire les contributions publiques et le "
                                            "résumé qui les cite."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "Un membre de la coalition reçoit des menaces après être "
                                    "intervenu lors d'une pré-session. Quelle réaction est la "
                                    "meilleure ?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Publier immédiatement l'information sur les réseaux "
                                            "sociaux, puis décider de la suite"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "La médiatisation peut aider dans certains cas, mais "
                                            "elle doit être un choix réfléchi, fait avec la "
                                            "personne concernée une fois sa sécurité immédiate "
                                            "assurée."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Assurer sa sécurité, documenter les faits et, avec "
                                            "son consentement, informer le HCDH et les mécanismes "
                                            "de l'ONU qui traitent des représailles"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "D'abord la sécurité, puis un dossier "
                                            "rigoureux, puis un signalement consenti pour que "
                                            "l'ONU puisse assurer un suivi."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Ne rien dire pour ne pas nuire aux relations avec le "
                                            "gouvernement"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Le silence laisse la personne sans soutien et l'ONU "
                                            "dans l'ignorance de la situation. La décision de "
                                            "signaler doit être prise avec la personne concernée."
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
            "title": "Protección frente a represalias y seguridad digital",
            "slug": "proteccion-frente-a-represalias-y-seguridad-digital",
            "summary": (
                "Cómo evaluar y reducir los riesgos de participar en el EPU, proteger las fuentes "
                "y los datos, y reaccionar si se producen actos de intimidación o represalias."
            ),
            "audience": (
                "Activistas y OSC, incluidas las que participan en el EPU por primera vez, que "
                "trabajan en contextos donde alzar la voz conlleva riesgos."
            ),
            "objectives": [
                (
                    "Al finalizar, las personas participantes podrán realizar una evaluación "
                    "sencilla de riesgos para cada etapa de su participación en el EPU."
                ),
                (
                    "Al finalizar, las personas participantes podrán obtener el consentimiento "
                    "informado de las fuentes y decidir qué anonimizar en una contribución."
                ),
                (
                    "Al finalizar, las personas participantes podrán aplicar prácticas básicas de "
                    "seguridad digital a sus comunicaciones y documentos."
                ),
                (
                    "Al finalizar, las personas participantes podrán describir qué hacer si ellas "
                    "o sus organizaciones aliadas sufren intimidación o represalias."
                ),
            ],
            "body": [
                [
                    "text",
                    (
                        "<h2>Por qué las represalias son un riesgo en el EPU</h2><p>Toda persona "
                        "tiene derecho a cooperar con las Naciones Unidas en materia de derechos "
                        "humanos. La intimidación y las represalias contra quienes lo hacen son "
                        "inaceptables, y la ONU las considera una preocupación grave. Sin embargo, "
                        "en algunos países, activistas que enviaron información, viajaron a "
                        "Ginebra, intervinieron en presesiones o comentaron públicamente un examen "
                        "han sufrido amenazas, campañas de desprestigio, prohibiciones de viajar, "
                        "vigilancia o acoso judicial.</p><p>El riesgo no es un motivo para callar, "
                        "sino para planificar. Las investigaciones sobre la sociedad civil y el "
                        "EPU señalan la protección frente a las represalias y el acoso como una de "
                        "las condiciones para una participación significativa. La seguridad forma "
                        "parte de una buena incidencia y empieza antes de escribir la primera "
                        "palabra de una contribución.</p>"
                    ),
                ],
                [
                    "text",
                    (
                        "<h2>Dónde aparecen los riesgos en el ciclo del "
                        "EPU</h2><ul><li><strong>Contribuciones:</strong> las contribuciones de "
                        "las partes interesadas suelen hacerse públicas, y el resumen del ACNUDH "
                        "cita sus fuentes. Parta de la base de que todo lo que envíe puede "
                        "publicarse con el nombre de su organización.</li><li><strong>Presesiones "
                        "e incidencia:</strong> intervenir en las presesiones de Ginebra, "
                        "alrededor de un mes antes del examen (algunas se celebran en línea), o "
                        "reunirse con embajadas le da visibilidad; el propio viaje puede llamar la "
                        "atención.</li><li><strong>El examen:</strong> las ONG pueden asistir al "
                        "diálogo interactivo, pero no hacer uso de la palabra; la difusión en "
                        "torno al examen, también en redes sociales, puede desencadenar ataques en "
                        "línea.</li><li><strong>Implementación:</strong> el monitoreo y la crítica "
                        "pública continúan durante años, y los riesgos pueden aumentar cuando se "
                        "apaga la atención internacional que generó el examen.</li></ul>"
                    ),
                ],
                [
                    "text",
                    (
                        "<h2>Proteger las fuentes, los datos y las comunicaciones</h2><p>Antes de "
                        "incluir el testimonio de una persona en una contribución, obtenga su "
                        "<strong>consentimiento informado</strong>: explique cómo se usará la "
                        "información, quién la verá, que puede publicarse, qué riesgos existen y "
                        "que la persona puede retirar su consentimiento. Después decida qué "
                        "anonimizar: nombres, lugares, fechas y detalles que, combinados, podrían "
                        "identificar a alguien.</p><ul><li>Use mensajería y llamadas con cifrado "
                        "de extremo a extremo, y mensajes temporales para las conversaciones "
                        "delicadas.</li><li>Active la verificación en dos pasos, use un gestor de "
                        "contraseñas y mantenga actualizados los dispositivos y los "
                        "programas.</li><li>Cifre los dispositivos y el almacenamiento, y no "
                        "guarde archivos sensibles en computadoras a las que otras personas tienen "
                        "acceso.</li><li>Elimine los metadatos de documentos y fotos antes de "
                        "compartirlos, y guarde los testimonios originales y los registros de "
                        "consentimiento separados de las versiones anonimizadas.</li><li>Comparta "
                        "la información solo con quien necesita conocerla y acuerde de antemano "
                        "qué hacer si se pierde o se incauta un teléfono o una "
                        "computadora.</li></ul><p>Si aparecer con su nombre es demasiado "
                        "arriesgado, considere participar mediante una contribución conjunta de "
                        "una coalición o de una organización aliada, y deje fuera la información "
                        "que no pueda protegerse.</p>"
                    ),
                ],
                [
                    "text",
                    (
                        "<h2>El bienestar forma parte de la seguridad</h2><p>Documentar "
                        "violaciones, escuchar a sobrevivientes y trabajar bajo amenaza pasan "
                        "factura. El estrés, el agotamiento y el trauma vicario aumentan la "
                        "probabilidad de cometer errores, también de seguridad, y de abandonar el "
                        "trabajo.</p><p>Incorpore el cuidado a sus planes: organice sesiones de "
                        "descarga tras las entrevistas difíciles, reparta la carga de trabajo, "
                        "acuerde horarios razonables, fomente el apoyo entre pares y, cuando sea "
                        "posible, ofrezca acceso a apoyo psicosocial profesional. Cuando quienes "
                        "dirigen se toman en serio el descanso, los equipos siguen su ejemplo.</p>"
                    ),
                ],
                [
                    "key_points",
                    {
                        "title": "Lo esencial de la seguridad",
                        "points": [
                            (
                                "Evalúe los riesgos antes de cada etapa, con las personas que los "
                                "asumen, y vuelva a evaluarlos cuando cambie el contexto."
                            ),
                            (
                                "Ninguna información sobre una persona entra en una contribución "
                                "sin su consentimiento informado."
                            ),
                            (
                                "Anonimice por defecto: elimine nombres, lugares, fechas y "
                                "detalles que puedan identificar a fuentes o víctimas."
                            ),
                            (
                                "Use comunicaciones cifradas de extremo a extremo y proteja sus "
                                "dispositivos y cuentas."
                            ),
                            (
                                "Planifique de antemano qué hará ante la intimidación o las "
                                "represalias, y cuide el bienestar de su equipo."
                            ),
                        ],
                    },
                ],
                [
                    "glossary",
                    [
                        {
                            "term": "Represalias",
                            "definition": (
                                "Cualquier acto de intimidación o de castigo contra una persona o "
                                "un grupo por cooperar, o por sospecharse que coopera, con la ONU "
                                "en materia de derechos humanos: por ejemplo, amenazas, "
                                "vigilancia, prohibiciones de viajar, detenciones, campañas de "
                                "desprestigio o acoso en línea."
                            ),
                        },
                        {
                            "term": "Consentimiento informado",
                            "definition": (
                                "Acuerdo dado libremente por una persona que entiende cómo se "
                                "usará su información, quién la verá, qué riesgos implica y que "
                                "puede retirarlo."
                            ),
                        },
                        {
                            "term": "Anonimización",
                            "definition": (
                                "Eliminación o modificación de detalles para que una persona no "
                                "pueda ser identificada, ni directamente ni cruzando varios datos."
                            ),
                        },
                        {
                            "term": "Evaluación de riesgos",
                            "definition": (
                                "Análisis estructurado de amenazas, vulnerabilidades y capacidades "
                                "que sirve para decidir qué hacer, cómo y con qué medidas de "
                                "protección."
                            ),
                        },
                        {
                            "term": "Metadatos",
                            "definition": (
                                "Información oculta asociada a archivos y mensajes, como el nombre "
                                "del autor o el lugar y la hora de creación, que puede revelar más "
                                "que el propio contenido."
                            ),
                        },
                    ],
                ],
                [
                    "steps",
                    {
                        "title": "Si se producen intimidación o represalias",
                        "steps": [
                            {
                                "title": "Garantizar la seguridad inmediata",
                                "text": (
                                    "Ponga en primer lugar la seguridad de las personas en riesgo: "
                                    "active su plan de seguridad, contacte con aliados de "
                                    "confianza y, si hace falta, con un abogado o una organización "
                                    "de protección."
                                ),
                            },
                            {
                                "title": "Documentar lo ocurrido",
                                "text": (
                                    "Registre fechas, lugares, qué se dijo o hizo y quién, los "
                                    "posibles testigos y cualquier vínculo con la participación en "
                                    "el EPU; guarde copias en un lugar seguro."
                                ),
                            },
                            {
                                "title": "Obtener el consentimiento antes de informar",
                                "text": (
                                    "Pregunte a la persona afectada si quiere que se informe del "
                                    "caso, cómo y a quién, y si puede usarse su nombre."
                                ),
                            },
                            {
                                "title": "Informar al ACNUDH y a la ONU",
                                "text": (
                                    "Con su consentimiento, informe al ACNUDH y a los mecanismos "
                                    "de la ONU que se ocupan de la intimidación y las represalias, "
                                    "que pueden dar seguimiento ante las autoridades. Consulte las "
                                    "orientaciones vigentes del ACNUDH sobre cómo enviar "
                                    "información de forma segura."
                                ),
                            },
                            {
                                "title": "Alertar a los aliados",
                                "text": (
                                    "Cuando sea útil y seguro, informe a la INDH, a las embajadas "
                                    "de Estados favorables y a organizaciones aliadas "
                                    "internacionales, que pueden plantear el caso ante las "
                                    "autoridades."
                                ),
                            },
                            {
                                "title": "Cuidar de las personas",
                                "text": (
                                    "Ofrezca apoyo psicosocial, descanso y sesiones de descarga a "
                                    "las personas afectadas y al equipo, y después revise su "
                                    "evaluación de riesgos."
                                ),
                            },
                        ],
                    },
                ],
                [
                    "exercise",
                    {
                        "title": "Mapa de riesgos para una contribución",
                        "instructions": (
                            "<p>Las personas participantes evalúan los riesgos de una acción "
                            "prevista en el marco del EPU y acuerdan medidas de "
                            "protección.</p><ol><li>En grupos pequeños, lean el escenario: una "
                            "coalición ficticia prepara una contribución conjunta sobre las "
                            "condiciones de detención con testimonios de personas que estuvieron "
                            "detenidas, y uno de sus miembros ha sido invitado a intervenir en una "
                            "presesión.</li><li>En un rotafolio, anoten quién podría estar en "
                            "riesgo (fuentes, personal, familiares, organizaciones aliadas) y qué "
                            "podría ocurrirle en cada etapa: redacción, envío, presesión, examen y "
                            "seguimiento.</li><li>Califiquen cada riesgo como bajo, medio o alto, "
                            "teniendo en cuenta tanto su probabilidad como su "
                            "impacto.</li><li>Para cada riesgo alto, acuerden al menos una medida "
                            "de protección: consentimiento, anonimización, contribución conjunta, "
                            "comunicaciones seguras, precauciones de viaje o un plan de "
                            "respuesta.</li><li>Decidan juntos qué información no entrará en "
                            "absoluto en la contribución, y por qué.</li><li>En plenaria, "
                            "compartan un riesgo y una medida; quien facilita anota las medidas "
                            "comunes para elaborar una lista de verificación del grupo.</li></ol>"
                        ),
                        "duration_minutes": 25,
                        "materials": (
                            "Una hoja con el escenario; rotafolio y marcadores; una matriz de "
                            "riesgos sencilla (probabilidad e impacto); una lista de verificación "
                            "de seguridad digital de una página, como referencia."
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
                                    "Una mujer que estuvo detenida acepta compartir su historia "
                                    "para su contribución. ¿Qué debe hacer antes de incluirla?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Explicarle cómo se usará la información y que puede "
                                            "publicarse, los posibles riesgos y su derecho a "
                                            "retirarse, y acordar qué detalles eliminar"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "El consentimiento informado supone que ella "
                                            "entienda el uso, el público y los riesgos, y que "
                                            "conserve el control sobre los detalles que la "
                                            "identifican."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Incluir su nombre completo para que la ONU considere "
                                            "creíble el testimonio"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "La credibilidad proviene de información coherente y "
                                            "bien documentada, no de exponer a una persona. "
                                            "Nombrarla podría ponerla en grave peligro."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Nada más: aceptar una entrevista equivale a aceptar "
                                            "la publicación"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Aceptar hablar no es aceptar la publicación. Ella "
                                            "debe saber adónde irá su historia y decidir qué puede "
                                            "usarse."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "¿Cuál es la suposición de trabajo más segura sobre las "
                                    "contribuciones de las partes interesadas?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Son confidenciales y solo las lee el personal del "
                                            "ACNUDH"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Las contribuciones suelen hacerse públicas y se citan "
                                            "en el resumen del ACNUDH; contar con la "
                                            "confidencialidad puede poner en peligro a las fuentes."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Todo lo que envíe puede publicarse con el nombre de "
                                            "su organización, así que anonimice las fuentes y "
                                            "considere, si hace falta, una contribución conjunta"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Planificar como si todo fuera a ser público "
                                            "protege a sus fuentes y a su organización."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "El gobierno nunca las lee, así que los detalles "
                                            "delicados están a salvo"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Los gobiernos siguen de cerca su propio examen y "
                                            "pueden leer las contribuciones públicas y el resumen "
                                            "que las cita."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "Una persona de la coalición recibe amenazas después de "
                                    "intervenir en una presesión. ¿Cuál es la mejor respuesta?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Publicarlo de inmediato en redes sociales y después "
                                            "decidir qué hacer"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "La difusión puede ayudar en algunos casos, pero debe "
                                            "ser una decisión meditada, tomada con la persona "
                                            "afectada una vez atendida su seguridad inmediata."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Garantizar su seguridad, documentar lo ocurrido y, "
                                            "con su consentimiento, informar al ACNUDH y a los "
                                            "mecanismos de la ONU que se ocupan de las represalias"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Primero la seguridad, después un registro "
                                            "cuidadoso y luego un aviso consentido para que la ONU "
                                            "pueda dar seguimiento."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Guardar silencio para no dañar la relación con el "
                                            "gobierno"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "El silencio deja a la persona sin apoyo y a la ONU "
                                            "sin conocer la situación. La decisión de informar "
                                            "debe tomarse con la persona afectada."
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
        "key": "other-un-mechanisms",
        "level": "advanced",
        "duration_minutes": 75,
        "themes": ["cooperation-un-mechanisms", "international-instruments"],
        "stages": ["preparation", "implementation", "follow-up"],
        "en": {
            "title": "Using the UPR with other UN mechanisms",
            "slug": "using-the-upr-with-other-un-mechanisms",
            "summary": (
                "How to connect UPR advocacy with treaty bodies, special procedures and the SDGs, "
                "using OHCHR's Universal Human Rights Index to find recommendations and reinforce "
                "them across mechanisms."
            ),
            "audience": (
                "Experienced advocates who already know the UPR and want to link it strategically "
                "with other UN human rights mechanisms."
            ),
            "objectives": [
                (
                    "By the end, participants can explain how the UPR differs from, and "
                    "complements, the treaty bodies and special procedures."
                ),
                (
                    "By the end, participants can use the Universal Human Rights Index to find UPR "
                    "and treaty-body recommendations for a State and a theme."
                ),
                (
                    "By the end, participants can plan advocacy that reinforces one recommendation "
                    "across several mechanisms."
                ),
                (
                    "By the end, participants can link UPR recommendations to the Sustainable "
                    "Development Goals in their national advocacy."
                ),
            ],
            "body": [
                [
                    "text",
                    (
                        "<h2>One system, several mechanisms</h2><p>The UPR is one part of the UN "
                        "human rights system. Knowing how it fits with the other mechanisms lets "
                        "you use the strengths of each.</p><ul><li><strong>The UPR:</strong> a "
                        "peer review, by States, of every UN Member State about every four and a "
                        "half years, covering all human rights. Recommendations come from other "
                        "States, and the State under review supports or notes "
                        "them.</li><li><strong>Treaty bodies:</strong> committees of independent "
                        "experts that monitor how States parties implement the core human rights "
                        "treaties they have ratified. They review State reports, receive "
                        "information from civil society and adopt concluding "
                        "observations.</li><li><strong>Special procedures:</strong> independent "
                        "experts of the Human Rights Council, such as special rapporteurs and "
                        "working groups, with thematic or country mandates. They carry out country "
                        "visits with the State's agreement, write to governments about allegations "
                        "and publish reports.</li></ul><p>The mechanisms feed each other. OHCHR's "
                        "compilation of UN information, one of the three documents each review is "
                        "based on, draws on the findings of treaty bodies and special procedures. "
                        "A UPR recommendation often echoes a treaty body's concluding observation, "
                        "and the political weight of a recommendation from one State to another "
                        "can help move an expert recommendation up the government's agenda.</p>"
                    ),
                ],
                [
                    "text",
                    (
                        "<h2>Finding recommendations: the Universal Human Rights "
                        "Index</h2><p>OHCHR's <strong>Universal Human Rights Index (UHRI)</strong> "
                        "brings together UPR and treaty-body recommendations and lets you search "
                        "them by State, theme, affected persons and Sustainable Development Goal "
                        "(SDG).</p><p>Before drafting a stakeholder submission or meeting an "
                        "embassy, search the index for your country and your issue. You will see "
                        "which mechanisms have raised it, for how long and in what terms. Quote "
                        "earlier treaty-body recommendations in your submission, and suggest to "
                        "recommending States wording that builds on them. For UPR recommendations "
                        "with the State's responses and action categories, UPR Info's database is "
                        "a useful complement.</p>"
                    ),
                ],
                [
                    "text",
                    (
                        "<h2>Treaties, ratification and the SDGs</h2><p>Many UPR recommendations "
                        "concern international instruments: ratifying a treaty or an optional "
                        "protocol, withdrawing reservations, accepting individual complaint "
                        "procedures, submitting overdue reports to treaty bodies or inviting "
                        "special procedures to visit. Each of these steps opens new avenues for "
                        "civil society, so they deserve to be tracked as carefully as "
                        "recommendations on substance.</p><p>The UPR can also be linked to the "
                        "2030 Agenda for Sustainable Development. Many recommendations relate to "
                        "SDG targets, and the UHRI tags recommendations by SDG. States report on "
                        "their SDG progress through voluntary national reviews, so civil society "
                        "can ask for human rights recommendations to be reflected in national "
                        "development plans and SDG reviews. This reaches ministries, such as "
                        "planning or finance, that do not usually deal with human rights.</p>"
                    ),
                ],
                [
                    "key_points",
                    {
                        "title": "Reinforcing recommendations across mechanisms",
                        "points": [
                            (
                                "Check the UHRI for what other mechanisms have already recommended "
                                "before drafting your UPR asks."
                            ),
                            (
                                "Build on existing expert recommendations when suggesting SMART "
                                "recommendations to recommending States."
                            ),
                            (
                                "Use recommendations repeated across mechanisms to show that an "
                                "issue is a consistent international concern."
                            ),
                            (
                                "Send the same evidence to several mechanisms, adapted to each "
                                "one's format and calendar."
                            ),
                            (
                                "Link recommendations to SDG targets to bring planning and finance "
                                "ministries on board."
                            ),
                        ],
                    },
                ],
                [
                    "glossary",
                    [
                        {
                            "term": "Treaty body",
                            "definition": (
                                "A committee of independent experts that monitors how States "
                                "parties implement one of the core international human rights "
                                "treaties."
                            ),
                        },
                        {
                            "term": "Concluding observations",
                            "definition": (
                                "The findings and recommendations that a treaty body adopts after "
                                "reviewing a State party's report."
                            ),
                        },
                        {
                            "term": "Special procedures",
                            "definition": (
                                "Independent experts mandated by the Human Rights Council to "
                                "report and advise on a theme or a country, including special "
                                "rapporteurs and working groups."
                            ),
                        },
                        {
                            "term": "Universal Human Rights Index (UHRI)",
                            "definition": (
                                "OHCHR's public database of recommendations from UN human rights "
                                "mechanisms, including the UPR and treaty bodies, searchable by "
                                "State, theme, affected persons and SDG."
                            ),
                        },
                        {
                            "term": "Voluntary national review",
                            "definition": (
                                "A State's report on its progress towards the Sustainable "
                                "Development Goals, presented at the UN's High-level Political "
                                "Forum on Sustainable Development."
                            ),
                        },
                    ],
                ],
                [
                    "steps",
                    {
                        "title": "Mapping one issue across mechanisms",
                        "steps": [
                            {
                                "title": "Choose an issue",
                                "text": (
                                    "Pick one issue your organisation works on, for example "
                                    "pre-trial detention or inclusive education."
                                ),
                            },
                            {
                                "title": "Search the index",
                                "text": (
                                    "Find the recommendations on that issue addressed to your "
                                    "State in the UHRI, and check the State's responses to the UPR "
                                    "recommendations."
                                ),
                            },
                            {
                                "title": "Compare and find gaps",
                                "text": (
                                    "Note where the mechanisms agree, where one goes further than "
                                    "the others, and what none has yet addressed."
                                ),
                            },
                            {
                                "title": "Plan the calendar",
                                "text": (
                                    "List the coming opportunities: your next UPR submission, "
                                    "treaty-body reviews of your State, special-procedure reports "
                                    "or visits, and the national SDG review."
                                ),
                            },
                            {
                                "title": "Align your asks",
                                "text": (
                                    "Propose consistent, specific recommendations to each "
                                    "mechanism, citing earlier ones so that they reinforce each "
                                    "other."
                                ),
                            },
                        ],
                    },
                ],
                [
                    "exercise",
                    {
                        "title": "Cross-mechanism mapping",
                        "instructions": (
                            "<p>Participants map recommendations on one issue across mechanisms "
                            "and plan advocacy in which they reinforce each other.</p><ol><li>In "
                            "groups, take the handout for a fictional State: four UPR "
                            "recommendations on one issue (two supported, two noted), two "
                            "treaty-body concluding observations and one special-procedure "
                            "recommendation.</li><li>On flipchart paper, group the recommendations "
                            "that ask for the same change and mark where they differ in "
                            "precision.</li><li>Identify one gap that no mechanism has addressed "
                            "and one change that all of them ask for.</li><li>Draft one SMART "
                            "recommendation (specific, measurable, achievable, relevant, "
                            "time-bound) that a recommending State could make at the next review, "
                            "building on the expert recommendations.</li><li>Link it to one "
                            "relevant SDG target and name the ministry you would approach "
                            "first.</li><li>Present your map in two minutes; the other groups "
                            "check whether the draft recommendation is specific, measurable and "
                            "time-bound.</li></ol>"
                        ),
                        "duration_minutes": 30,
                        "materials": (
                            "A handout with seven sample recommendations from different mechanisms "
                            "addressed to a fictional State; flipchart paper and markers; a SMART "
                            "checklist; optionally, an internet connection to demonstrate a search "
                            "in the Universal Human Rights Index."
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
                                    "What can you find in OHCHR's Universal Human Rights Index?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "UPR and treaty-body recommendations, searchable by "
                                            "State, theme, affected persons and SDG"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "That makes the index a quick way to see what "
                                            "different mechanisms have already asked of a State on "
                                            "your issue."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Only the national reports that States submit to the "
                                            "UPR"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "The index is about recommendations, not State "
                                            "reports; national reports are published separately."
                                        ),
                                    },
                                    {
                                        "text": "Confidential complaints submitted by individuals",
                                        "correct": False,
                                        "feedback": (
                                            "The index is a public database of recommendations; it "
                                            "does not publish confidential complaints."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "A treaty body made a detailed recommendation on juvenile "
                                    "justice that the government ignores. How can the UPR help?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "By encouraging recommending States to make a UPR "
                                            "recommendation that builds on it, so that the issue "
                                            "gains political weight between States"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "A UPR recommendation that echoes the treaty "
                                            "body's wording adds peer pressure from other States "
                                            "and requires the government to take a position on it."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "It cannot: the UPR does not deal with issues already "
                                            "examined by treaty bodies"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "The UPR covers all human rights, including issues "
                                            "treaty bodies have examined; repetition across "
                                            "mechanisms strengthens the message."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "By asking the treaty body to transfer its "
                                            "recommendation to the UPR Working Group"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "There is no such transfer. OHCHR's compilation draws "
                                            "on treaty-body findings, but it is advocates and "
                                            "States who turn them into UPR recommendations."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": "Why link UPR recommendations to the SDGs?",
                                "choices": [
                                    {
                                        "text": "Because SDG reporting has replaced UPR reporting",
                                        "correct": False,
                                        "feedback": (
                                            "It has not. The two processes run in parallel; "
                                            "linking them helps each support the other."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "To reach ministries and processes, such as national "
                                            "development plans and voluntary national reviews, "
                                            "that might not otherwise act on human rights "
                                            "recommendations"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Framing recommendations in SDG terms can bring "
                                            "in planning and finance ministries, and the budgets "
                                            "on which implementation often depends."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Because States only have to implement recommendations "
                                            "that are linked to an SDG"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "States' commitments do not depend on a link to the "
                                            "SDGs. The link is an advocacy tool, not a condition."
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
            "title": "Articuler l'EPU avec les autres mécanismes de l'ONU",
            "slug": "articuler-l-epu-avec-les-autres-mecanismes-de-l-onu",
            "summary": (
                "Comment relier le plaidoyer autour de l'EPU aux organes conventionnels, aux "
                "procédures spéciales et aux ODD, grâce à l'Index universel des droits de l'homme "
                "du HCDH, pour trouver les recommandations et les renforcer."
            ),
            "audience": (
                "Militants expérimentés qui connaissent déjà l'EPU et veulent l'articuler de "
                "manière stratégique avec les autres mécanismes des droits de l'homme de l'ONU."
            ),
            "objectives": [
                (
                    "À l'issue du module, les participants sont capables d'expliquer en quoi l'EPU "
                    "se distingue des organes conventionnels et des procédures spéciales, et "
                    "comment il les complète."
                ),
                (
                    "À l'issue du module, les participants sont capables d'utiliser l'Index "
                    "universel des droits de l'homme pour trouver les recommandations de l'EPU et "
                    "des organes conventionnels concernant un État et un thème."
                ),
                (
                    "À l'issue du module, les participants sont capables de planifier un plaidoyer "
                    "qui renforce une même recommandation auprès de plusieurs mécanismes."
                ),
                (
                    "À l'issue du module, les participants sont capables de relier les "
                    "recommandations de l'EPU aux objectifs de développement durable dans leur "
                    "plaidoyer national."
                ),
            ],
            "body": [
                [
                    "text",
                    (
                        "<h2>Un système, plusieurs mécanismes</h2><p>L'EPU n'est qu'une partie du "
                        "système des droits de l'homme de l'ONU. Savoir comment il s'articule avec "
                        "les autres mécanismes permet de tirer parti des atouts de "
                        "chacun.</p><ul><li><strong>L'EPU :</strong> un examen par les pairs, mené "
                        "par les États, de chaque État Membre de l'ONU environ tous les quatre ans "
                        "et demi, qui couvre l'ensemble des droits de l'homme. Les recommandations "
                        "viennent d'autres États, et l'État examiné les accepte ou en prend "
                        "note.</li><li><strong>Les organes conventionnels :</strong> des comités "
                        "d'experts indépendants qui surveillent la manière dont les États parties "
                        "appliquent les principaux traités relatifs aux droits de l'homme qu'ils "
                        "ont ratifiés. Ils examinent les rapports des États, reçoivent des "
                        "informations de la société civile et adoptent des observations "
                        "finales.</li><li><strong>Les procédures spéciales :</strong> des experts "
                        "indépendants du Conseil des droits de l'homme, comme les rapporteurs "
                        "spéciaux et les groupes de travail, dotés de mandats thématiques ou par "
                        "pays. Ils effectuent des visites de pays avec l'accord de l'État, "
                        "écrivent aux gouvernements au sujet d'allégations et publient des "
                        "rapports.</li></ul><p>Ces mécanismes se nourrissent mutuellement. La "
                        "compilation des informations de l'ONU établie par le HCDH, l'un des trois "
                        "documents sur lesquels repose chaque examen, s'appuie sur les conclusions "
                        "des organes conventionnels et des procédures spéciales. Une "
                        "recommandation de l'EPU fait souvent écho à une observation finale d'un "
                        "organe conventionnel, et le poids politique d'une recommandation adressée "
                        "par un État à un autre peut faire remonter une recommandation d'experts "
                        "dans les priorités du gouvernement.</p>"
                    ),
                ],
                [
                    "text",
                    (
                        "<h2>Trouver les recommandations : l'Index universel des droits de "
                        "l'homme</h2><p>L'<strong>Index universel des droits de l'homme "
                        "(UHRI)</strong> du HCDH rassemble les recommandations de l'EPU et des "
                        "organes conventionnels et permet de les rechercher par État, par thème, "
                        "par personnes concernées et par objectif de développement durable "
                        "(ODD).</p><p>Avant de rédiger une contribution des parties prenantes ou "
                        "de rencontrer une ambassade, faites une recherche dans l'Index pour votre "
                        "pays et votre sujet. Vous verrez quels mécanismes ont soulevé la "
                        "question, depuis combien de temps et en quels termes. Citez les "
                        "recommandations antérieures des organes conventionnels dans votre "
                        "contribution, et proposez aux États qui formulent des recommandations une "
                        "formulation qui s'en inspire. Pour les recommandations de l'EPU assorties "
                        "des réponses de l'État et des catégories d'action, la base de données "
                        "d'UPR Info est un complément utile.</p>"
                    ),
                ],
                [
                    "text",
                    (
                        "<h2>Traités, ratification et ODD</h2><p>De nombreuses recommandations de "
                        "l'EPU portent sur les instruments internationaux : ratifier un traité ou "
                        "un protocole facultatif, retirer des réserves, accepter des procédures de "
                        "plaintes individuelles, présenter aux organes conventionnels des rapports "
                        "en retard ou inviter des procédures spéciales à effectuer une visite. "
                        "Chacune de ces étapes ouvre de nouvelles possibilités à la société civile "
                        "; elles méritent donc un suivi aussi attentif que les recommandations de "
                        "fond.</p><p>L'EPU peut aussi être relié au Programme de développement "
                        "durable à l'horizon 2030. De nombreuses recommandations se rattachent à "
                        "des cibles des ODD, et l'Index classe les recommandations par ODD. Les "
                        "États rendent compte de leurs progrès au moyen d'examens nationaux "
                        "volontaires : la société civile peut donc demander que les "
                        "recommandations relatives aux droits de l'homme soient prises en compte "
                        "dans les plans nationaux de développement et les examens des ODD. On "
                        "touche ainsi des ministères, comme ceux du plan ou des finances, qui ne "
                        "traitent généralement pas des droits de l'homme.</p>"
                    ),
                ],
                [
                    "key_points",
                    {
                        "title": "Renforcer les recommandations d'un mécanisme à l'autre",
                        "points": [
                            (
                                "Consultez l'Index pour savoir ce que les autres mécanismes ont "
                                "déjà recommandé avant de formuler vos demandes pour l'EPU."
                            ),
                            (
                                "Appuyez-vous sur les recommandations d'experts existantes pour "
                                "proposer des recommandations SMART aux États qui en formulent."
                            ),
                            (
                                "Utilisez les recommandations répétées par plusieurs mécanismes "
                                "pour montrer qu'une question suscite une préoccupation "
                                "internationale constante."
                            ),
                            (
                                "Transmettez les mêmes preuves à plusieurs mécanismes, en les "
                                "adaptant au format et au calendrier de chacun."
                            ),
                            (
                                "Reliez les recommandations à des cibles des ODD pour mobiliser "
                                "les ministères du plan et des finances."
                            ),
                        ],
                    },
                ],
                [
                    "glossary",
                    [
                        {
                            "term": "Organe conventionnel",
                            "definition": (
                                "Comité d'experts indépendants qui surveille la manière dont les "
                                "États parties appliquent l'un des principaux traités "
                                "internationaux relatifs aux droits de l'homme."
                            ),
                        },
                        {
                            "term": "Observations finales",
                            "definition": (
                                "Conclusions et recommandations adoptées par un organe "
                                "conventionnel après l'examen du rapport d'un État partie."
                            ),
                        },
                        {
                            "term": "Procédures spéciales",
                            "definition": (
                                "Experts indépendants mandatés par le Conseil des droits de "
                                "l'homme pour faire rapport et donner des conseils sur un thème ou "
                                "un pays, notamment les rapporteurs spéciaux et les groupes de "
                                "travail."
                            ),
                        },
                        {
                            "term": "Index universel des droits de l'homme (UHRI)",
                            "definition": (
                                "Base de données publique du HCDH qui rassemble les "
                                "recommandations des mécanismes des droits de l'homme de l'ONU, "
                                "notamment de l'EPU et des organes conventionnels, consultable par "
                                "État, thème, personnes concernées et ODD."
                            ),
                        },
                        {
                            "term": "Examen national volontaire",
                            "definition": (
                                "Bilan présenté par un État sur ses progrès vers les objectifs de "
                                "développement durable, lors du Forum politique de haut niveau "
                                "pour le développement durable de l'ONU."
                            ),
                        },
                    ],
                ],
                [
                    "steps",
                    {
                        "title": "Cartographier une question d'un mécanisme à l'autre",
                        "steps": [
                            {
                                "title": "Choisir une question",
                                "text": (
                                    "Choisissez une question sur laquelle travaille votre "
                                    "organisation, par exemple la détention provisoire ou "
                                    "l'éducation inclusive."
                                ),
                            },
                            {
                                "title": "Consulter l'Index",
                                "text": (
                                    "Trouvez dans l'Index les recommandations sur cette question "
                                    "adressées à votre État, et vérifiez les réponses de l'État "
                                    "aux recommandations de l'EPU."
                                ),
                            },
                            {
                                "title": "Comparer et repérer les lacunes",
                                "text": (
                                    "Notez les points sur lesquels les mécanismes concordent, ceux "
                                    "où l'un va plus loin que les autres, et ce qu'aucun n'a "
                                    "encore abordé."
                                ),
                            },
                            {
                                "title": "Établir le calendrier",
                                "text": (
                                    "Listez les prochaines occasions : votre prochaine "
                                    "contribution à l'EPU, les examens de votre État par les "
                                    "organes conventionnels, les rapports ou visites des "
                                    "procédures spéciales et l'examen national des ODD."
                                ),
                            },
                            {
                                "title": "Harmoniser vos demandes",
                                "text": (
                                    "Proposez à chaque mécanisme des recommandations cohérentes et "
                                    "précises, en citant les précédentes pour qu'elles se "
                                    "renforcent mutuellement."
                                ),
                            },
                        ],
                    },
                ],
                [
                    "exercise",
                    {
                        "title": "Cartographie d'un mécanisme à l'autre",
                        "instructions": (
                            "<p>Les participants cartographient les recommandations portant sur "
                            "une question dans plusieurs mécanismes et planifient un plaidoyer où "
                            "elles se renforcent mutuellement.</p><ol><li>En groupes, prenez le "
                            "document concernant un État fictif : quatre recommandations de l'EPU "
                            "sur une même question (deux acceptées, deux dont il a été pris note), "
                            "deux observations finales d'organes conventionnels et une "
                            "recommandation d'une procédure spéciale.</li><li>Sur un tableau à "
                            "feuilles, regroupez les recommandations qui demandent le même "
                            "changement et indiquez en quoi leur degré de précision "
                            "diffère.</li><li>Repérez une lacune qu'aucun mécanisme n'a traitée et "
                            "un changement que tous demandent.</li><li>Rédigez une recommandation "
                            "SMART (spécifique, mesurable, atteignable, pertinente, limitée dans "
                            "le temps) qu'un État pourrait formuler lors du prochain examen, en "
                            "vous appuyant sur les recommandations d'experts.</li><li>Reliez-la à "
                            "une cible des ODD pertinente et indiquez le ministère que vous "
                            "approcheriez en premier.</li><li>Présentez votre cartographie en deux "
                            "minutes ; les autres groupes vérifient si le projet de recommandation "
                            "est précis, mesurable et assorti d'un délai.</li></ol>"
                        ),
                        "duration_minutes": 30,
                        "materials": (
                            "Un document présentant sept exemples de recommandations de différents "
                            "mécanismes adressées à un État fictif ; un tableau à feuilles et des "
                            "marqueurs ; une liste de contrôle SMART ; si possible, une connexion "
                            "internet pour montrer une recherche dans l'Index universel des droits "
                            "de l'homme."
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
                                    "Que trouve-t-on dans l'Index universel des droits de l'homme "
                                    "du HCDH ?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Les recommandations de l'EPU et des organes "
                                            "conventionnels, consultables par État, thème, "
                                            "personnes concernées et ODD"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "L'Index permet ainsi de voir rapidement ce que "
                                            "différents mécanismes ont déjà demandé à un État sur "
                                            "votre sujet."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Uniquement les rapports nationaux présentés par les "
                                            "États à l'EPU"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "L'Index porte sur les recommandations, pas sur les "
                                            "rapports des États ; les rapports nationaux sont "
                                            "publiés ailleurs."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Les plaintes confidentielles déposées par des "
                                            "particuliers"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "L'Index est une base de données publique de "
                                            "recommandations ; il ne publie pas de plaintes "
                                            "confidentielles."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "Un organe conventionnel a formulé une recommandation "
                                    "détaillée sur la justice pour mineurs, que le gouvernement "
                                    "ignore. Comment l'EPU peut-il aider ?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "En encourageant des États à formuler une "
                                            "recommandation de l'EPU qui s'en inspire, pour donner "
                                            "à la question un poids politique entre États"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Une recommandation de l'EPU qui reprend les "
                                            "termes de l'organe conventionnel ajoute la pression "
                                            "des pairs et oblige le gouvernement à se prononcer."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Il ne peut rien : l'EPU ne traite pas des questions "
                                            "déjà examinées par les organes conventionnels"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "L'EPU couvre tous les droits de l'homme, y compris "
                                            "les questions examinées par les organes "
                                            "conventionnels ; la répétition d'un mécanisme à "
                                            "l'autre renforce le message."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "En demandant à l'organe conventionnel de transmettre "
                                            "sa recommandation au Groupe de travail de l'EPU"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Ce type de transmission n'existe pas. La compilation "
                                            "du HCDH s'appuie sur les conclusions des organes "
                                            "conventionnels, mais ce sont les militants et les "
                                            "États qui en font des recommandations de l'EPU."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "Pourquoi relier les recommandations de l'EPU aux ODD ?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Parce que les rapports sur les ODD ont remplacé ceux "
                                            "de l'EPU"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Ce n'est pas le cas. Les deux processus se déroulent "
                                            "en parallèle ; les relier permet à chacun de soutenir "
                                            "l'autre."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Pour toucher des ministères et des processus, comme "
                                            "les plans nationaux de développement et les examens "
                                            "nationaux volontaires, qui autrement ne donneraient "
                                            "peut-être pas suite aux recommandations relatives aux "
                                            "droits de l'homme"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Présenter les recommandations sous l'angle des "
                                            "ODD peut mobiliser les ministères du plan et des "
                                            "finances, ainsi que les budgets dont dépend souvent "
                                            "la mise en œuvre."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Parce que les États ne sont tenus de mettre en œuvre "
                                            "que les recommandations liées à un ODD"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Les engagements des États ne dépendent pas d'un lien "
                                            "avec les ODD. Ce lien est un outil de plaidoyer, pas "
                                            "une condition."
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
            "title": "Usar el EPU junto con otros mecanismos de la ONU",
            "slug": "usar-el-epu-junto-con-otros-mecanismos-de-la-onu",
            "summary": (
                "Cómo vincular la incidencia en el EPU con los órganos de tratados, los "
                "procedimientos especiales y los ODS, usando el Índice Universal de los Derechos "
                "Humanos del ACNUDH para encontrar recomendaciones y reforzarlas."
            ),
            "audience": (
                "Personas con experiencia en incidencia que ya conocen el EPU y quieren vincularlo "
                "estratégicamente con otros mecanismos de derechos humanos de la ONU."
            ),
            "objectives": [
                (
                    "Al finalizar, las personas participantes podrán explicar en qué se diferencia "
                    "el EPU de los órganos de tratados y los procedimientos especiales, y cómo se "
                    "complementan."
                ),
                (
                    "Al finalizar, las personas participantes podrán usar el Índice Universal de "
                    "los Derechos Humanos para encontrar recomendaciones del EPU y de los órganos "
                    "de tratados sobre un Estado y un tema."
                ),
                (
                    "Al finalizar, las personas participantes podrán planificar una incidencia que "
                    "refuerce una misma recomendación en varios mecanismos."
                ),
                (
                    "Al finalizar, las personas participantes podrán vincular las recomendaciones "
                    "del EPU con los Objetivos de Desarrollo Sostenible en su incidencia nacional."
                ),
            ],
            "body": [
                [
                    "text",
                    (
                        "<h2>Un sistema, varios mecanismos</h2><p>El EPU es solo una parte del "
                        "sistema de derechos humanos de la ONU. Saber cómo encaja con los demás "
                        "mecanismos permite aprovechar las fortalezas de cada "
                        "uno.</p><ul><li><strong>El EPU:</strong> un examen entre pares, realizado "
                        "por los Estados, de cada Estado Miembro de la ONU aproximadamente cada "
                        "cuatro años y medio, que abarca todos los derechos humanos. Las "
                        "recomendaciones provienen de otros Estados, y el Estado examinado las "
                        "apoya o toma nota de ellas.</li><li><strong>Los órganos de "
                        "tratados:</strong> comités de personas expertas independientes que "
                        "supervisan cómo aplican los Estados partes los principales tratados de "
                        "derechos humanos que han ratificado. Examinan los informes de los "
                        "Estados, reciben información de la sociedad civil y aprueban "
                        "observaciones finales.</li><li><strong>Los procedimientos "
                        "especiales:</strong> personas expertas independientes del Consejo de "
                        "Derechos Humanos, como relatores especiales y grupos de trabajo, con "
                        "mandatos temáticos o de país. Realizan visitas a países con el "
                        "consentimiento del Estado, envían comunicaciones a los gobiernos sobre "
                        "denuncias y publican informes.</li></ul><p>Los mecanismos se alimentan "
                        "entre sí. La recopilación de información de las Naciones Unidas que "
                        "prepara el ACNUDH, uno de los tres documentos en los que se basa cada "
                        "examen, recoge las conclusiones de los órganos de tratados y de los "
                        "procedimientos especiales. Una recomendación del EPU suele hacerse eco de "
                        "una observación final de un órgano de tratado, y el peso político de una "
                        "recomendación de un Estado a otro puede ayudar a que una recomendación de "
                        "personas expertas suba en la agenda del gobierno.</p>"
                    ),
                ],
                [
                    "text",
                    (
                        "<h2>Encontrar recomendaciones: el Índice Universal de los Derechos "
                        "Humanos</h2><p>El <strong>Índice Universal de los Derechos Humanos "
                        "(UHRI)</strong> del ACNUDH reúne las recomendaciones del EPU y de los "
                        "órganos de tratados y permite buscarlas por Estado, tema, personas "
                        "afectadas y Objetivo de Desarrollo Sostenible (ODS).</p><p>Antes de "
                        "redactar una contribución de las partes interesadas o de reunirse con una "
                        "embajada, busque en el Índice su país y su tema. Verá qué mecanismos han "
                        "planteado la cuestión, desde cuándo y en qué términos. Cite en su "
                        "contribución las recomendaciones anteriores de los órganos de tratados y "
                        "sugiera a los Estados que formulan recomendaciones una redacción que se "
                        "apoye en ellas. Para las recomendaciones del EPU con las respuestas del "
                        "Estado y las categorías de acción, la base de datos de UPR Info es un "
                        "complemento útil.</p>"
                    ),
                ],
                [
                    "text",
                    (
                        "<h2>Tratados, ratificación y ODS</h2><p>Muchas recomendaciones del EPU se "
                        "refieren a instrumentos internacionales: ratificar un tratado o un "
                        "protocolo facultativo, retirar reservas, aceptar procedimientos de "
                        "denuncias individuales, presentar informes atrasados a los órganos de "
                        "tratados o invitar a los procedimientos especiales a visitar el país. "
                        "Cada uno de estos pasos abre nuevas vías para la sociedad civil, por lo "
                        "que merecen un seguimiento tan atento como las recomendaciones de "
                        "fondo.</p><p>El EPU también puede vincularse con la Agenda 2030 para el "
                        "Desarrollo Sostenible. Muchas recomendaciones se relacionan con metas de "
                        "los ODS, y el Índice clasifica las recomendaciones por ODS. Los Estados "
                        "informan de sus avances mediante exámenes nacionales voluntarios, por lo "
                        "que la sociedad civil puede pedir que las recomendaciones de derechos "
                        "humanos se reflejen en los planes nacionales de desarrollo y en los "
                        "exámenes de los ODS. Así se llega a ministerios, como los de "
                        "planificación o hacienda, que no suelen ocuparse de los derechos "
                        "humanos.</p>"
                    ),
                ],
                [
                    "key_points",
                    {
                        "title": "Reforzar las recomendaciones entre mecanismos",
                        "points": [
                            (
                                "Consulte el Índice para saber qué han recomendado ya otros "
                                "mecanismos antes de formular sus peticiones para el EPU."
                            ),
                            (
                                "Apóyese en las recomendaciones de personas expertas existentes al "
                                "sugerir recomendaciones SMART a los Estados que las formulan."
                            ),
                            (
                                "Use las recomendaciones repetidas en varios mecanismos para "
                                "mostrar que una cuestión es una preocupación internacional "
                                "constante."
                            ),
                            (
                                "Envíe las mismas pruebas a varios mecanismos, adaptándolas al "
                                "formato y al calendario de cada uno."
                            ),
                            (
                                "Vincule las recomendaciones con metas de los ODS para implicar a "
                                "los ministerios de planificación y hacienda."
                            ),
                        ],
                    },
                ],
                [
                    "glossary",
                    [
                        {
                            "term": "Órgano de tratado",
                            "definition": (
                                "Comité de personas expertas independientes que supervisa cómo "
                                "aplican los Estados partes uno de los principales tratados "
                                "internacionales de derechos humanos."
                            ),
                        },
                        {
                            "term": "Observaciones finales",
                            "definition": (
                                "Conclusiones y recomendaciones que aprueba un órgano de tratado "
                                "tras examinar el informe de un Estado parte."
                            ),
                        },
                        {
                            "term": "Procedimientos especiales",
                            "definition": (
                                "Personas expertas independientes con mandato del Consejo de "
                                "Derechos Humanos para informar y asesorar sobre un tema o un "
                                "país, como los relatores especiales y los grupos de trabajo."
                            ),
                        },
                        {
                            "term": "Índice Universal de los Derechos Humanos (UHRI)",
                            "definition": (
                                "Base de datos pública del ACNUDH que reúne recomendaciones de los "
                                "mecanismos de derechos humanos de la ONU, entre ellos el EPU y "
                                "los órganos de tratados, y permite buscarlas por Estado, tema, "
                                "personas afectadas y ODS."
                            ),
                        },
                        {
                            "term": "Examen nacional voluntario",
                            "definition": (
                                "Informe de un Estado sobre sus avances hacia los Objetivos de "
                                "Desarrollo Sostenible, presentado en el Foro Político de Alto "
                                "Nivel sobre el Desarrollo Sostenible de la ONU."
                            ),
                        },
                    ],
                ],
                [
                    "steps",
                    {
                        "title": "Mapear una cuestión en varios mecanismos",
                        "steps": [
                            {
                                "title": "Elegir una cuestión",
                                "text": (
                                    "Elija una cuestión en la que trabaje su organización, por "
                                    "ejemplo la prisión preventiva o la educación inclusiva."
                                ),
                            },
                            {
                                "title": "Buscar en el Índice",
                                "text": (
                                    "Encuentre en el Índice las recomendaciones sobre esa cuestión "
                                    "dirigidas a su Estado y compruebe las respuestas del Estado a "
                                    "las recomendaciones del EPU."
                                ),
                            },
                            {
                                "title": "Comparar y detectar vacíos",
                                "text": (
                                    "Anote en qué coinciden los mecanismos, dónde uno va más lejos "
                                    "que los demás y qué no ha abordado todavía ninguno."
                                ),
                            },
                            {
                                "title": "Planificar el calendario",
                                "text": (
                                    "Enumere las próximas oportunidades: su siguiente contribución "
                                    "al EPU, los exámenes de su Estado por los órganos de "
                                    "tratados, los informes o visitas de los procedimientos "
                                    "especiales y el examen nacional de los ODS."
                                ),
                            },
                            {
                                "title": "Alinear sus peticiones",
                                "text": (
                                    "Proponga a cada mecanismo recomendaciones coherentes y "
                                    "específicas, citando las anteriores para que se refuercen "
                                    "entre sí."
                                ),
                            },
                        ],
                    },
                ],
                [
                    "exercise",
                    {
                        "title": "Mapeo entre mecanismos",
                        "instructions": (
                            "<p>Las personas participantes mapean las recomendaciones sobre una "
                            "cuestión en varios mecanismos y planifican una incidencia en la que "
                            "se refuercen entre sí.</p><ol><li>En grupos, tomen el material sobre "
                            "un Estado ficticio: cuatro recomendaciones del EPU sobre una misma "
                            "cuestión (dos apoyadas y dos de las que se tomó nota), dos "
                            "observaciones finales de órganos de tratados y una recomendación de "
                            "un procedimiento especial.</li><li>En un rotafolio, agrupen las "
                            "recomendaciones que piden el mismo cambio y señalen en qué difiere su "
                            "grado de precisión.</li><li>Identifiquen un vacío que ningún "
                            "mecanismo haya abordado y un cambio que todos pidan.</li><li>Redacten "
                            "una recomendación SMART (específica, medible, alcanzable, pertinente "
                            "y con plazo definido) que un Estado podría formular en el próximo "
                            "examen, apoyándose en las recomendaciones de personas "
                            "expertas.</li><li>Vincúlenla con una meta pertinente de los ODS e "
                            "indiquen a qué ministerio se dirigirían primero.</li><li>Presenten su "
                            "mapa en dos minutos; los demás grupos comprueban si el proyecto de "
                            "recomendación es específico, medible y con plazo definido.</li></ol>"
                        ),
                        "duration_minutes": 30,
                        "materials": (
                            "Material con siete recomendaciones de ejemplo de distintos mecanismos "
                            "dirigidas a un Estado ficticio; rotafolio y marcadores; una lista de "
                            "verificación SMART; si es posible, conexión a internet para mostrar "
                            "una búsqueda en el Índice Universal de los Derechos Humanos."
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
                                    "¿Qué se encuentra en el Índice Universal de los Derechos "
                                    "Humanos del ACNUDH?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Recomendaciones del EPU y de los órganos de tratados, "
                                            "que pueden buscarse por Estado, tema, personas "
                                            "afectadas y ODS"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Por eso el Índice es una forma rápida de "
                                            "ver lo que distintos mecanismos ya han pedido a un "
                                            "Estado sobre su tema."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Solo los informes nacionales que los Estados "
                                            "presentan al EPU"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "El Índice trata de recomendaciones, no de informes de "
                                            "los Estados; los informes nacionales se publican por "
                                            "separado."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Denuncias confidenciales presentadas por particulares"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "El Índice es una base de datos pública de "
                                            "recomendaciones; no publica denuncias confidenciales."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "Un órgano de tratado formuló una recomendación detallada "
                                    "sobre justicia juvenil que el gobierno ignora. ¿Cómo puede "
                                    "ayudar el EPU?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Animando a los Estados a formular una recomendación "
                                            "del EPU que se apoye en ella, para que la cuestión "
                                            "gane peso político entre Estados"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Una recomendación del EPU que retoma la "
                                            "redacción del órgano de tratado suma la presión de "
                                            "los pares y obliga al gobierno a pronunciarse."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "De ninguna manera: el EPU no trata cuestiones que ya "
                                            "examinan los órganos de tratados"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "El EPU abarca todos los derechos humanos, incluidas "
                                            "las cuestiones que examinan los órganos de tratados; "
                                            "la repetición entre mecanismos refuerza el mensaje."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Pidiendo al órgano de tratado que transfiera su "
                                            "recomendación al Grupo de Trabajo del EPU"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "No existe tal transferencia. La recopilación del "
                                            "ACNUDH recoge las conclusiones de los órganos de "
                                            "tratados, pero son las organizaciones y los Estados "
                                            "quienes las convierten en recomendaciones del EPU."
                                        ),
                                    },
                                ],
                            },
                            {
                                "question": (
                                    "¿Por qué vincular las recomendaciones del EPU con los ODS?"
                                ),
                                "choices": [
                                    {
                                        "text": (
                                            "Porque los informes sobre los ODS han sustituido a "
                                            "los del EPU"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "No es así. Los dos procesos avanzan en paralelo; "
                                            "vincularlos permite que se apoyen mutuamente."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Para llegar a ministerios y procesos, como los planes "
                                            "nacionales de desarrollo y los exámenes nacionales "
                                            "voluntarios, que de otro modo quizá no actuarían "
                                            "sobre las recomendaciones de derechos humanos"
                                        ),
                                        "correct": True,
                                        "feedback": (
                                            "Presentar las recomendaciones en clave de "
                                            "ODS puede implicar a los ministerios de planificación "
                                            "y hacienda, y a los presupuestos de los que a menudo "
                                            "depende la implementación."
                                        ),
                                    },
                                    {
                                        "text": (
                                            "Porque los Estados solo están obligados a aplicar las "
                                            "recomendaciones vinculadas a un ODS"
                                        ),
                                        "correct": False,
                                        "feedback": (
                                            "Los compromisos de los Estados no dependen de un "
                                            "vínculo con los ODS. Ese vínculo es una herramienta "
                                            "de incidencia, no una condición."
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
