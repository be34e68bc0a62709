"""Demo step-by-step guides (part A) to the later UPR stages: the State's responses to
recommendations, adoption at the Human Rights Council plenary, and implementation between
reviews.

Pure data, in English, French and Spanish with identical structure ("who", "modules" and
"cases" are shared). Facts follow the project's UPR facts sheet; timings are approximate.
"""

from __future__ import annotations

GUIDES: list[dict] = [
    {
        "stage": "responses",
        "modules": ["smart-recommendations", "working-with-government"],
        "cases": [
            "a-zambia-gbv-response-window",
            "a-peru-intercultural-education-responses",
            "b-indonesia-domestic-workers-bill",
        ],
        "en": {
            "title": "Responses to recommendations: step by step",
            "slug": "responses-to-recommendations-step-by-step",
            "summary": (
                "How to use the short window between the review and the plenary to win support for "
                "your priority recommendations and to obtain clear, public responses from the "
                "State."
            ),
            "intro": (
                "<p>About 48 hours after the interactive dialogue, the recommendations made to the "
                "State are published, and the Working Group adopts its report a few days later. "
                "The State must then decide, for each recommendation, whether it "
                "<strong>supports</strong> it or <strong>notes</strong> it. Its responses go in an "
                "<em>addendum</em> to the report, limited to 2,675 words and due before the "
                "adoption at the Human Rights Council plenary, about 3–4 months after the "
                "review.</p><p>This is the shortest window in the cycle and one of the most "
                "decisive. A supported recommendation becomes a public commitment that civil "
                "society organisations (CSOs) can cite until the next review, about four and a "
                "half years later; a vague or missing response is far harder to use. The responses "
                "are usually drafted by a handful of officials, so well-timed, well-evidenced "
                "input can change the outcome.</p>"
            ),
            "steps": [
                {
                    "title": "Get the full list of recommendations and sort it",
                    "what": (
                        "<p>Download the recommendations as soon as they are published and share "
                        "them with your coalition. Sort them so that everyone can see at once "
                        "which ones concern your issues and who made them.</p><ul><li>Group them "
                        "by theme and by the ministry likely to be responsible.</li><li>Note the "
                        "recommending State and its region for each one: you will need them for "
                        "embassy advocacy.</li><li>Flag the strongest ones, those that ask for a "
                        "specific action such as adopting a law or ratifying a treaty.</li></ul>"
                    ),
                    "when": "About 48 hours after the interactive dialogue",
                    "who": ["csos"],
                    "checklist": [
                        "Recommendations downloaded and shared with partners",
                        "Recommendations grouped by theme and responsible ministry",
                        "Recommending State noted for each priority recommendation",
                        "Specific, action-oriented recommendations flagged",
                    ],
                },
                {
                    "title": "Choose your priorities and write a one-page position for each",
                    "what": (
                        "<p>You cannot lobby on everything. Pick a small number of recommendations "
                        "where your evidence is strongest and where support would make a practical "
                        "difference, and explain in plain language why the State can support "
                        "them.</p><p>For each one, set out the problem, what supporting the "
                        "recommendation would involve in practice and a realistic first step. "
                        "Where a recommendation is vague, propose how the government could "
                        "describe the action it will take, with a timeline and a responsible "
                        "body.</p>"
                    ),
                    "when": "In the first week after the review",
                    "who": ["csos"],
                    "checklist": [
                        "Three to five priority recommendations agreed with partners",
                        "One-page position drafted for each priority",
                        "Realistic first step and timeline proposed for each",
                        "Positions translated into the working language of the administration",
                    ],
                },
                {
                    "title": "Meet the officials drafting the responses",
                    "what": (
                        "<p>Find out which ministry coordinates the responses, often foreign "
                        "affairs or justice, and ask for a meeting with the officials who hold the "
                        "pen. Bring your one-page positions and offer technical information, not "
                        "only criticism.</p><ul><li>Ask when the responses will be decided and "
                        "whether civil society will be consulted.</li><li>Ask the national human "
                        "rights institution (NHRI) to make its own recommendations on the "
                        "responses.</li><li>Keep a written record of what was said and "
                        "agreed.</li></ul>"
                    ),
                    "when": "In the first weeks after the review",
                    "who": ["csos", "government", "nhri"],
                    "checklist": [
                        "Coordinating ministry and focal point identified",
                        "Meeting requested in writing",
                        "Positions shared with the NHRI",
                        "Notes of each meeting filed and shared with partners",
                    ],
                },
                {
                    "title": "Ask the recommending States to encourage support",
                    "what": (
                        "<p>Embassies of the States that made your priority recommendations have a "
                        "stake in seeing them supported. Brief them, share your one-page positions "
                        "and ask them to raise the recommendations in their contacts with the "
                        "government before the responses are finalised.</p><p>Think about safety "
                        "first: agree with partners what can be said and in whose name, and do not "
                        "share details that could expose victims, witnesses or staff to "
                        "reprisals.</p>"
                    ),
                    "when": "Before the State finalises its responses",
                    "who": ["csos", "embassies"],
                    "checklist": [
                        "Embassies of recommending States listed with a contact person",
                        "Briefing sent or meeting held with each priority embassy",
                        "Safety check done on what is shared and in whose name",
                    ],
                },
                {
                    "title": "Push for clear responses and check the addendum",
                    "what": (
                        "<p>A response is only useful if it is clear. Ask the government to give "
                        "one response per recommendation, either supported or noted, and to "
                        "explain briefly what it will do. Because the addendum is limited to 2,675 "
                        "words, short and precise wording matters.</p><ul><li>Ask for the addendum "
                        "to be published and translated into national languages.</li><li>Once it "
                        "is available, compare each response with your priorities and record the "
                        "result.</li><li>Share an analysis with partners, the NHRI, parliament and "
                        "embassies ahead of the plenary.</li></ul>"
                    ),
                    "when": "Up to the deadline for the addendum, before the plenary",
                    "who": ["csos", "government", "parliament"],
                    "checklist": [
                        "Request for one clear response per recommendation sent",
                        "Request to publish and translate the addendum sent",
                        "Each priority response recorded as supported or noted",
                        "Short analysis shared before the plenary",
                    ],
                },
            ],
        },
        "fr": {
            "title": "Réponses aux recommandations : étape par étape",
            "slug": "reponses-aux-recommandations-etape-par-etape",
            "summary": (
                "Comment profiter du court délai entre l'examen et la séance plénière pour que "
                "l'État accepte vos recommandations prioritaires et y réponde de façon claire et "
                "publique."
            ),
            "intro": (
                "<p>Environ 48 heures après le dialogue interactif, les recommandations adressées "
                "à l'État sont publiées, et le Groupe de travail adopte son rapport quelques jours "
                "plus tard. L'État doit alors décider, pour chaque recommandation, s'il "
                "l'<strong>accepte</strong> ou s'il en <strong>prend note</strong>. Ses réponses "
                "figurent dans un <em>additif</em> au rapport, limité à 2 675 mots et attendu "
                "avant l'adoption en séance plénière du Conseil des droits de l'homme, environ 3 à "
                "4 mois après l'examen.</p><p>C'est la fenêtre la plus courte du cycle, et l'une "
                "des plus décisives. Une recommandation acceptée devient un engagement public que "
                "les organisations de la société civile (OSC) pourront invoquer jusqu'à l'examen "
                "suivant, environ quatre ans et demi plus tard ; une réponse vague ou absente est "
                "bien plus difficile à exploiter. Les réponses sont généralement préparées par "
                "quelques fonctionnaires : une contribution bien documentée, apportée au bon "
                "moment, peut changer l'issue.</p>"
            ),
            "steps": [
                {
                    "title": "Obtenez la liste complète des recommandations et classez-la",
                    "what": (
                        "<p>Téléchargez les recommandations dès leur publication et partagez-les "
                        "avec votre coalition. Classez-les pour que chacun voie immédiatement "
                        "celles qui touchent à vos thématiques et qui les a "
                        "formulées.</p><ul><li>Regroupez-les par thème et par ministère "
                        "probablement compétent.</li><li>Notez pour chacune l'État auteur et sa "
                        "région : vous en aurez besoin pour le plaidoyer auprès des "
                        "ambassades.</li><li>Repérez les plus fortes, celles qui demandent une "
                        "action précise comme adopter une loi ou ratifier un traité.</li></ul>"
                    ),
                    "when": "Environ 48 heures après le dialogue interactif",
                    "who": ["csos"],
                    "checklist": [
                        "Recommandations téléchargées et partagées avec les partenaires",
                        "Recommandations regroupées par thème et par ministère compétent",
                        "État auteur noté pour chaque recommandation prioritaire",
                        "Recommandations précises et orientées vers l'action repérées",
                    ],
                },
                {
                    "title": "Choisissez vos priorités et rédigez une note d'une page pour chacune",
                    "what": (
                        "<p>Impossible de tout défendre. Retenez un petit nombre de "
                        "recommandations pour lesquelles vos preuves sont les plus solides et dont "
                        "l'acceptation changerait concrètement les choses, puis expliquez "
                        "simplement pourquoi l'État peut les accepter.</p><p>Pour chacune, "
                        "présentez le problème, ce que son acceptation impliquerait en pratique et "
                        "une première étape réaliste. Si une recommandation est vague, proposez "
                        "une façon de décrire l'action que le gouvernement entreprendra, avec un "
                        "calendrier et un organisme responsable.</p>"
                    ),
                    "when": "Dans la première semaine après l'examen",
                    "who": ["csos"],
                    "checklist": [
                        "Trois à cinq recommandations prioritaires convenues avec les partenaires",
                        "Note d'une page rédigée pour chaque priorité",
                        "Première étape réaliste et calendrier proposés pour chacune",
                        "Notes traduites dans la langue de travail de l'administration",
                    ],
                },
                {
                    "title": "Rencontrez les fonctionnaires qui rédigent les réponses",
                    "what": (
                        "<p>Identifiez le ministère qui coordonne les réponses, souvent les "
                        "affaires étrangères ou la justice, et demandez à rencontrer les "
                        "fonctionnaires qui tiennent la plume. Apportez vos notes d'une page et "
                        "proposez des informations techniques, pas seulement des "
                        "critiques.</p><ul><li>Demandez quand les réponses seront arrêtées et si "
                        "la société civile sera consultée.</li><li>Invitez l'institution nationale "
                        "des droits de l'homme (INDH) à formuler ses propres recommandations sur "
                        "les réponses.</li><li>Gardez une trace écrite de ce qui a été dit et "
                        "convenu.</li></ul>"
                    ),
                    "when": "Dans les premières semaines après l'examen",
                    "who": ["csos", "government", "nhri"],
                    "checklist": [
                        "Ministère coordinateur et point focal identifiés",
                        "Demande de rendez-vous envoyée par écrit",
                        "Notes partagées avec l'INDH",
                        "Compte rendu de chaque réunion archivé et partagé avec les partenaires",
                    ],
                },
                {
                    "title": "Demandez aux États auteurs d'encourager l'acceptation",
                    "what": (
                        "<p>Les ambassades des États qui ont formulé vos recommandations "
                        "prioritaires ont intérêt à les voir acceptées. Informez-les, "
                        "transmettez-leur vos notes d'une page et demandez-leur d'aborder ces "
                        "recommandations dans leurs échanges avec le gouvernement avant que les "
                        "réponses ne soient arrêtées.</p><p>Pensez d'abord à la sécurité : "
                        "convenez avec vos partenaires de ce qui peut être dit et au nom de qui, "
                        "et ne transmettez aucun détail qui exposerait des victimes, des témoins "
                        "ou votre équipe à des représailles.</p>"
                    ),
                    "when": "Avant que l'État n'arrête ses réponses",
                    "who": ["csos", "embassies"],
                    "checklist": [
                        "Ambassades des États auteurs listées avec une personne de contact",
                        "Note envoyée ou réunion tenue avec chaque ambassade prioritaire",
                        "Vérification de sécurité faite sur ce qui est partagé et au nom de qui",
                    ],
                },
                {
                    "title": "Exigez des réponses claires et vérifiez l'additif",
                    "what": (
                        "<p>Une réponse n'est utile que si elle est claire. Demandez au "
                        "gouvernement de donner une seule réponse par recommandation, acceptée ou "
                        "dont il a été pris note, et d'expliquer brièvement ce qu'il fera. "
                        "L'additif étant limité à 2 675 mots, une formulation courte et précise "
                        "compte.</p><ul><li>Demandez que l'additif soit publié et traduit dans les "
                        "langues nationales.</li><li>Dès sa parution, comparez chaque réponse à "
                        "vos priorités et consignez le résultat.</li><li>Partagez une analyse avec "
                        "vos partenaires, l'INDH, le parlement et les ambassades avant la séance "
                        "plénière.</li></ul>"
                    ),
                    "when": "Jusqu'à la date limite de l'additif, avant la séance plénière",
                    "who": ["csos", "government", "parliament"],
                    "checklist": [
                        "Demande d'une réponse claire par recommandation envoyée",
                        "Demande de publication et de traduction de l'additif envoyée",
                        (
                            "Chaque réponse prioritaire consignée : acceptée ou dont il a été pris "
                            "note"
                        ),
                        "Brève analyse partagée avant la séance plénière",
                    ],
                },
            ],
        },
        "es": {
            "title": "Respuestas a las recomendaciones: paso a paso",
            "slug": "respuestas-a-las-recomendaciones-paso-a-paso",
            "summary": (
                "Cómo aprovechar el breve plazo entre el examen y la sesión plenaria para que el "
                "Estado apoye sus recomendaciones prioritarias y responda a ellas de forma clara y "
                "pública."
            ),
            "intro": (
                "<p>Unas 48 horas después del diálogo interactivo se publican las recomendaciones "
                "formuladas al Estado, y el Grupo de Trabajo aprueba su informe pocos días "
                "después. El Estado debe decidir entonces, para cada recomendación, si la "
                "<strong>apoya</strong> o si <strong>toma nota</strong> de ella. Sus respuestas se "
                "recogen en una <em>adición</em> al informe, con un límite de 2675 palabras, que "
                "debe presentarse antes de la aprobación en la sesión plenaria del Consejo de "
                "Derechos Humanos, unos 3 o 4 meses después del examen.</p><p>Es el plazo más "
                "corto del ciclo y uno de los más decisivos. Una recomendación apoyada se "
                "convierte en un compromiso público que las organizaciones de la sociedad civil "
                "(OSC) pueden invocar hasta el siguiente examen, unos cuatro años y medio después; "
                "una respuesta vaga o inexistente es mucho más difícil de aprovechar. Las "
                "respuestas suelen prepararlas unos pocos funcionarios, así que un aporte bien "
                "documentado y oportuno puede cambiar el resultado.</p>"
            ),
            "steps": [
                {
                    "title": "Consiga la lista completa de recomendaciones y clasifíquela",
                    "what": (
                        "<p>Descargue las recomendaciones en cuanto se publiquen y compártalas con "
                        "su coalición. Clasifíquelas para que todo el equipo vea de inmediato "
                        "cuáles tocan sus temas y quién las formuló.</p><ul><li>Agrúpelas por tema "
                        "y por el ministerio que probablemente sea responsable.</li><li>Anote en "
                        "cada caso el Estado recomendante y su región: los necesitará para la "
                        "incidencia ante las embajadas.</li><li>Señale las más sólidas, las que "
                        "piden una acción concreta como aprobar una ley o ratificar un "
                        "tratado.</li></ul>"
                    ),
                    "when": "Unas 48 horas después del diálogo interactivo",
                    "who": ["csos"],
                    "checklist": [
                        "Recomendaciones descargadas y compartidas con las organizaciones aliadas",
                        "Recomendaciones agrupadas por tema y ministerio responsable",
                        "Estado recomendante anotado en cada recomendación prioritaria",
                        "Recomendaciones concretas y orientadas a la acción señaladas",
                    ],
                },
                {
                    "title": "Elija sus prioridades y redacte una nota de una página para cada una",
                    "what": (
                        "<p>No se puede abogar por todo. Elija unas pocas recomendaciones en las "
                        "que su evidencia sea más sólida y cuyo apoyo supondría un cambio "
                        "práctico, y explique con lenguaje sencillo por qué el Estado puede "
                        "apoyarlas.</p><p>En cada nota, exponga el problema, lo que implicaría en "
                        "la práctica apoyar la recomendación y un primer paso realista. Si una "
                        "recomendación es vaga, proponga cómo podría describir el gobierno la "
                        "acción que emprenderá, con un calendario y un organismo responsable.</p>"
                    ),
                    "when": "En la primera semana después del examen",
                    "who": ["csos"],
                    "checklist": [
                        (
                            "De tres a cinco recomendaciones prioritarias acordadas con las "
                            "organizaciones aliadas"
                        ),
                        "Nota de una página redactada para cada prioridad",
                        "Primer paso realista y calendario propuestos para cada una",
                        "Notas traducidas al idioma de trabajo de la administración",
                    ],
                },
                {
                    "title": "Reúnase con los funcionarios que redactan las respuestas",
                    "what": (
                        "<p>Averigüe qué ministerio coordina las respuestas, a menudo Relaciones "
                        "Exteriores o Justicia, y pida una reunión con los funcionarios que llevan "
                        "la redacción. Lleve sus notas de una página y ofrezca información "
                        "técnica, no solo críticas.</p><ul><li>Pregunte cuándo se decidirán las "
                        "respuestas y si se consultará a la sociedad civil.</li><li>Pida a la "
                        "institución nacional de derechos humanos (INDH) que formule sus propias "
                        "recomendaciones sobre las respuestas.</li><li>Deje constancia escrita de "
                        "lo que se dijo y se acordó.</li></ul>"
                    ),
                    "when": "En las primeras semanas después del examen",
                    "who": ["csos", "government", "nhri"],
                    "checklist": [
                        "Ministerio coordinador y punto focal identificados",
                        "Reunión solicitada por escrito",
                        "Notas compartidas con la INDH",
                        (
                            "Acta de cada reunión archivada y compartida con las organizaciones "
                            "aliadas"
                        ),
                    ],
                },
                {
                    "title": "Pida a los Estados recomendantes que promuevan el apoyo",
                    "what": (
                        "<p>Las embajadas de los Estados que formularon sus recomendaciones "
                        "prioritarias tienen interés en que se apoyen. Infórmelas, compártales sus "
                        "notas de una página y pídales que planteen esas recomendaciones en sus "
                        "contactos con el gobierno antes de que se cierren las "
                        "respuestas.</p><p>Piense primero en la seguridad: acuerde con sus aliados "
                        "qué se puede decir y en nombre de quién, y no comparta datos que puedan "
                        "exponer a víctimas, testigos o personal a represalias.</p>"
                    ),
                    "when": "Antes de que el Estado cierre sus respuestas",
                    "who": ["csos", "embassies"],
                    "checklist": [
                        (
                            "Embajadas de los Estados recomendantes listadas con una persona de "
                            "contacto"
                        ),
                        "Nota enviada o reunión celebrada con cada embajada prioritaria",
                        "Revisión de seguridad hecha sobre lo que se comparte y en nombre de quién",
                    ],
                },
                {
                    "title": "Exija respuestas claras y revise la adición",
                    "what": (
                        "<p>Una respuesta solo sirve si es clara. Pida al gobierno una única "
                        "respuesta por recomendación, apoyada o de la que se tomó nota, y una "
                        "breve explicación de lo que hará. Como la adición tiene un límite de 2675 "
                        "palabras, una redacción breve y precisa es importante.</p><ul><li>Pida "
                        "que la adición se publique y se traduzca a los idiomas "
                        "nacionales.</li><li>En cuanto esté disponible, compare cada respuesta con "
                        "sus prioridades y registre el resultado.</li><li>Comparta un análisis con "
                        "sus aliados, la INDH, el parlamento y las embajadas antes de la sesión "
                        "plenaria.</li></ul>"
                    ),
                    "when": "Hasta el plazo de la adición, antes de la sesión plenaria",
                    "who": ["csos", "government", "parliament"],
                    "checklist": [
                        "Solicitud de una respuesta clara por recomendación enviada",
                        "Solicitud de publicar y traducir la adición enviada",
                        (
                            "Cada respuesta prioritaria registrada como apoyada o de la que se "
                            "tomó nota"
                        ),
                        "Breve análisis compartido antes de la sesión plenaria",
                    ],
                },
            ],
        },
    },
    {
        "stage": "plenary-adoption",
        "modules": ["working-with-government", "reprisals-digital-safety"],
        "cases": [
            "a-mongolia-shelters-plenary-to-budget",
            "a-zambia-gbv-response-window",
            "b-tanzania-death-penalty-noted-recommendation",
        ],
        "en": {
            "title": "Adoption at the Human Rights Council plenary: step by step",
            "slug": "plenary-adoption-step-by-step",
            "summary": (
                "How to prepare for the adoption of the outcome at the Human Rights Council, be "
                "heard there even without ECOSOC status, and turn the adoption into a moment for "
                "action at home."
            ),
            "intro": (
                "<p>About 3–4 months after the review, the Human Rights Council adopts the outcome "
                "of the review at its plenary session, under <strong>agenda item 6</strong>. One "
                "hour is set aside for each State. The State under review presents its responses, "
                "and stakeholders such as non-governmental organisations (NGOs) with <em>ECOSOC "
                "consultative status</em> and national human rights institutions (NHRIs) can make "
                "short statements.</p><p>The adoption is the moment when the State's commitments "
                "become final and public. For civil society organisations (CSOs) it is a chance to "
                "put their priorities on the record in Geneva, but its greatest value is often at "
                "home: it offers a date, a document and a news hook to press for a plan to "
                "implement the recommendations.</p>"
            ),
            "steps": [
                {
                    "title": "Find the date and plan backwards from it",
                    "what": (
                        "<p>Check the Council's programme of work for the session at which your "
                        "State's outcome will be adopted, and note the day scheduled under item 6. "
                        "Dates can move, so check again in the final weeks.</p><ul><li>List what "
                        "must be ready before the day: analysis of the responses, statement, media "
                        "material.</li><li>Agree who does what in your coalition, in Geneva and at "
                        "home.</li><li>Ask partners with experience in Geneva how statements are "
                        "registered for this session.</li></ul>"
                    ),
                    "when": "As soon as the review is over, about 3–4 months before the plenary",
                    "who": ["csos", "ohchr"],
                    "checklist": [
                        "Session and adoption date noted and checked again",
                        "Backward plan with deadlines shared with partners",
                        "Roles agreed for Geneva and for the national level",
                        "Current rules for registering statements checked",
                    ],
                },
                {
                    "title": (
                        "Prepare a short statement, or pass your message to someone who can speak"
                    ),
                    "what": (
                        "<p>Among stakeholders, only NGOs with ECOSOC consultative status and "
                        "NHRIs can take the floor. If your organisation has that status, prepare a "
                        "short statement built on two or three messages: welcome the most "
                        "important supported recommendations, ask for a time-bound implementation "
                        "plan and raise concern about the main noted "
                        "recommendations.</p><p>Speaking time is short and the hour is shared, so "
                        "write to be read aloud, name concrete actions and check the current rules "
                        "on length and registration with the Council secretariat well in "
                        "advance.</p>"
                    ),
                    "when": "About one month before the plenary",
                    "who": ["csos", "nhri", "ohchr"],
                    "checklist": [
                        "Two or three key messages agreed",
                        "Statement drafted and timed aloud",
                        "Registration rules and deadlines checked with the secretariat",
                        "Speaker and back-up speaker confirmed",
                    ],
                },
                {
                    "title": (
                        "Without ECOSOC status: work through partners, the NHRI and friendly States"
                    ),
                    "what": (
                        "<p>Most national CSOs do not have ECOSOC status, but they can still be "
                        "heard. The key is to give others a ready-made message and the evidence "
                        "behind it.</p><ul><li>Ask an NGO with ECOSOC status to deliver a joint "
                        "statement, or to include your priorities in its own.</li><li>Share your "
                        "analysis of the responses with the NHRI before it prepares its "
                        "statement.</li><li>Brief the embassies of recommending States, which may "
                        "refer to your priorities if they take the floor.</li><li>Publish your own "
                        "written analysis so that journalists and officials can quote it.</li></ul>"
                    ),
                    "when": "About one to two months before the plenary",
                    "who": ["csos", "nhri", "embassies"],
                    "checklist": [
                        "Partner NGO with ECOSOC status contacted",
                        "Analysis shared with the NHRI",
                        "Briefing sent to embassies of recommending States",
                        "Written analysis ready to publish on the day of adoption",
                    ],
                },
                {
                    "title": "Assess the risks before you speak or sign",
                    "what": (
                        "<p>Speaking at the Council, or being named in a statement, can expose "
                        "your organisation, your partners or the people you work with to "
                        "reprisals. Decide together what is safe, and remember that a partner can "
                        "deliver your message without naming you.</p><ul><li>Assess the risks for "
                        "each person and organisation involved, including anyone travelling to "
                        "Geneva.</li><li>Protect communications and documents, especially those "
                        "about victims and witnesses.</li><li>Know in advance how to report "
                        "intimidation or reprisals to OHCHR and to the NHRI.</li></ul>"
                    ),
                    "when": "Before any statement or name is submitted",
                    "who": ["csos", "nhri", "ohchr"],
                    "checklist": [
                        "Risk assessment done for each person and organisation named",
                        "Decision taken on whether your organisation is named",
                        "Secure channels agreed for sharing drafts",
                        "Plan ready for reporting intimidation or reprisals",
                    ],
                },
                {
                    "title": "Use the adoption at home",
                    "what": (
                        "<p>The adoption is a news hook. Plan national activities around the day "
                        "so that the commitments reach the public, parliament and the officials "
                        "who will have to carry them out.</p><ul><li>Issue a short press release "
                        "listing the key supported and noted recommendations.</li><li>Ask the "
                        "government to publish the recommendations and its responses in national "
                        "languages and to announce how it will implement them.</li><li>Ask "
                        "parliamentarians to put questions or hold a committee hearing on the "
                        "outcome.</li><li>Hold a public event or webinar with partners, the NHRI "
                        "and embassies of recommending States.</li></ul>"
                    ),
                    "when": "On the day of the adoption and in the weeks that follow",
                    "who": [
                        "csos",
                        "government",
                        "parliament",
                        "nhri",
                        "embassies",
                    ],
                    "checklist": [
                        "Press release ready for the day of adoption",
                        (
                            "Request sent to government to publish the outcome and an "
                            "implementation plan"
                        ),
                        "Parliamentary question or hearing requested",
                        "Public event or webinar held",
                    ],
                },
            ],
        },
        "fr": {
            "title": "Adoption en séance plénière du Conseil : étape par étape",
            "slug": "adoption-en-seance-pleniere-etape-par-etape",
            "summary": (
                "Comment préparer l'adoption du document final au Conseil des droits de l'homme, "
                "s'y faire entendre même sans statut ECOSOC et faire de cette adoption un levier "
                "d'action dans le pays."
            ),
            "intro": (
                "<p>Environ 3 à 4 mois après l'examen, le Conseil des droits de l'homme adopte le "
                "document final de l'examen en séance plénière, au titre du <strong>point 6 de "
                "l'ordre du jour</strong>. Une heure est consacrée à chaque État. L'État examiné y "
                "présente ses réponses, et les parties prenantes, comme les organisations non "
                "gouvernementales (ONG) dotées du <em>statut consultatif auprès de l'ECOSOC</em> "
                "et les institutions nationales des droits de l'homme (INDH), peuvent faire de "
                "brèves déclarations.</p><p>L'adoption est le moment où les engagements de l'État "
                "deviennent définitifs et publics. Pour les organisations de la société civile "
                "(OSC), c'est l'occasion de faire consigner leurs priorités à Genève, mais son "
                "principal intérêt se joue souvent dans le pays : elle fournit une date, un "
                "document et une accroche médiatique pour réclamer un plan de mise en œuvre des "
                "recommandations.</p>"
            ),
            "steps": [
                {
                    "title": "Trouvez la date et planifiez à rebours",
                    "what": (
                        "<p>Consultez le programme de travail du Conseil pour la session au cours "
                        "de laquelle le document final de votre État sera adopté, et notez le jour "
                        "prévu au titre du point 6. Les dates peuvent changer : vérifiez-les de "
                        "nouveau dans les dernières semaines.</p><ul><li>Listez ce qui doit être "
                        "prêt avant le jour J : analyse des réponses, déclaration, supports pour "
                        "les médias.</li><li>Répartissez les rôles au sein de votre coalition, à "
                        "Genève et dans le pays.</li><li>Demandez à des partenaires rompus au "
                        "travail à Genève comment les déclarations sont inscrites pour cette "
                        "session.</li></ul>"
                    ),
                    "when": "Dès la fin de l'examen, environ 3 à 4 mois avant la séance plénière",
                    "who": ["csos", "ohchr"],
                    "checklist": [
                        "Session et date d'adoption notées et revérifiées",
                        "Rétroplanning avec échéances partagé avec les partenaires",
                        "Rôles répartis pour Genève et pour le niveau national",
                        "Règles actuelles d'inscription des déclarations vérifiées",
                    ],
                },
                {
                    "title": (
                        "Préparez une brève déclaration, ou confiez votre message à qui peut parler"
                    ),
                    "what": (
                        "<p>Parmi les parties prenantes, seules les ONG dotées du statut "
                        "consultatif auprès de l'ECOSOC et les INDH peuvent prendre la parole. Si "
                        "votre organisation a ce statut, préparez une déclaration courte, "
                        "construite autour de deux ou trois messages : saluer les recommandations "
                        "acceptées les plus importantes, demander un plan de mise en œuvre assorti "
                        "d'échéances et exprimer votre préoccupation au sujet des principales "
                        "recommandations dont il a été pris note.</p><p>Le temps de parole est "
                        "court et l'heure est partagée : écrivez pour être lu à voix haute, nommez "
                        "des actions concrètes et vérifiez bien à l'avance auprès du secrétariat "
                        "du Conseil les règles en vigueur sur la durée et l'inscription.</p>"
                    ),
                    "when": "Environ un mois avant la séance plénière",
                    "who": ["csos", "nhri", "ohchr"],
                    "checklist": [
                        "Deux ou trois messages clés convenus",
                        "Déclaration rédigée et chronométrée à voix haute",
                        "Règles et délais d'inscription vérifiés auprès du secrétariat",
                        "Orateur ou oratrice et suppléant confirmés",
                    ],
                },
                {
                    "title": (
                        "Sans statut ECOSOC : passez par vos partenaires, l'INDH et les États amis"
                    ),
                    "what": (
                        "<p>La plupart des OSC nationales n'ont pas le statut ECOSOC, mais elles "
                        "peuvent tout de même se faire entendre. L'essentiel est de fournir à "
                        "d'autres un message clé en main et les preuves qui "
                        "l'étayent.</p><ul><li>Demandez à une ONG dotée du statut ECOSOC de lire "
                        "une déclaration conjointe ou d'intégrer vos priorités dans la "
                        "sienne.</li><li>Partagez votre analyse des réponses avec l'INDH avant "
                        "qu'elle ne prépare sa déclaration.</li><li>Informez les ambassades des "
                        "États auteurs de recommandations, qui pourront évoquer vos priorités si "
                        "leur État prend la parole.</li><li>Publiez votre propre analyse écrite "
                        "pour que journalistes et responsables puissent la citer.</li></ul>"
                    ),
                    "when": "Environ un à deux mois avant la séance plénière",
                    "who": ["csos", "nhri", "embassies"],
                    "checklist": [
                        "ONG partenaire dotée du statut ECOSOC contactée",
                        "Analyse partagée avec l'INDH",
                        "Note d'information envoyée aux ambassades des États auteurs",
                        "Analyse écrite prête à être publiée le jour de l'adoption",
                    ],
                },
                {
                    "title": "Évaluez les risques avant de parler ou de signer",
                    "what": (
                        "<p>Prendre la parole au Conseil, ou être cité dans une déclaration, peut "
                        "exposer votre organisation, vos partenaires ou les personnes avec qui "
                        "vous travaillez à des représailles. Décidez ensemble de ce qui est sûr, "
                        "et rappelez-vous qu'un partenaire peut porter votre message sans vous "
                        "nommer.</p><ul><li>Évaluez les risques pour chaque personne et "
                        "organisation concernée, y compris celles qui se rendent à "
                        "Genève.</li><li>Protégez vos communications et vos documents, en "
                        "particulier ceux qui concernent des victimes et des "
                        "témoins.</li><li>Sachez à l'avance comment signaler des actes "
                        "d'intimidation ou de représailles au HCDH et à l'INDH.</li></ul>"
                    ),
                    "when": "Avant de soumettre toute déclaration ou tout nom",
                    "who": ["csos", "nhri", "ohchr"],
                    "checklist": [
                        "Évaluation des risques faite pour chaque personne et organisation citée",
                        "Décision prise sur la mention ou non de votre organisation",
                        "Canaux sécurisés convenus pour échanger les projets de texte",
                        "Plan prêt pour signaler intimidations ou représailles",
                    ],
                },
                {
                    "title": "Faites de l'adoption un levier dans le pays",
                    "what": (
                        "<p>L'adoption est une accroche médiatique. Organisez des activités "
                        "nationales autour de cette date pour que les engagements parviennent au "
                        "public, au parlement et aux fonctionnaires qui devront les mettre en "
                        "œuvre.</p><ul><li>Diffusez un bref communiqué de presse présentant les "
                        "principales recommandations acceptées et celles dont il a été pris "
                        "note.</li><li>Demandez au gouvernement de publier les recommandations et "
                        "ses réponses dans les langues nationales et d'annoncer comment il les "
                        "mettra en œuvre.</li><li>Demandez à des parlementaires de poser des "
                        "questions ou d'organiser une audition en commission sur le document "
                        "final.</li><li>Organisez un événement public ou un webinaire avec vos "
                        "partenaires, l'INDH et les ambassades des États auteurs.</li></ul>"
                    ),
                    "when": "Le jour de l'adoption et les semaines qui suivent",
                    "who": [
                        "csos",
                        "government",
                        "parliament",
                        "nhri",
                        "embassies",
                    ],
                    "checklist": [
                        "Communiqué de presse prêt pour le jour de l'adoption",
                        (
                            "Demande envoyée au gouvernement pour publier le document final et un "
                            "plan de mise en œuvre"
                        ),
                        "Question parlementaire ou audition demandée",
                        "Événement public ou webinaire organisé",
                    ],
                },
            ],
        },
        "es": {
            "title": "Aprobación en la sesión plenaria del Consejo: paso a paso",
            "slug": "aprobacion-en-la-sesion-plenaria-paso-a-paso",
            "summary": (
                "Cómo prepararse para la aprobación del resultado en el Consejo de Derechos "
                "Humanos, hacerse oír allí incluso sin estatus ante el ECOSOC y convertir la "
                "aprobación en un impulso para actuar en el país."
            ),
            "intro": (
                "<p>Unos 3 o 4 meses después del examen, el Consejo de Derechos Humanos aprueba el "
                "resultado del examen en su sesión plenaria, en relación con el <strong>tema 6 de "
                "la agenda</strong>. Se dedica una hora a cada Estado. El Estado examinado "
                "presenta sus respuestas, y las partes interesadas, como las organizaciones no "
                "gubernamentales (ONG) con <em>estatus consultivo ante el ECOSOC</em> y las "
                "instituciones nacionales de derechos humanos (INDH), pueden hacer breves "
                "declaraciones.</p><p>La aprobación es el momento en que los compromisos del "
                "Estado se vuelven definitivos y públicos. Para las organizaciones de la sociedad "
                "civil (OSC) es una oportunidad de dejar constancia de sus prioridades en Ginebra, "
                "pero su mayor valor suele estar en el país: ofrece una fecha, un documento y un "
                "motivo noticioso para exigir un plan de aplicación de las recomendaciones.</p>"
            ),
            "steps": [
                {
                    "title": "Averigüe la fecha y planifique hacia atrás",
                    "what": (
                        "<p>Consulte el programa de trabajo del Consejo para el período de "
                        "sesiones en que se aprobará el resultado de su Estado y anote el día "
                        "previsto en relación con el tema 6. Las fechas pueden cambiar, así que "
                        "vuelva a comprobarlas en las últimas semanas.</p><ul><li>Haga una lista "
                        "de lo que debe estar listo antes del día: análisis de las respuestas, "
                        "declaración, materiales para la prensa.</li><li>Acuerde quién hace qué "
                        "dentro de su coalición, en Ginebra y en el país.</li><li>Pregunte a "
                        "aliados con experiencia en Ginebra cómo se inscriben las declaraciones en "
                        "ese período de sesiones.</li></ul>"
                    ),
                    "when": (
                        "En cuanto termine el examen, unos 3 o 4 meses antes de la sesión plenaria"
                    ),
                    "who": ["csos", "ohchr"],
                    "checklist": [
                        "Período de sesiones y fecha de aprobación anotados y verificados de nuevo",
                        "Plan hacia atrás con plazos compartido con las organizaciones aliadas",
                        "Funciones acordadas para Ginebra y para el nivel nacional",
                        "Normas vigentes de inscripción de declaraciones comprobadas",
                    ],
                },
                {
                    "title": (
                        "Prepare una declaración breve o haga llegar su mensaje a quien pueda "
                        "hablar"
                    ),
                    "what": (
                        "<p>Entre las partes interesadas, solo las ONG con estatus consultivo ante "
                        "el ECOSOC y las INDH pueden hacer uso de la palabra. Si su organización "
                        "tiene ese estatus, prepare una declaración breve centrada en dos o tres "
                        "mensajes: acoger las recomendaciones apoyadas más importantes, pedir un "
                        "plan de aplicación con plazos y expresar preocupación por las principales "
                        "recomendaciones de las que se tomó nota.</p><p>El tiempo de palabra es "
                        "corto y la hora se comparte, así que escriba para ser leído en voz alta, "
                        "nombre acciones concretas y compruebe con antelación ante la secretaría "
                        "del Consejo las normas vigentes sobre duración e inscripción.</p>"
                    ),
                    "when": "Alrededor de un mes antes de la sesión plenaria",
                    "who": ["csos", "nhri", "ohchr"],
                    "checklist": [
                        "Dos o tres mensajes clave acordados",
                        "Declaración redactada y cronometrada en voz alta",
                        "Normas y plazos de inscripción comprobados con la secretaría",
                        "Persona oradora y suplente confirmadas",
                    ],
                },
                {
                    "title": (
                        "Sin estatus ante el ECOSOC: actúe a través de aliados, la INDH y Estados "
                        "afines"
                    ),
                    "what": (
                        "<p>La mayoría de las OSC nacionales no tienen estatus ante el ECOSOC, "
                        "pero aun así pueden hacerse oír. La clave es ofrecer a otros un mensaje "
                        "listo para usar y la evidencia que lo respalda.</p><ul><li>Pida a una ONG "
                        "con estatus ante el ECOSOC que lea una declaración conjunta o que incluya "
                        "sus prioridades en la suya.</li><li>Comparta su análisis de las "
                        "respuestas con la INDH antes de que prepare su "
                        "declaración.</li><li>Informe a las embajadas de los Estados "
                        "recomendantes, que podrán mencionar sus prioridades si su Estado toma la "
                        "palabra.</li><li>Publique su propio análisis escrito para que periodistas "
                        "y autoridades puedan citarlo.</li></ul>"
                    ),
                    "when": "Entre uno y dos meses antes de la sesión plenaria",
                    "who": ["csos", "nhri", "embassies"],
                    "checklist": [
                        "ONG aliada con estatus ante el ECOSOC contactada",
                        "Análisis compartido con la INDH",
                        "Nota informativa enviada a las embajadas de los Estados recomendantes",
                        "Análisis escrito listo para publicar el día de la aprobación",
                    ],
                },
                {
                    "title": "Evalúe los riesgos antes de hablar o firmar",
                    "what": (
                        "<p>Hablar ante el Consejo, o aparecer nombrado en una declaración, puede "
                        "exponer a su organización, a sus aliados o a las personas con quienes "
                        "trabaja a represalias. Decidan juntos qué es seguro y recuerde que una "
                        "organización aliada puede transmitir su mensaje sin nombrar a la "
                        "suya.</p><ul><li>Evalúe los riesgos para cada persona y organización "
                        "implicada, incluidas las que viajen a Ginebra.</li><li>Proteja sus "
                        "comunicaciones y documentos, en especial los relativos a víctimas y "
                        "testigos.</li><li>Sepa de antemano cómo denunciar actos de intimidación o "
                        "represalias ante el ACNUDH y la INDH.</li></ul>"
                    ),
                    "when": "Antes de presentar cualquier declaración o nombre",
                    "who": ["csos", "nhri", "ohchr"],
                    "checklist": [
                        "Evaluación de riesgos hecha para cada persona y organización nombrada",
                        "Decisión tomada sobre si se nombra a su organización",
                        "Canales seguros acordados para compartir borradores",
                        "Plan listo para denunciar intimidación o represalias",
                    ],
                },
                {
                    "title": "Aproveche la aprobación en el país",
                    "what": (
                        "<p>La aprobación es un motivo noticioso. Organice actividades nacionales "
                        "en torno a esa fecha para que los compromisos lleguen al público, al "
                        "parlamento y a los funcionarios que deberán "
                        "cumplirlos.</p><ul><li>Difunda un breve comunicado de prensa con las "
                        "principales recomendaciones apoyadas y de las que se tomó "
                        "nota.</li><li>Pida al gobierno que publique las recomendaciones y sus "
                        "respuestas en los idiomas nacionales y que anuncie cómo las "
                        "aplicará.</li><li>Pida a parlamentarios que formulen preguntas o celebren "
                        "una audiencia en comisión sobre el resultado.</li><li>Organice un acto "
                        "público o un seminario web con sus aliados, la INDH y las embajadas de "
                        "los Estados recomendantes.</li></ul>"
                    ),
                    "when": "El día de la aprobación y las semanas siguientes",
                    "who": [
                        "csos",
                        "government",
                        "parliament",
                        "nhri",
                        "embassies",
                    ],
                    "checklist": [
                        "Comunicado de prensa listo para el día de la aprobación",
                        (
                            "Solicitud enviada al gobierno para publicar el resultado y un plan de "
                            "aplicación"
                        ),
                        "Pregunta parlamentaria o audiencia solicitada",
                        "Acto público o seminario web celebrado",
                    ],
                },
            ],
        },
    },
    {
        "stage": "implementation",
        "modules": ["working-with-government", "monitoring-mid-term", "reprisals-digital-safety"],
        "cases": [
            "b-indonesia-domestic-workers-bill",
            "a-armenia-noted-torture-investigations",
            "a-honduras-environmental-defenders-reprisals",
        ],
        "en": {
            "title": "Implementation between reviews: step by step",
            "slug": "implementation-between-reviews-step-by-step",
            "summary": (
                "How to turn recommendations into change between reviews: plan, work with "
                "government, parliament, the NHRI and embassies, keep noted recommendations alive "
                "and monitor safely."
            ),
            "intro": (
                "<p>Implementation is the State's responsibility and runs through the whole period "
                "between one review and the next, about four and a half years. The fourth cycle "
                "puts a strong emphasis on implementation, and the next review will focus on what "
                "has been done with earlier recommendations. States are also encouraged to submit "
                "a voluntary <strong>mid-term report</strong>, about 2–2.5 years after the "
                "review.</p><p>For civil society organisations (CSOs), this is where the UPR pays "
                "off or fades away. Your role is to monitor, to advocate and, where possible, to "
                "cooperate with government, parliament, the national human rights institution "
                "(NHRI) and the embassies of recommending States, while keeping your partners and "
                "sources safe.</p>"
            ),
            "steps": [
                {
                    "title": "Turn the recommendations into a monitoring plan",
                    "what": (
                        "<p>Start from the recommendations your coalition cares about, both "
                        "supported and noted, and decide what progress would look like for each "
                        "one. Use the SMART approach: specific, measurable, achievable, relevant "
                        "and time-bound.</p><ul><li>Group related recommendations into clusters by "
                        "theme or by responsible ministry.</li><li>Set a baseline: the situation "
                        "at the time of the review, with sources.</li><li>Choose a few indicators "
                        "that you can actually track with your own means.</li></ul>"
                    ),
                    "when": "In the first months after the plenary",
                    "who": ["csos"],
                    "checklist": [
                        "Recommendations clustered by theme and ministry",
                        "Baseline recorded with sources",
                        "Indicators chosen for each cluster",
                        "Roles and reporting calendar agreed within the coalition",
                    ],
                },
                {
                    "title": "Engage with the national implementation plan and mechanism",
                    "what": (
                        "<p>Many States adopt a national implementation plan and set up a body to "
                        "coordinate it, such as an inter-ministerial committee or a national "
                        "mechanism for implementation, reporting and follow-up. Names, mandates "
                        "and openness to civil society vary widely, so find out what exists in "
                        "your country.</p><ul><li>Ask for the plan to be public, with a "
                        "responsible body, a timeline and a budget for each "
                        "recommendation.</li><li>Ask for regular consultations with civil society, "
                        "for example a standing seat or periodic meetings.</li><li>If there is no "
                        "plan, propose one, drawing on your own monitoring plan.</li></ul>"
                    ),
                    "when": "Within the first year after the review",
                    "who": ["csos", "government"],
                    "checklist": [
                        "Existing plan or coordinating body identified",
                        "Request sent for a public plan with timelines and budget",
                        "Request sent for regular consultations with civil society",
                        "Your own priorities ready to share",
                    ],
                },
                {
                    "title": "Work with ministries and parliament",
                    "what": (
                        "<p>Recommendations are implemented by line ministries and often need laws "
                        "or money that only parliament can provide. Build working relationships "
                        "with focal points in the ministries concerned and with the parliamentary "
                        "committees that cover your issues.</p><ul><li>Offer technical input on "
                        "draft laws, policies and guidelines.</li><li>Follow the budget cycle and "
                        "ask for funds for supported recommendations.</li><li>Ask parliamentarians "
                        "to put questions on progress and to hold hearings.</li></ul>"
                    ),
                    "when": (
                        "Throughout the cycle, in step with the budget and legislative calendar"
                    ),
                    "who": ["csos", "government", "parliament"],
                    "checklist": [
                        "Focal point identified in each relevant ministry",
                        "Parliamentary committees and allies mapped",
                        "Budget calendar noted with key dates",
                        "At least one submission made on a draft law or budget",
                    ],
                },
                {
                    "title": "Involve the NHRI and the embassies of recommending States",
                    "what": (
                        "<p>The NHRI can monitor implementation, hold hearings and report "
                        "publicly, which adds weight to your findings. Embassies of the States "
                        "that made your priority recommendations can raise them in bilateral "
                        "dialogue and, in some cases, support implementation with funding or "
                        "expertise.</p><ul><li>Share your monitoring findings with the NHRI and "
                        "propose joint activities.</li><li>Brief embassies at regular intervals, "
                        "for example once or twice a year, with a short update.</li><li>Ask "
                        "embassies to follow up, in their own contacts with the government, on the "
                        "recommendations their State made.</li></ul>"
                    ),
                    "when": "Regularly between reviews",
                    "who": ["csos", "nhri", "embassies"],
                    "checklist": [
                        "Findings shared with the NHRI",
                        "Joint activity proposed to the NHRI",
                        "Briefing schedule set with embassies of recommending States",
                        "Embassies asked to follow up on their recommendations",
                    ],
                },
                {
                    "title": "Keep noted recommendations alive",
                    "what": (
                        "<p>A noted recommendation is not the end of the story. The State has made "
                        "no commitment, but the issue is on the record and can come back at the "
                        "next review, where unmet recommendations are often "
                        "repeated.</p><ul><li>Link it to supported recommendations on the same "
                        "issue and advocate through them.</li><li>Use recommendations from other "
                        "UN mechanisms, such as treaty bodies, that say the same "
                        "thing.</li><li>Keep gathering evidence and build public and parliamentary "
                        "support for a change of position.</li><li>Ask the government to "
                        "reconsider its position, for example when it prepares a voluntary "
                        "mid-term report.</li></ul>"
                    ),
                    "when": "Throughout the cycle, especially before the mid-term report",
                    "who": ["csos", "government", "parliament"],
                    "checklist": [
                        "Noted recommendations linked to related supported ones",
                        "Matching recommendations from other UN mechanisms listed",
                        "Evidence file updated",
                        "Request to reconsider sent to the government",
                    ],
                },
                {
                    "title": "Monitor safely and report what you find",
                    "what": (
                        "<p>Monitoring can put people at risk, especially those who give testimony "
                        "or work on sensitive issues. Collect only what you need, with informed "
                        "consent, and store it securely. Protect your own staff as "
                        "well.</p><ul><li>Anonymise personal data and remove details that could "
                        "identify your sources.</li><li>Use secure devices and encrypted storage "
                        "and messaging, and agree what to do if something goes "
                        "wrong.</li><li>Document intimidation or reprisals and, with the consent "
                        "of those affected, report them to the NHRI or OHCHR.</li><li>Feed your "
                        "findings into a stakeholder mid-term report, about 2–2.5 years after the "
                        "review.</li></ul>"
                    ),
                    "when": "Continuously; mid-term report about 2–2.5 years after the review",
                    "who": ["csos", "nhri", "ohchr"],
                    "checklist": [
                        "Consent and data protection rules agreed",
                        "Digital security measures in place",
                        "Procedure for documenting and reporting reprisals agreed",
                        "Date set for your stakeholder mid-term report",
                    ],
                },
            ],
        },
        "fr": {
            "title": "La mise en œuvre entre deux examens : étape par étape",
            "slug": "mise-en-oeuvre-entre-deux-examens-etape-par-etape",
            "summary": (
                "Comment traduire les recommandations en changements entre deux examens : "
                "planifier, travailler avec l'État, le parlement, l'INDH et les ambassades, faire "
                "vivre les recommandations dont il a été pris note et surveiller en sécurité."
            ),
            "intro": (
                "<p>La mise en œuvre relève de l'État et s'étend sur toute la période qui sépare "
                "deux examens, soit environ quatre ans et demi. Le quatrième cycle met fortement "
                "l'accent sur la mise en œuvre, et l'examen suivant portera sur la suite donnée "
                "aux recommandations précédentes. Les États sont aussi encouragés à présenter un "
                "<strong>rapport à mi-parcours</strong> volontaire, environ 2 à 2,5 ans après "
                "l'examen.</p><p>Pour les organisations de la société civile (OSC), c'est là que "
                "l'EPU porte ses fruits ou tombe dans l'oubli. Votre rôle est de suivre, de "
                "plaider et, lorsque c'est possible, de coopérer avec le gouvernement, le "
                "parlement, l'institution nationale des droits de l'homme (INDH) et les ambassades "
                "des États auteurs de recommandations, tout en protégeant vos partenaires et vos "
                "sources.</p>"
            ),
            "steps": [
                {
                    "title": "Transformez les recommandations en plan de suivi",
                    "what": (
                        "<p>Partez des recommandations qui comptent pour votre coalition, "
                        "acceptées comme dont il a été pris note, et définissez pour chacune à "
                        "quoi ressembleraient des progrès. Appliquez l'approche SMART : "
                        "spécifique, mesurable, atteignable, pertinente et assortie "
                        "d'échéances.</p><ul><li>Regroupez les recommandations liées par thème ou "
                        "par ministère responsable.</li><li>Établissez une situation de référence "
                        ": l'état des lieux au moment de l'examen, sources à "
                        "l'appui.</li><li>Choisissez quelques indicateurs que vous pouvez "
                        "réellement suivre avec vos propres moyens.</li></ul>"
                    ),
                    "when": "Dans les premiers mois après la séance plénière",
                    "who": ["csos"],
                    "checklist": [
                        "Recommandations regroupées par thème et par ministère",
                        "Situation de référence consignée avec ses sources",
                        "Indicateurs choisis pour chaque groupe",
                        "Rôles et calendrier de compte rendu convenus au sein de la coalition",
                    ],
                },
                {
                    "title": (
                        "Impliquez-vous dans le plan et le mécanisme nationaux de mise en œuvre"
                    ),
                    "what": (
                        "<p>De nombreux États adoptent un plan national de mise en œuvre et créent "
                        "un organe chargé de le coordonner, comme un comité interministériel ou un "
                        "mécanisme national de mise en œuvre, d'établissement des rapports et de "
                        "suivi. Leur nom, leur mandat et leur ouverture à la société civile "
                        "varient beaucoup : renseignez-vous sur ce qui existe dans votre "
                        "pays.</p><ul><li>Demandez que le plan soit public, avec pour chaque "
                        "recommandation un organe responsable, un calendrier et un "
                        "budget.</li><li>Demandez des consultations régulières avec la société "
                        "civile, par exemple un siège permanent ou des réunions "
                        "périodiques.</li><li>S'il n'existe pas de plan, proposez-en un en vous "
                        "appuyant sur votre plan de suivi.</li></ul>"
                    ),
                    "when": "Au cours de la première année après l'examen",
                    "who": ["csos", "government"],
                    "checklist": [
                        "Plan existant ou organe de coordination identifié",
                        "Demande envoyée pour un plan public avec calendrier et budget",
                        "Demande envoyée pour des consultations régulières avec la société civile",
                        "Vos propres priorités prêtes à être partagées",
                    ],
                },
                {
                    "title": "Travaillez avec les ministères et le parlement",
                    "what": (
                        "<p>Les recommandations sont mises en œuvre par les ministères sectoriels "
                        "et exigent souvent des lois ou des crédits que seul le parlement peut "
                        "voter. Nouez des relations de travail avec les points focaux des "
                        "ministères concernés et avec les commissions parlementaires qui couvrent "
                        "vos thématiques.</p><ul><li>Proposez une expertise technique sur les "
                        "projets de loi, les politiques et les directives.</li><li>Suivez le cycle "
                        "budgétaire et demandez des crédits pour les recommandations "
                        "acceptées.</li><li>Demandez à des parlementaires de poser des questions "
                        "sur les progrès et d'organiser des auditions.</li></ul>"
                    ),
                    "when": (
                        "Tout au long du cycle, au rythme du calendrier budgétaire et législatif"
                    ),
                    "who": ["csos", "government", "parliament"],
                    "checklist": [
                        "Point focal identifié dans chaque ministère concerné",
                        "Commissions parlementaires et alliés recensés",
                        "Calendrier budgétaire noté avec les dates clés",
                        "Au moins une contribution déposée sur un projet de loi ou de budget",
                    ],
                },
                {
                    "title": "Mobilisez l'INDH et les ambassades des États auteurs",
                    "what": (
                        "<p>L'INDH peut suivre la mise en œuvre, tenir des auditions et publier "
                        "des rapports, ce qui donne du poids à vos constats. Les ambassades des "
                        "États qui ont formulé vos recommandations prioritaires peuvent les "
                        "aborder dans le dialogue bilatéral et, dans certains cas, soutenir la "
                        "mise en œuvre par un financement ou une expertise.</p><ul><li>Partagez "
                        "vos constats de suivi avec l'INDH et proposez des activités "
                        "conjointes.</li><li>Informez les ambassades à intervalles réguliers, par "
                        "exemple une ou deux fois par an, par une brève mise à "
                        "jour.</li><li>Demandez aux ambassades d'assurer, dans leurs propres "
                        "échanges avec le gouvernement, le suivi des recommandations formulées par "
                        "leur État.</li></ul>"
                    ),
                    "when": "Régulièrement entre deux examens",
                    "who": ["csos", "nhri", "embassies"],
                    "checklist": [
                        "Constats partagés avec l'INDH",
                        "Activité conjointe proposée à l'INDH",
                        (
                            "Calendrier de points d'information fixé avec les ambassades des États "
                            "auteurs"
                        ),
                        "Ambassades invitées à assurer le suivi de leurs recommandations",
                    ],
                },
                {
                    "title": "Faites vivre les recommandations dont il a été pris note",
                    "what": (
                        "<p>Une recommandation dont il a été pris note n'est pas une impasse. "
                        "L'État ne s'est pas engagé, mais la question est consignée et peut "
                        "revenir lors de l'examen suivant, où les recommandations non mises en "
                        "œuvre sont souvent reprises.</p><ul><li>Rattachez-la aux recommandations "
                        "acceptées sur le même sujet et plaidez par leur "
                        "intermédiaire.</li><li>Appuyez-vous sur les recommandations d'autres "
                        "mécanismes de l'ONU, comme les organes conventionnels, qui vont dans le "
                        "même sens.</li><li>Continuez à réunir des preuves et à mobiliser "
                        "l'opinion et le parlement en faveur d'un changement de "
                        "position.</li><li>Demandez au gouvernement de reconsidérer sa position, "
                        "par exemple lorsqu'il prépare un rapport à mi-parcours "
                        "volontaire.</li></ul>"
                    ),
                    "when": "Tout au long du cycle, surtout avant le rapport à mi-parcours",
                    "who": ["csos", "government", "parliament"],
                    "checklist": [
                        (
                            "Recommandations dont il a été pris note rattachées aux "
                            "recommandations acceptées liées"
                        ),
                        "Recommandations concordantes d'autres mécanismes de l'ONU listées",
                        "Dossier de preuves mis à jour",
                        "Demande de réexamen envoyée au gouvernement",
                    ],
                },
                {
                    "title": "Surveillez en sécurité et rendez compte de vos constats",
                    "what": (
                        "<p>Le suivi peut mettre des personnes en danger, notamment celles qui "
                        "témoignent ou travaillent sur des sujets sensibles. Ne recueillez que le "
                        "nécessaire, avec un consentement éclairé, et conservez-le en lieu sûr. "
                        "Protégez aussi votre propre équipe.</p><ul><li>Anonymisez les données "
                        "personnelles et supprimez les détails qui permettraient d'identifier vos "
                        "sources.</li><li>Utilisez des appareils sécurisés, un stockage et une "
                        "messagerie chiffrés, et convenez de la conduite à tenir en cas de "
                        "problème.</li><li>Documentez les actes d'intimidation ou de représailles "
                        "et, avec le consentement des personnes concernées, signalez-les à l'INDH "
                        "ou au HCDH.</li><li>Alimentez avec vos constats un rapport à mi-parcours "
                        "des parties prenantes, environ 2 à 2,5 ans après l'examen.</li></ul>"
                    ),
                    "when": "En continu ; rapport à mi-parcours environ 2 à 2,5 ans après l'examen",
                    "who": ["csos", "nhri", "ohchr"],
                    "checklist": [
                        "Règles de consentement et de protection des données convenues",
                        "Mesures de sécurité numérique en place",
                        "Procédure de documentation et de signalement des représailles convenue",
                        "Date fixée pour votre rapport à mi-parcours des parties prenantes",
                    ],
                },
            ],
        },
        "es": {
            "title": "La aplicación entre exámenes: paso a paso",
            "slug": "aplicacion-entre-examenes-paso-a-paso",
            "summary": (
                "Cómo convertir las recomendaciones en cambios entre un examen y otro: planificar, "
                "trabajar con el gobierno, el parlamento, la INDH y las embajadas, mantener vivas "
                "las recomendaciones de las que se tomó nota y vigilar con seguridad."
            ),
            "intro": (
                "<p>La aplicación es responsabilidad del Estado y abarca todo el período entre un "
                "examen y el siguiente, unos cuatro años y medio. El cuarto ciclo pone un fuerte "
                "énfasis en la aplicación, y el próximo examen se centrará en lo que se haya hecho "
                "con las recomendaciones anteriores. Además, se alienta a los Estados a presentar "
                "un <strong>informe de mitad de período</strong> voluntario, unos 2 a 2,5 años "
                "después del examen.</p><p>Para las organizaciones de la sociedad civil (OSC), es "
                "aquí donde el EPU da frutos o cae en el olvido. Su papel es hacer seguimiento, "
                "abogar y, cuando sea posible, cooperar con el gobierno, el parlamento, la "
                "institución nacional de derechos humanos (INDH) y las embajadas de los Estados "
                "recomendantes, sin dejar de proteger a sus aliados y fuentes.</p>"
            ),
            "steps": [
                {
                    "title": "Convierta las recomendaciones en un plan de seguimiento",
                    "what": (
                        "<p>Parta de las recomendaciones que importan a su coalición, tanto las "
                        "apoyadas como aquellas de las que se tomó nota, y defina cómo serían los "
                        "avances en cada una. Aplique el enfoque SMART: específicas, medibles, "
                        "alcanzables, pertinentes y con plazos definidos.</p><ul><li>Agrupe las "
                        "recomendaciones relacionadas por tema o por ministerio "
                        "responsable.</li><li>Establezca una línea de base: la situación en el "
                        "momento del examen, con fuentes.</li><li>Elija unos pocos indicadores que "
                        "realmente pueda seguir con sus propios medios.</li></ul>"
                    ),
                    "when": "En los primeros meses después de la sesión plenaria",
                    "who": ["csos"],
                    "checklist": [
                        "Recomendaciones agrupadas por tema y ministerio",
                        "Línea de base registrada con fuentes",
                        "Indicadores elegidos para cada grupo",
                        "Funciones y calendario de informes acordados dentro de la coalición",
                    ],
                },
                {
                    "title": "Participe en el plan y el mecanismo nacionales de aplicación",
                    "what": (
                        "<p>Muchos Estados adoptan un plan nacional de aplicación y crean un "
                        "órgano que lo coordina, como una comisión interministerial o un mecanismo "
                        "nacional de aplicación, presentación de informes y seguimiento. Su "
                        "nombre, su mandato y su apertura a la sociedad civil varían mucho, así "
                        "que averigüe qué existe en su país.</p><ul><li>Pida que el plan sea "
                        "público, con un órgano responsable, plazos y presupuesto para cada "
                        "recomendación.</li><li>Pida consultas periódicas con la sociedad civil, "
                        "por ejemplo un puesto permanente o reuniones regulares.</li><li>Si no hay "
                        "plan, proponga uno a partir de su propio plan de seguimiento.</li></ul>"
                    ),
                    "when": "Durante el primer año después del examen",
                    "who": ["csos", "government"],
                    "checklist": [
                        "Plan existente u órgano de coordinación identificado",
                        "Solicitud enviada de un plan público con plazos y presupuesto",
                        "Solicitud enviada de consultas periódicas con la sociedad civil",
                        "Sus propias prioridades listas para compartir",
                    ],
                },
                {
                    "title": "Trabaje con los ministerios y el parlamento",
                    "what": (
                        "<p>Las recomendaciones las aplican los ministerios sectoriales y a menudo "
                        "requieren leyes o fondos que solo el parlamento puede aprobar. Establezca "
                        "relaciones de trabajo con los puntos focales de los ministerios "
                        "competentes y con las comisiones parlamentarias que se ocupan de sus "
                        "temas.</p><ul><li>Ofrezca aportes técnicos sobre proyectos de ley, "
                        "políticas y directrices.</li><li>Siga el ciclo presupuestario y pida "
                        "fondos para las recomendaciones apoyadas.</li><li>Pida a parlamentarios "
                        "que pregunten por los avances y celebren audiencias.</li></ul>"
                    ),
                    "when": (
                        "A lo largo del ciclo, al ritmo del calendario presupuestario y legislativo"
                    ),
                    "who": ["csos", "government", "parliament"],
                    "checklist": [
                        "Punto focal identificado en cada ministerio competente",
                        "Comisiones parlamentarias y aliados identificados",
                        "Calendario presupuestario anotado con las fechas clave",
                        "Al menos un aporte presentado sobre un proyecto de ley o de presupuesto",
                    ],
                },
                {
                    "title": "Implique a la INDH y a las embajadas de los Estados recomendantes",
                    "what": (
                        "<p>La INDH puede hacer seguimiento de la aplicación, celebrar audiencias "
                        "e informar públicamente, lo que da peso a sus hallazgos. Las embajadas de "
                        "los Estados que formularon sus recomendaciones prioritarias pueden "
                        "plantearlas en el diálogo bilateral y, en algunos casos, apoyar la "
                        "aplicación con financiación o conocimientos técnicos.</p><ul><li>Comparta "
                        "sus hallazgos de seguimiento con la INDH y proponga actividades "
                        "conjuntas.</li><li>Informe a las embajadas con regularidad, por ejemplo "
                        "una o dos veces al año, con una breve actualización.</li><li>Pida a las "
                        "embajadas que den seguimiento, en sus propios contactos con el gobierno, "
                        "a las recomendaciones formuladas por su Estado.</li></ul>"
                    ),
                    "when": "Con regularidad entre exámenes",
                    "who": ["csos", "nhri", "embassies"],
                    "checklist": [
                        "Hallazgos compartidos con la INDH",
                        "Actividad conjunta propuesta a la INDH",
                        (
                            "Calendario de reuniones informativas fijado con las embajadas de los "
                            "Estados recomendantes"
                        ),
                        "Embajadas invitadas a dar seguimiento a sus recomendaciones",
                    ],
                },
                {
                    "title": "Mantenga vivas las recomendaciones de las que se tomó nota",
                    "what": (
                        "<p>Que se haya tomado nota de una recomendación no cierra el tema. El "
                        "Estado no ha asumido un compromiso, pero la cuestión consta en el "
                        "expediente y puede volver en el siguiente examen, en el que las "
                        "recomendaciones no cumplidas suelen repetirse.</p><ul><li>Vincúlela a "
                        "recomendaciones apoyadas sobre el mismo tema y haga incidencia a través "
                        "de ellas.</li><li>Apóyese en recomendaciones de otros mecanismos de la "
                        "ONU, como los órganos de tratados, que digan lo mismo.</li><li>Siga "
                        "reuniendo evidencia y generando apoyo público y parlamentario para un "
                        "cambio de postura.</li><li>Pida al gobierno que reconsidere su postura, "
                        "por ejemplo cuando prepare un informe de mitad de período "
                        "voluntario.</li></ul>"
                    ),
                    "when": (
                        "A lo largo del ciclo, sobre todo antes del informe de mitad de período"
                    ),
                    "who": ["csos", "government", "parliament"],
                    "checklist": [
                        (
                            "Recomendaciones de las que se tomó nota vinculadas a recomendaciones "
                            "apoyadas afines"
                        ),
                        "Recomendaciones coincidentes de otros mecanismos de la ONU enumeradas",
                        "Expediente de evidencia actualizado",
                        "Solicitud de reconsideración enviada al gobierno",
                    ],
                },
                {
                    "title": "Haga un seguimiento seguro e informe de lo que encuentre",
                    "what": (
                        "<p>El seguimiento puede poner a personas en riesgo, sobre todo a quienes "
                        "dan testimonio o trabajan en temas delicados. Recoja solo lo necesario, "
                        "con consentimiento informado, y guárdelo de forma segura. Proteja también "
                        "a su propio equipo.</p><ul><li>Anonimice los datos personales y elimine "
                        "los detalles que permitan identificar a sus fuentes.</li><li>Use "
                        "dispositivos seguros, almacenamiento y mensajería cifrados, y acuerde qué "
                        "hacer si algo sale mal.</li><li>Documente los actos de intimidación o "
                        "represalias y, con el consentimiento de las personas afectadas, "
                        "denúncielos ante la INDH o el ACNUDH.</li><li>Incorpore sus hallazgos a "
                        "un informe de mitad de período de las partes interesadas, unos 2 a 2,5 "
                        "años después del examen.</li></ul>"
                    ),
                    "when": (
                        "De forma continua; informe de mitad de período unos 2 a 2,5 años después "
                        "del examen"
                    ),
                    "who": ["csos", "nhri", "ohchr"],
                    "checklist": [
                        "Normas de consentimiento y protección de datos acordadas",
                        "Medidas de seguridad digital implantadas",
                        "Procedimiento para documentar y denunciar represalias acordado",
                        (
                            "Fecha fijada para su informe de mitad de período de las partes "
                            "interesadas"
                        ),
                    ],
                },
            ],
        },
    },
]
