"""Strategy library demo content, part A: eight illustrative composite case studies.

Each case is set in a real UN Member State but describes no real event, person or
organisation; organisation names are invented, and anonymous cases have none.
"""

from __future__ import annotations

CASES = [
    {
        "key": "a-honduras-environmental-defenders-reprisals",
        "countries": ["HN"],
        "regions": [],
        "themes": ["human-rights-defenders", "environment-climate"],
        "stages": ["implementation", "mid-term-reporting"],
        "tactics": ["monitoring-reporting", "embassy-engagement", "coalition-building"],
        "cycle": 3,
        "organisation": None,
        "recommendations": [
            {
                "recommending_state": "NO",
                "response": "supported",
                "action_category": 4,
                "text": {
                    "en": (
                        "Ensure that the national protection mechanism for human rights defenders "
                        "has sufficient staff and budget to respond promptly to requests for "
                        "protection, including from defenders of land, territory and the "
                        "environment."
                    ),
                    "fr": (
                        "Veiller à ce que le mécanisme national de protection des défenseurs des "
                        "droits de l'homme dispose du personnel et du budget nécessaires pour "
                        "répondre rapidement aux demandes de protection, y compris celles des "
                        "défenseurs de la terre, du territoire et de l'environnement."
                    ),
                    "es": (
                        "Garantizar que el mecanismo nacional de protección de personas "
                        "defensoras de derechos humanos cuente con el personal y el presupuesto "
                        "necesarios para responder con prontitud a las solicitudes de protección, "
                        "incluidas las de personas defensoras de la tierra, el territorio y el "
                        "medio ambiente."
                    ),
                },
            },
            {
                "recommending_state": "CH",
                "response": "supported",
                "action_category": 4,
                "text": {
                    "en": (
                        "Investigate promptly, impartially and effectively all threats and "
                        "attacks against human rights defenders, and bring those responsible to "
                        "justice."
                    ),
                    "fr": (
                        "Enquêter de manière rapide, impartiale et efficace sur toutes les "
                        "menaces et agressions visant des défenseurs des droits de l'homme, et "
                        "traduire les responsables en justice."
                    ),
                    "es": (
                        "Investigar de manera pronta, imparcial y eficaz todas las amenazas y "
                        "agresiones contra personas defensoras de derechos humanos, y llevar a "
                        "los responsables ante la justicia."
                    ),
                },
            },
        ],
        "en": {
            "title": (
                "Monitoring the protection of environmental defenders in Honduras without "
                "exposing them"
            ),
            "slug": "honduras-environmental-defenders-reprisal-safe-monitoring",
            "summary": (
                "Community groups tracked two supported recommendations on protecting defenders "
                "and built a reprisal-prevention protocol into every step of their monitoring, "
                "embassy briefings and mid-term report."
            ),
            "actors": (
                "Rural and Indigenous community groups, a national coalition of defenders' "
                "organisations, the government's protection mechanism, the OHCHR country office "
                "and the embassies of States that had made recommendations on defenders."
            ),
            "context": (
                "<p>During its third-cycle review, Honduras supported recommendations to "
                "strengthen the protection of human rights defenders, including people defending "
                "land, water and forests, and to investigate attacks against them. Community "
                "groups that had documented threats linked to extractive and infrastructure "
                "projects wanted to use these commitments to press for a better-resourced "
                "protection mechanism. They also knew that publicly linking specific attacks to "
                "specific projects could expose their own members to further threats, so "
                "protection from reprisals had to shape the whole strategy.</p>"
            ),
            "steps": [
                [
                    "Agree a reprisal-prevention protocol before collecting any data",
                    (
                        "<p>In the first months after the plenary adoption, the coalition agreed "
                        "written rules: testimonies were collected only by trusted local focal "
                        "points, stored encrypted under codes instead of names, and published "
                        "only in aggregated form. Each community decided whether its information "
                        "could be used publicly, in confidential briefings only, or not at all, "
                        "and could withdraw it at any time.</p>"
                    ),
                ],
                [
                    "Turn the supported recommendations into indicators",
                    (
                        "<p>The coalition broke the two supported recommendations into a handful "
                        "of measurable indicators: the time between a request for protection and "
                        "a risk assessment, the number of staff in the mechanism, the share of "
                        "agreed measures actually delivered, and the number of investigations "
                        "into attacks that reached the courts. Requests for official figures were "
                        "filed under the access-to-information law by an established national "
                        "organisation, not by community members.</p>"
                    ),
                ],
                [
                    "Brief recommending embassies in closed meetings",
                    (
                        "<p>About a year after the review, the coalition held off-the-record "
                        "briefings with the embassies of States that had recommended protecting "
                        "defenders, in a venue chosen for its discretion rather than at the "
                        "embassies themselves. It shared anonymised cases and asked for specific, "
                        "low-visibility action: raising the mechanism's budget in bilateral "
                        "dialogue and funding emergency relocation, rather than issuing public "
                        "statements.</p>"
                    ),
                ],
                [
                    "Publish a cautious stakeholder mid-term report",
                    (
                        "<p>Around two and a half years after the review, the coalition published "
                        "a short stakeholder mid-term report rating each recommendation as "
                        "implemented, partially implemented or not implemented, with aggregated "
                        "data only. A draft was shared with the protection mechanism beforehand, "
                        "and the final version was presented to the OHCHR country office and "
                        "recommending embassies.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>The protection mechanism received a modest budget increase and opened a "
                "liaison point closer to the affected communities. Risk assessments were carried "
                "out faster, although the delivery of protection measures remained uneven and few "
                "investigations reached the courts. No community member was publicly identified "
                "through the coalition's work, and the mid-term report gave recommending States a "
                "basis for more precise recommendations in the next cycle.</p>"
            ),
            "why_it_worked": (
                "<p>Security was treated as a design choice from the start rather than an "
                "afterthought, which kept communities willing to share information. Tying every "
                "request to recommendations the government had already supported made it hard to "
                "dismiss the coalition as hostile, and embassies were given concrete, discreet "
                "things to do instead of vague calls for support.</p>"
            ),
            "challenges": (
                "<p>Official data were incomplete and arrived late, and some communities withdrew "
                "their testimonies after new threats. Staff turnover in the protection mechanism "
                "meant relationships had to be rebuilt several times. The coalition constantly "
                "had to balance its members' wish for visible advocacy against the need for "
                "discretion.</p>"
            ),
            "risks": (
                "<p>The main risk was reprisals against people who gave testimony. The coalition "
                "mitigated it with encrypted communications and storage, pseudonymised case "
                "files, meetings held away from community venues, and a small emergency fund for "
                "temporary relocation. When a local focal point received threats after a meeting "
                "with officials, the coalition informed OHCHR's reprisals focal point and the "
                "country office with the person's consent, and recommending embassies raised the "
                "case privately with the authorities.</p>"
            ),
            "replication": (
                "<ul><li>Write down a consent and security protocol before collecting any "
                "testimony, and let each community decide how its information may be "
                "used.</li><li>File access-to-information requests through an established "
                "national organisation so that members at risk are not exposed.</li><li>Translate "
                "each supported recommendation into three or four indicators you can actually "
                "measure.</li><li>Ask embassies for specific, discreet action, such as raising "
                "budgets in bilateral talks or funding relocation, rather than general "
                "statements.</li><li>Agree in advance who will alert OHCHR's reprisals focal "
                "point, and with whose consent, if someone is threatened.</li></ul>"
            ),
        },
        "fr": {
            "title": (
                "Suivre la protection des défenseurs de l'environnement au Honduras sans les "
                "exposer"
            ),
            "slug": "honduras-defenseurs-environnement-suivi-sans-represailles",
            "summary": (
                "Des groupes communautaires ont suivi deux recommandations acceptées sur la "
                "protection des défenseurs en intégrant un protocole contre les représailles à "
                "chaque étape : suivi, réunions avec les ambassades et rapport à mi-parcours."
            ),
            "actors": (
                "Des groupes communautaires ruraux et autochtones, une coalition nationale "
                "d'organisations de défenseurs, le mécanisme public de protection, le bureau du "
                "HCDH dans le pays et les ambassades des États ayant formulé des recommandations "
                "sur les défenseurs."
            ),
            "context": (
                "<p>Lors de son examen du troisième cycle, le Honduras a accepté des "
                "recommandations visant à renforcer la protection des défenseurs des droits de "
                "l'homme, y compris de celles et ceux qui défendent la terre, l'eau et les "
                "forêts, et à enquêter sur les agressions dont ils sont victimes. Des groupes "
                "communautaires qui documentaient des menaces liées à des projets extractifs et "
                "d'infrastructure voulaient s'appuyer sur ces engagements pour obtenir un "
                "mécanisme de protection mieux doté. Ils savaient aussi que relier publiquement "
                "certaines agressions à certains projets pouvait exposer leurs propres membres à "
                "de nouvelles menaces : la protection contre les représailles devait donc "
                "structurer toute la stratégie.</p>"
            ),
            "steps": [
                [
                    "Adopter un protocole contre les représailles avant toute collecte",
                    (
                        "<p>Dans les premiers mois suivant l'adoption en plénière, la coalition a "
                        "fixé des règles écrites : les témoignages n'étaient recueillis que par "
                        "des personnes relais locales de confiance, conservés de façon chiffrée "
                        "sous des codes plutôt que des noms, et publiés uniquement sous forme "
                        "agrégée. Chaque communauté décidait si ses informations pouvaient être "
                        "utilisées publiquement, seulement lors de réunions confidentielles, ou "
                        "pas du tout, et pouvait les retirer à tout moment.</p>"
                    ),
                ],
                [
                    "Traduire les recommandations acceptées en indicateurs",
                    (
                        "<p>La coalition a décliné les deux recommandations acceptées en quelques "
                        "indicateurs mesurables : le délai entre une demande de protection et "
                        "l'évaluation des risques, l'effectif du mécanisme, la part des mesures "
                        "décidées effectivement mises en œuvre et le nombre d'enquêtes sur des "
                        "agressions ayant abouti devant les tribunaux. Les demandes de données "
                        "officielles étaient déposées au titre de la loi sur l'accès à "
                        "l'information par une organisation nationale reconnue, et non par des "
                        "membres des communautés.</p>"
                    ),
                ],
                [
                    "Informer les ambassades des États recommandants à huis clos",
                    (
                        "<p>Environ un an après l'examen, la coalition a organisé des réunions "
                        "confidentielles avec les ambassades des États ayant recommandé la "
                        "protection des défenseurs, dans un lieu choisi pour sa discrétion plutôt "
                        "que dans les ambassades elles-mêmes. Elle a présenté des cas anonymisés "
                        "et demandé des gestes précis et peu visibles : aborder le budget du "
                        "mécanisme dans le dialogue bilatéral et financer des relocalisations "
                        "d'urgence, plutôt que publier des déclarations.</p>"
                    ),
                ],
                [
                    "Publier un rapport à mi-parcours prudent",
                    (
                        "<p>Environ deux ans et demi après l'examen, la coalition a publié un "
                        "court rapport à mi-parcours des parties prenantes, qui qualifiait chaque "
                        "recommandation de mise en œuvre, partiellement mise en œuvre ou non mise "
                        "en œuvre, à partir de données uniquement agrégées. Un projet avait été "
                        "transmis au mécanisme de protection au préalable, et la version finale a "
                        "été présentée au bureau du HCDH et aux ambassades des États "
                        "recommandants.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>Le mécanisme de protection a obtenu une hausse modeste de son budget et "
                "ouvert un point de contact plus proche des communautés concernées. Les "
                "évaluations des risques ont été réalisées plus rapidement, même si la mise en "
                "œuvre des mesures de protection est restée inégale et que peu d'enquêtes ont "
                "abouti devant les tribunaux. Aucun membre des communautés n'a été identifié "
                "publiquement du fait du travail de la coalition, et le rapport à mi-parcours a "
                "fourni aux États recommandants une base pour des recommandations plus précises "
                "au cycle suivant.</p>"
            ),
            "why_it_worked": (
                "<p>La sécurité a été pensée dès la conception et non après coup, ce qui a permis "
                "aux communautés de continuer à partager des informations. Le fait d'adosser "
                "chaque demande à des recommandations déjà acceptées par le gouvernement rendait "
                "difficile de présenter la coalition comme hostile, et les ambassades se sont vu "
                "proposer des actions concrètes et discrètes plutôt que de vagues appels au "
                "soutien.</p>"
            ),
            "challenges": (
                "<p>Les données officielles étaient incomplètes et arrivaient tardivement, et "
                "certaines communautés ont retiré leurs témoignages après de nouvelles menaces. "
                "La rotation du personnel au sein du mécanisme de protection a obligé la "
                "coalition à reconstruire ses relations à plusieurs reprises. Elle a dû en "
                "permanence concilier le souhait de ses membres d'un plaidoyer visible et la "
                "nécessité de rester discrète.</p>"
            ),
            "risks": (
                "<p>Le principal risque était celui de représailles contre les personnes ayant "
                "témoigné. La coalition l'a atténué par des communications et un stockage "
                "chiffrés, des dossiers pseudonymisés, des réunions tenues hors des lieux "
                "communautaires et un petit fonds d'urgence pour des relocalisations temporaires. "
                "Lorsqu'une personne relais a reçu des menaces après une réunion avec des "
                "responsables publics, la coalition a informé le point focal du HCDH chargé des "
                "représailles et le bureau dans le pays, avec l'accord de l'intéressée, et les "
                "ambassades des États recommandants ont soulevé le cas en privé auprès des "
                "autorités.</p>"
            ),
            "replication": (
                "<ul><li>Rédigez un protocole de consentement et de sécurité avant de recueillir "
                "le moindre témoignage, et laissez chaque communauté décider de l'usage de ses "
                "informations.</li><li>Faites déposer les demandes d'accès à l'information par "
                "une organisation nationale reconnue afin de ne pas exposer les membres à "
                "risque.</li><li>Traduisez chaque recommandation acceptée en trois ou quatre "
                "indicateurs réellement mesurables.</li><li>Demandez aux ambassades des gestes "
                "précis et discrets, comme aborder le budget dans le dialogue bilatéral ou "
                "financer des relocalisations, plutôt que des déclarations "
                "générales.</li><li>Convenez à l'avance de qui alertera le point focal du HCDH "
                "chargé des représailles, et avec quel consentement, si une personne est "
                "menacée.</li></ul>"
            ),
        },
        "es": {
            "title": (
                "Monitorear la protección de defensores ambientales en Honduras sin exponerlos"
            ),
            "slug": "honduras-defensores-ambientales-monitoreo-seguro-represalias",
            "summary": (
                "Organizaciones comunitarias siguieron dos recomendaciones apoyadas sobre "
                "protección de personas defensoras e integraron un protocolo contra represalias "
                "en el monitoreo, las reuniones con embajadas y el informe de mitad de período."
            ),
            "actors": (
                "Organizaciones comunitarias rurales e indígenas, una coalición nacional de "
                "organizaciones de personas defensoras, el mecanismo estatal de protección, la "
                "oficina del ACNUDH en el país y las embajadas de los Estados que habían "
                "formulado recomendaciones sobre personas defensoras."
            ),
            "context": (
                "<p>En su examen del tercer ciclo, Honduras apoyó recomendaciones para reforzar "
                "la protección de las personas defensoras de derechos humanos, incluidas quienes "
                "defienden la tierra, el agua y los bosques, y para investigar las agresiones en "
                "su contra. Organizaciones comunitarias que habían documentado amenazas "
                "vinculadas a proyectos extractivos y de infraestructura querían apoyarse en esos "
                "compromisos para exigir un mecanismo de protección con más recursos. Sabían "
                "también que vincular públicamente determinadas agresiones con determinados "
                "proyectos podía exponer a sus propios miembros a nuevas amenazas, de modo que la "
                "protección frente a represalias debía orientar toda la estrategia.</p>"
            ),
            "steps": [
                [
                    "Acordar un protocolo contra represalias antes de recopilar datos",
                    (
                        "<p>En los primeros meses tras la aprobación en el pleno, la coalición "
                        "fijó reglas por escrito: solo personas de enlace locales de confianza "
                        "recogían testimonios, que se guardaban cifrados con códigos en lugar de "
                        "nombres y se publicaban únicamente de forma agregada. Cada comunidad "
                        "decidía si su información podía usarse públicamente, solo en reuniones "
                        "confidenciales o de ninguna manera, y podía retirarla en cualquier "
                        "momento.</p>"
                    ),
                ],
                [
                    "Convertir las recomendaciones apoyadas en indicadores",
                    (
                        "<p>La coalición desglosó las dos recomendaciones apoyadas en unos pocos "
                        "indicadores medibles: el tiempo entre una solicitud de protección y el "
                        "análisis de riesgo, el personal del mecanismo, la proporción de medidas "
                        "acordadas que se hicieron efectivas y el número de investigaciones sobre "
                        "agresiones que llegaron a los tribunales. Las solicitudes de datos "
                        "oficiales se presentaron al amparo de la ley de acceso a la información "
                        "a través de una organización nacional consolidada, y no de miembros de "
                        "las comunidades.</p>"
                    ),
                ],
                [
                    "Informar a las embajadas recomendantes en reuniones reservadas",
                    (
                        "<p>Aproximadamente un año después del examen, la coalición mantuvo "
                        "reuniones reservadas con las embajadas de los Estados que habían "
                        "recomendado proteger a las personas defensoras, en un lugar elegido por "
                        "su discreción y no en las propias embajadas. Compartió casos "
                        "anonimizados y pidió acciones concretas y poco visibles: plantear el "
                        "presupuesto del mecanismo en el diálogo bilateral y financiar "
                        "reubicaciones de emergencia, en lugar de emitir declaraciones "
                        "públicas.</p>"
                    ),
                ],
                [
                    "Publicar un informe de mitad de período prudente",
                    (
                        "<p>Unos dos años y medio después del examen, la coalición publicó un "
                        "breve informe de mitad de período de las partes interesadas que "
                        "calificaba cada recomendación como cumplida, parcialmente cumplida o no "
                        "cumplida, con datos exclusivamente agregados. Antes se compartió un "
                        "borrador con el mecanismo de protección, y la versión final se presentó "
                        "a la oficina del ACNUDH y a las embajadas recomendantes.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>El mecanismo de protección obtuvo un aumento modesto de su presupuesto y "
                "abrió un punto de enlace más cercano a las comunidades afectadas. Los análisis "
                "de riesgo se hicieron con mayor rapidez, aunque la implementación de las medidas "
                "de protección siguió siendo desigual y pocas investigaciones llegaron a los "
                "tribunales. Ningún miembro de las comunidades fue identificado públicamente a "
                "raíz del trabajo de la coalición, y el informe de mitad de período dio a los "
                "Estados recomendantes una base para formular recomendaciones más precisas en el "
                "ciclo siguiente.</p>"
            ),
            "why_it_worked": (
                "<p>La seguridad se trató como una decisión de diseño desde el principio y no "
                "como un añadido, lo que mantuvo la disposición de las comunidades a compartir "
                "información. Vincular cada petición a recomendaciones que el gobierno ya había "
                "apoyado dificultó presentar a la coalición como hostil, y las embajadas "
                "recibieron tareas concretas y discretas en lugar de llamados genéricos de "
                "apoyo.</p>"
            ),
            "challenges": (
                "<p>Los datos oficiales eran incompletos y llegaban tarde, y algunas comunidades "
                "retiraron sus testimonios tras nuevas amenazas. La rotación de personal en el "
                "mecanismo de protección obligó a reconstruir las relaciones varias veces. La "
                "coalición tuvo que equilibrar constantemente el deseo de sus miembros de hacer "
                "una incidencia visible con la necesidad de discreción.</p>"
            ),
            "risks": (
                "<p>El principal riesgo eran las represalias contra quienes daban testimonio. La "
                "coalición lo mitigó con comunicaciones y almacenamiento cifrados, expedientes "
                "seudonimizados, reuniones fuera de los espacios comunitarios y un pequeño fondo "
                "de emergencia para reubicaciones temporales. Cuando una persona de enlace local "
                "recibió amenazas después de una reunión con autoridades, la coalición informó, "
                "con su consentimiento, al punto focal del ACNUDH sobre represalias y a la "
                "oficina en el país, y las embajadas recomendantes plantearon el caso en privado "
                "ante las autoridades.</p>"
            ),
            "replication": (
                "<ul><li>Redacte un protocolo de consentimiento y seguridad antes de recoger "
                "cualquier testimonio, y deje que cada comunidad decida cómo se usa su "
                "información.</li><li>Presente las solicitudes de acceso a la información a "
                "través de una organización nacional consolidada para no exponer a los miembros "
                "en riesgo.</li><li>Traduzca cada recomendación apoyada en tres o cuatro "
                "indicadores que realmente pueda medir.</li><li>Pida a las embajadas acciones "
                "concretas y discretas, como plantear presupuestos en el diálogo bilateral o "
                "financiar reubicaciones, en lugar de declaraciones generales.</li><li>Acuerde de "
                "antemano quién alertará al punto focal del ACNUDH sobre represalias, y con qué "
                "consentimiento, si alguien recibe amenazas.</li></ul>"
            ),
        },
    },
    {
        "key": "a-peru-intercultural-education-responses",
        "countries": ["PE"],
        "regions": [],
        "themes": ["indigenous-peoples", "rights-of-the-child", "right-to-education"],
        "stages": ["responses", "plenary-adoption"],
        "tactics": ["coalition-building", "dialogue-government"],
        "cycle": 4,
        "organisation": "Colectivo Aulas del Río",
        "recommendations": [
            {
                "recommending_state": "MX",
                "response": "supported",
                "action_category": 4,
                "text": {
                    "en": (
                        "Take measures to guarantee quality intercultural bilingual education for "
                        "all Indigenous children, in particular by increasing the number of "
                        "trained bilingual teachers in Amazonian regions."
                    ),
                    "fr": (
                        "Prendre des mesures pour garantir une éducation interculturelle bilingue "
                        "de qualité à tous les enfants autochtones, notamment en augmentant le "
                        "nombre d'enseignants bilingues formés dans les régions amazoniennes."
                    ),
                    "es": (
                        "Adoptar medidas para garantizar una educación intercultural bilingüe de "
                        "calidad a todos los niños y niñas indígenas, en particular aumentando el "
                        "número de docentes bilingües formados en las regiones amazónicas."
                    ),
                },
            },
            {
                "recommending_state": "FI",
                "response": "supported",
                "action_category": 5,
                "text": {
                    "en": (
                        "Adopt, within two years, a costed national plan to ensure that every "
                        "public school serving Indigenous communities offers intercultural "
                        "bilingual education, and report publicly on progress every year."
                    ),
                    "fr": (
                        "Adopter, dans un délai de deux ans, un plan national chiffré "
                        "garantissant que chaque école publique accueillant des communautés "
                        "autochtones propose une éducation interculturelle bilingue, et rendre "
                        "compte publiquement des progrès chaque année."
                    ),
                    "es": (
                        "Aprobar, en un plazo de dos años, un plan nacional presupuestado que "
                        "garantice que todas las escuelas públicas que atienden a comunidades "
                        "indígenas ofrezcan educación intercultural bilingüe, e informar "
                        "públicamente cada año sobre los avances."
                    ),
                },
            },
        ],
        "en": {
            "title": (
                "Winning support for a time-bound education plan for Indigenous children in Peru"
            ),
            "slug": "peru-indigenous-children-bilingual-education-upr-responses",
            "summary": (
                "In the weeks between the review and the addendum, a coalition gave the education "
                "ministry the evidence it needed to support a specific, time-bound "
                "recommendation, then used the plenary adoption to make the commitment public."
            ),
            "actors": (
                "Amazonian Indigenous federations, bilingual teachers' networks, parents' "
                "associations and children's rights NGOs, working with the Ministry of Education, "
                "the officials coordinating the UPR responses and an ECOSOC-accredited partner "
                "NGO in Geneva."
            ),
            "context": (
                "<p>During Peru's fourth-cycle review, several States made recommendations on "
                "intercultural bilingual education, a long-standing demand of Amazonian "
                "Indigenous organisations. Most were general, but one asked for a costed plan "
                "within two years, with annual public reporting. The government's responses were "
                "due in the addendum before the adoption at the Human Rights Council plenary, "
                "which left a window of a few weeks. The coalition decided to use it to show that "
                "the specific recommendation was achievable and built on existing policy, so that "
                "it would be supported rather than noted.</p>"
            ),
            "steps": [
                [
                    "Sort the recommendations within days of the review",
                    (
                        "<p>As soon as the draft Working Group report was published, about 48 "
                        "hours after the interactive dialogue, the coalition listed every "
                        "recommendation on education and Indigenous peoples, noted each one's "
                        "action category and identified those the ministry was likely to hesitate "
                        "over. The category 5 recommendation on a costed plan became the "
                        "priority, because its response would reveal real political will.</p>"
                    ),
                ],
                [
                    "Give officials the evidence to say yes",
                    (
                        "<p>Within the following month, coalition members met the Ministry of "
                        "Education's intercultural bilingual education team and the officials "
                        "coordinating the responses. They brought a four-page note showing how "
                        "the plan could build on existing policy, an estimate of the teacher "
                        "shortage by region drawn from official data, and a draft timetable. They "
                        "presented themselves as partners offering a solution, not as critics "
                        "listing failures.</p>"
                    ),
                ],
                [
                    "Speak with one voice, in more than one language",
                    (
                        "<p>Indigenous federations, teachers, parents and NGOs agreed a single "
                        "two-page position, translated into two Amazonian languages, so that "
                        "officials heard the same message from every side. Children's views were "
                        "gathered through school discussions led by teachers with parental "
                        "consent, and summarised without names.</p>"
                    ),
                ],
                [
                    "Use the plenary adoption to lock in the commitment",
                    (
                        "<p>When the addendum showed both recommendations as supported, the "
                        "coalition drafted a short joint statement for the adoption of Peru's "
                        "outcome at the Human Rights Council plenary, about four months after the "
                        "review. An ECOSOC-accredited partner NGO delivered it, welcoming the "
                        "government's support and announcing that the coalition would publish a "
                        "yearly progress update. The same day, the coalition issued a press note "
                        "in Spanish and in Indigenous languages.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>Both recommendations were supported, and the ministry agreed to share yearly "
                "figures on bilingual teaching posts filled in Amazonian regions. The coalition "
                "was invited to a technical working group on the plan. Budget allocations were "
                "slower to follow: a year later the plan had been drafted but its costing was "
                "still incomplete, and the coalition tracks this as its main indicator.</p>"
            ),
            "why_it_worked": (
                "<p>The coalition acted in the short period when the government's position was "
                "still open, and it lowered the perceived cost of saying yes by showing that the "
                "plan built on existing policy and data. A single, multilingual message from "
                "Indigenous organisations, teachers and parents made the demand hard to dismiss "
                "as a narrow interest.</p>"
            ),
            "challenges": (
                "<p>The window between the review and the addendum was short, and coordinating "
                "federations spread across remote areas meant long journeys and patchy "
                "connectivity. Officials changed during the process, and the coalition had to "
                "repeat its briefing. Agreeing a common position took longer than expected, "
                "because some organisations wanted to prioritise land titling over education.</p>"
            ),
            "risks": (
                "<p>Some Indigenous leaders in the coalition also opposed extractive projects and "
                "had faced threats, so public visibility carried a risk of reprisals. The "
                "coalition let them decide whether to appear in public materials, attributed "
                "statements to the coalition rather than to individuals, and used secure "
                "messaging for coordination. Children's participation followed a safeguarding "
                "protocol: parental consent, no names or photographs, and a designated adult "
                "responsible for each school discussion. The coalition also agreed in advance how "
                "it would alert OHCHR's reprisals focal point if anyone faced intimidation linked "
                "to their UPR engagement.</p>"
            ),
            "replication": (
                "<ul><li>Read the draft Working Group report as soon as it is published and list "
                "which recommendations on your issue still await a response.</li><li>Prioritise "
                "the most specific recommendation: its response tells you more about political "
                "will than general ones do.</li><li>Bring officials a short, costed note that "
                "shows how the recommendation builds on existing policy.</li><li>If you lack "
                "ECOSOC status, partner early with an accredited NGO so that you can contribute a "
                "statement at the plenary adoption.</li><li>Announce at the plenary how you will "
                "monitor implementation, so that the commitment has a public follow-up from day "
                "one.</li></ul>"
            ),
        },
        "fr": {
            "title": (
                "Faire accepter un plan éducatif à échéance fixe pour les enfants autochtones au "
                "Pérou"
            ),
            "slug": "perou-enfants-autochtones-education-bilingue-reponses-epu",
            "summary": (
                "Entre l'examen et l'additif, une coalition a donné au ministère de l'Éducation "
                "de quoi accepter une recommandation précise et assortie d'échéances, puis s'est "
                "servie de l'adoption en plénière pour rendre l'engagement public."
            ),
            "actors": (
                "Des fédérations autochtones amazoniennes, des réseaux d'enseignants bilingues, "
                "des associations de parents et des ONG de défense des droits de l'enfant, en "
                "lien avec le ministère de l'Éducation, les responsables chargés de coordonner "
                "les réponses à l'EPU et une ONG partenaire dotée du statut consultatif auprès de "
                "l'ECOSOC à Genève."
            ),
            "context": (
                "<p>Lors de l'examen du Pérou au quatrième cycle, plusieurs États ont formulé des "
                "recommandations sur l'éducation interculturelle bilingue, revendication de "
                "longue date des organisations autochtones d'Amazonie. La plupart étaient "
                "générales, mais l'une demandait un plan chiffré dans un délai de deux ans, avec "
                "un rapport public annuel. Les réponses du gouvernement devaient figurer dans "
                "l'additif avant l'adoption en plénière du Conseil des droits de l'homme, ce qui "
                "laissait une fenêtre de quelques semaines. La coalition a décidé de l'utiliser "
                "pour montrer que la recommandation précise était réaliste et s'appuyait sur les "
                "politiques existantes, afin que le gouvernement l'accepte au lieu d'en prendre "
                "note.</p>"
            ),
            "steps": [
                [
                    "Trier les recommandations dans les jours suivant l'examen",
                    (
                        "<p>Dès la publication du projet de rapport du Groupe de travail, environ "
                        "48 heures après le dialogue interactif, la coalition a recensé toutes "
                        "les recommandations portant sur l'éducation et les peuples autochtones, "
                        "relevé la catégorie d'action de chacune et repéré celles sur lesquelles "
                        "le ministère risquait d'hésiter. La recommandation de catégorie 5 sur un "
                        "plan chiffré est devenue la priorité, car la réponse qui lui serait "
                        "donnée révélerait la volonté politique réelle.</p>"
                    ),
                ],
                [
                    "Donner aux responsables les moyens de dire oui",
                    (
                        "<p>Dans le mois suivant, des membres de la coalition ont rencontré "
                        "l'équipe du ministère de l'Éducation chargée de l'éducation "
                        "interculturelle bilingue et les responsables qui coordonnaient les "
                        "réponses. Ils ont apporté une note de quatre pages montrant comment le "
                        "plan pouvait s'appuyer sur les politiques existantes, une estimation du "
                        "manque d'enseignants par région fondée sur des données officielles et un "
                        "projet de calendrier. Ils se sont présentés en partenaires proposant une "
                        "solution, et non en critiques dressant la liste des échecs.</p>"
                    ),
                ],
                [
                    "Parler d'une seule voix, dans plusieurs langues",
                    (
                        "<p>Fédérations autochtones, enseignants, parents et ONG se sont accordés "
                        "sur une position commune de deux pages, traduite dans deux langues "
                        "amazoniennes, afin que les responsables entendent le même message de "
                        "toutes parts. L'avis des enfants a été recueilli lors de discussions en "
                        "classe animées par des enseignants avec l'accord des parents, puis "
                        "synthétisé sans aucun nom.</p>"
                    ),
                ],
                [
                    "Se servir de l'adoption en plénière pour consolider l'engagement",
                    (
                        "<p>Lorsque l'additif a fait apparaître les deux recommandations comme "
                        "acceptées, la coalition a rédigé une courte déclaration commune pour "
                        "l'adoption du document final du Pérou en plénière du Conseil des droits "
                        "de l'homme, environ quatre mois après l'examen. Une ONG partenaire dotée "
                        "du statut consultatif l'a prononcée : elle saluait l'appui du "
                        "gouvernement et annonçait que la coalition publierait chaque année un "
                        "point d'étape. Le même jour, la coalition a diffusé un communiqué de "
                        "presse en espagnol et en langues autochtones.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>Les deux recommandations ont été acceptées, et le ministère s'est engagé à "
                "communiquer chaque année le nombre de postes d'enseignants bilingues pourvus "
                "dans les régions amazoniennes. La coalition a été invitée à participer à un "
                "groupe de travail technique sur le plan. Les crédits budgétaires ont tardé : un "
                "an plus tard, le plan était rédigé mais son chiffrage restait incomplet, et la "
                "coalition en a fait son principal indicateur de suivi.</p>"
            ),
            "why_it_worked": (
                "<p>La coalition a agi pendant la courte période où la position du gouvernement "
                "n'était pas encore arrêtée, et elle a réduit le coût perçu d'une réponse "
                "positive en montrant que le plan s'appuyait sur des politiques et des données "
                "existantes. Un message unique et multilingue, porté à la fois par des "
                "organisations autochtones, des enseignants et des parents, rendait la demande "
                "difficile à écarter comme un intérêt particulier.</p>"
            ),
            "challenges": (
                "<p>La fenêtre entre l'examen et l'additif était brève, et la coordination de "
                "fédérations dispersées dans des zones isolées impliquait de longs trajets et une "
                "connexion aléatoire. Des interlocuteurs ont changé en cours de route, ce qui a "
                "obligé la coalition à refaire sa présentation. Il a fallu plus de temps que "
                "prévu pour s'entendre sur une position commune, certaines organisations voulant "
                "donner la priorité à la titularisation des terres plutôt qu'à l'éducation.</p>"
            ),
            "risks": (
                "<p>Certains dirigeants autochtones de la coalition s'opposaient aussi à des "
                "projets extractifs et avaient déjà reçu des menaces : la visibilité publique "
                "comportait donc un risque de représailles. La coalition les a laissés décider "
                "s'ils apparaissaient dans les supports publics, a attribué les déclarations à la "
                "coalition plutôt qu'à des personnes et a utilisé une messagerie sécurisée pour "
                "se coordonner. La participation des enfants a suivi un protocole de protection : "
                "accord des parents, ni nom ni photographie, et un adulte référent pour chaque "
                "discussion en classe. La coalition avait aussi convenu à l'avance de la manière "
                "d'alerter le point focal du HCDH chargé des représailles si quelqu'un subissait "
                "des intimidations liées à son engagement dans l'EPU.</p>"
            ),
            "replication": (
                "<ul><li>Lisez le projet de rapport du Groupe de travail dès sa publication et "
                "dressez la liste des recommandations sur votre thème qui attendent encore une "
                "réponse.</li><li>Donnez la priorité à la recommandation la plus précise : la "
                "réponse qu'elle reçoit en dit plus sur la volonté politique que celles données "
                "aux recommandations générales.</li><li>Apportez aux responsables une note courte "
                "et chiffrée montrant comment la recommandation prolonge les politiques "
                "existantes.</li><li>Si vous n'avez pas le statut consultatif auprès de l'ECOSOC, "
                "associez-vous tôt à une ONG qui l'a afin de contribuer à une déclaration lors de "
                "l'adoption en plénière.</li><li>Annoncez en plénière comment vous suivrez la "
                "mise en œuvre, pour que l'engagement fasse l'objet d'un suivi public dès le "
                "premier jour.</li></ul>"
            ),
        },
        "es": {
            "title": (
                "Lograr el apoyo a un plan educativo con plazos para la niñez indígena en el Perú"
            ),
            "slug": "peru-ninez-indigena-educacion-bilingue-respuestas-epu",
            "summary": (
                "Entre el examen y la adición, una coalición dio al Ministerio de Educación la "
                "evidencia necesaria para apoyar una recomendación concreta y con plazos, y luego "
                "aprovechó la aprobación en el pleno para hacer público el compromiso."
            ),
            "actors": (
                "Federaciones indígenas amazónicas, redes de docentes bilingües, asociaciones de "
                "madres y padres y ONG de derechos de la niñez, junto con el Ministerio de "
                "Educación, el equipo que coordinaba las respuestas al EPU y una ONG aliada con "
                "estatus consultivo ante el ECOSOC en Ginebra."
            ),
            "context": (
                "<p>En el examen del Perú del cuarto ciclo, varios Estados formularon "
                "recomendaciones sobre educación intercultural bilingüe, una demanda histórica de "
                "las organizaciones indígenas amazónicas. La mayoría eran generales, pero una "
                "pedía un plan presupuestado en un plazo de dos años, con informes públicos "
                "anuales. Las respuestas del gobierno debían figurar en la adición antes de la "
                "aprobación en el pleno del Consejo de Derechos Humanos, lo que abría una ventana "
                "de pocas semanas. La coalición decidió aprovecharla para demostrar que la "
                "recomendación concreta era viable y se apoyaba en políticas existentes, de modo "
                "que fuera apoyada y no solo se tomara nota de ella.</p>"
            ),
            "steps": [
                [
                    "Clasificar las recomendaciones pocos días después del examen",
                    (
                        "<p>En cuanto se publicó el proyecto de informe del Grupo de Trabajo, "
                        "unas 48 horas después del diálogo interactivo, la coalición enumeró "
                        "todas las recomendaciones sobre educación y pueblos indígenas, anotó la "
                        "categoría de acción de cada una e identificó aquellas ante las que el "
                        "ministerio probablemente dudaría. La recomendación de categoría 5 sobre "
                        "un plan presupuestado se convirtió en la prioridad, porque la respuesta "
                        "que recibiera revelaría la verdadera voluntad política.</p>"
                    ),
                ],
                [
                    "Dar a las autoridades la evidencia para decir que sí",
                    (
                        "<p>En el mes siguiente, miembros de la coalición se reunieron con el "
                        "equipo de educación intercultural bilingüe del Ministerio de Educación y "
                        "con quienes coordinaban las respuestas. Llevaron una nota de cuatro "
                        "páginas que mostraba cómo el plan podía apoyarse en las políticas "
                        "existentes, una estimación del déficit de docentes por región basada en "
                        "datos oficiales y un borrador de cronograma. Se presentaron como aliados "
                        "que ofrecían una solución, no como críticos que enumeraban fallas.</p>"
                    ),
                ],
                [
                    "Hablar con una sola voz, en más de una lengua",
                    (
                        "<p>Federaciones indígenas, docentes, madres, padres y ONG acordaron una "
                        "posición común de dos páginas, traducida a dos lenguas amazónicas, para "
                        "que las autoridades escucharan el mismo mensaje desde todos los frentes. "
                        "Las opiniones de niños y niñas se recogieron en conversaciones en el "
                        "aula dirigidas por docentes con el consentimiento de las familias, y se "
                        "resumieron sin nombres.</p>"
                    ),
                ],
                [
                    "Aprovechar la aprobación en el pleno para afianzar el compromiso",
                    (
                        "<p>Cuando la adición mostró ambas recomendaciones como apoyadas, la "
                        "coalición redactó una breve declaración conjunta para la aprobación del "
                        "resultado del examen del Perú en el pleno del Consejo de Derechos "
                        "Humanos, unos cuatro meses después del examen. Una ONG aliada con "
                        "estatus consultivo la pronunció: celebraba el apoyo del gobierno y "
                        "anunciaba que la coalición publicaría un balance anual de avances. Ese "
                        "mismo día, la coalición difundió una nota de prensa en castellano y en "
                        "lenguas indígenas.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>Ambas recomendaciones fueron apoyadas, y el ministerio se comprometió a "
                "compartir cada año cifras sobre las plazas de docentes bilingües cubiertas en "
                "las regiones amazónicas. La coalición fue invitada a una mesa técnica sobre el "
                "plan. Las asignaciones presupuestarias tardaron más: un año después, el plan "
                "estaba redactado pero su costeo seguía incompleto, y la coalición lo sigue como "
                "su indicador principal.</p>"
            ),
            "why_it_worked": (
                "<p>La coalición actuó en el breve periodo en que la posición del gobierno seguía "
                "abierta, y redujo el costo percibido de decir que sí al demostrar que el plan se "
                "apoyaba en políticas y datos existentes. Un mensaje único y multilingüe de "
                "organizaciones indígenas, docentes y familias hizo difícil descartar la demanda "
                "como un interés particular.</p>"
            ),
            "challenges": (
                "<p>La ventana entre el examen y la adición era corta, y coordinar federaciones "
                "dispersas en zonas remotas implicó largos viajes y una conectividad irregular. "
                "Hubo cambios de funcionarios durante el proceso y la coalición tuvo que repetir "
                "su presentación. Acordar una posición común llevó más tiempo del previsto, "
                "porque algunas organizaciones querían priorizar la titulación de tierras antes "
                "que la educación.</p>"
            ),
            "risks": (
                "<p>Algunos dirigentes indígenas de la coalición también se oponían a proyectos "
                "extractivos y habían recibido amenazas, por lo que la visibilidad pública "
                "implicaba un riesgo de represalias. La coalición les dejó decidir si aparecían "
                "en los materiales públicos, atribuyó las declaraciones a la coalición y no a "
                "personas concretas, y utilizó mensajería segura para coordinarse. La "
                "participación de niños y niñas siguió un protocolo de protección: consentimiento "
                "de las familias, ni nombres ni fotografías, y una persona adulta responsable de "
                "cada conversación en el aula. La coalición acordó además de antemano cómo "
                "alertaría al punto focal del ACNUDH sobre represalias si alguien sufría "
                "intimidación por su participación en el EPU.</p>"
            ),
            "replication": (
                "<ul><li>Lea el proyecto de informe del Grupo de Trabajo en cuanto se publique y "
                "haga una lista de las recomendaciones sobre su tema que aún esperan "
                "respuesta.</li><li>Priorice la recomendación más concreta: la respuesta que "
                "reciba dice más sobre la voluntad política que las de las recomendaciones "
                "generales.</li><li>Lleve a las autoridades una nota breve y con costos que "
                "muestre cómo la recomendación se apoya en las políticas existentes.</li><li>Si "
                "su organización no tiene estatus consultivo ante el ECOSOC, alíese pronto con "
                "una ONG acreditada para poder contribuir a una declaración en la aprobación en "
                "el pleno.</li><li>Anuncie en el pleno cómo hará el seguimiento de la "
                "implementación, para que el compromiso tenga un seguimiento público desde el "
                "primer día.</li></ul>"
            ),
        },
    },
    {
        "key": "a-armenia-noted-torture-investigations",
        "countries": ["AM"],
        "regions": [],
        "themes": ["torture", "justice-rule-of-law"],
        "stages": ["responses", "implementation", "follow-up"],
        "tactics": ["dialogue-government", "parliamentary-engagement", "embassy-engagement"],
        "cycle": 2,
        "organisation": "Civic Platform for Custody Safeguards",
        "recommendations": [
            {
                "recommending_state": "DK",
                "response": "noted",
                "action_category": 5,
                "text": {
                    "en": (
                        "Establish a fully independent body, separate from the police and the "
                        "prosecution service, to investigate all allegations of torture and "
                        "ill-treatment by law enforcement officials."
                    ),
                    "fr": (
                        "Créer un organe pleinement indépendant, distinct de la police et du "
                        "parquet, chargé d'enquêter sur toutes les allégations de torture et de "
                        "mauvais traitements imputés à des agents des forces de l'ordre."
                    ),
                    "es": (
                        "Establecer un órgano plenamente independiente, separado de la policía y "
                        "de la fiscalía, para investigar todas las denuncias de tortura y malos "
                        "tratos cometidos por agentes del orden."
                    ),
                },
            },
            {
                "recommending_state": "UY",
                "response": "supported",
                "action_category": 4,
                "text": {
                    "en": (
                        "Ensure that all persons deprived of their liberty have access to a "
                        "lawyer and to an independent medical examination from the outset of "
                        "detention, and that police interviews are recorded."
                    ),
                    "fr": (
                        "Veiller à ce que toute personne privée de liberté ait accès à un avocat "
                        "et à un examen médical indépendant dès le début de sa détention, et à ce "
                        "que les interrogatoires de police soient enregistrés."
                    ),
                    "es": (
                        "Garantizar que todas las personas privadas de libertad tengan acceso a "
                        "un abogado y a un examen médico independiente desde el inicio de la "
                        "detención, y que los interrogatorios policiales se graben."
                    ),
                },
            },
        ],
        "en": {
            "title": (
                "Turning a noted recommendation on torture investigations into action in Armenia"
            ),
            "slug": "armenia-noted-recommendation-torture-investigations",
            "summary": (
                "When the government noted a recommendation to create an independent body to "
                "investigate torture, a platform of NGOs broke it into steps linked to supported "
                "commitments, and the idea returned in a stronger form in the next cycle."
            ),
            "actors": (
                "A platform of legal aid, detention-monitoring and rehabilitation NGOs, the "
                "Ministry of Justice, the prosecution service, the parliamentary committee "
                "dealing with human rights, the ombudsperson's office (the NHRI) and the "
                "embassies of recommending States."
            ),
            "context": (
                "<p>In its second-cycle review, Armenia supported a recommendation on safeguards "
                "in police custody but noted one calling for a fully independent body to "
                "investigate allegations of torture and ill-treatment. The addendum explained "
                "that existing investigative bodies already performed this role. For the NGOs "
                "assisting victims, this was the central issue: complaints were examined by "
                "colleagues of the officers concerned, and few reached court. Instead of treating "
                "the noted response as the end of the matter, they treated it as the start of a "
                "longer conversation.</p>"
            ),
            "steps": [
                [
                    "Read the reasons behind the noted response",
                    (
                        "<p>In the weeks after the plenary adoption, the platform analysed the "
                        "government's explanation in the addendum and found common ground: the "
                        "government did not dispute the problem, only the remedy. It mapped which "
                        "elements of the noted recommendation overlapped with supported "
                        "recommendations and with the concluding observations of the UN Committee "
                        "against Torture, so that each request could be tied to an existing "
                        "commitment.</p>"
                    ),
                ],
                [
                    "Propose steps the government could accept",
                    (
                        "<p>During the first year of implementation, the platform proposed a "
                        "sequence of measures the Ministry of Justice could take without "
                        "conceding the whole point: publishing annual statistics on complaints "
                        "and their outcomes, recording interviews in a pilot group of police "
                        "stations, and guaranteeing access to independent forensic examinations. "
                        "Each proposal was presented as a way of implementing the supported "
                        "recommendation on safeguards.</p>"
                    ),
                ],
                [
                    "Bring the evidence to parliament",
                    (
                        "<p>About two years after the review, the platform asked the "
                        "parliamentary committee dealing with human rights to hold a hearing on "
                        "how complaints of ill-treatment were investigated. It provided "
                        "anonymised case summaries and the new official statistics, which showed "
                        "how few complaints led to prosecution. Committee members then questioned "
                        "officials directly, turning a dispute between NGOs and the government "
                        "into a parliament asking for answers.</p>"
                    ),
                ],
                [
                    "Prepare the ground for the next cycle",
                    (
                        "<p>In its stakeholder submission for the third cycle, sent about seven "
                        "months before the review, the platform documented what had and had not "
                        "changed and proposed a SMART version of the recommendation: an "
                        "investigative body with guarantees of independence, its own budget and a "
                        "timetable. It then briefed the embassies of States that had made the "
                        "original recommendation, so that they could repeat it in more precise "
                        "and achievable terms.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>The government began publishing annual data on complaints, and interviews "
                "were recorded in a first group of police stations. In the next cycle, a more "
                "precise recommendation on independent investigations was made by several States "
                "and, this time, supported. A specialised investigative unit was later set up; "
                "the platform considers its independence still incomplete and continues to "
                "monitor it.</p>"
            ),
            "why_it_worked": (
                "<p>The platform separated the problem, which the government accepted, from the "
                "remedy, which it rejected, and found intermediate steps both sides could live "
                "with. Tying each step to a supported recommendation or a treaty-body "
                "recommendation gave officials a reason to act, and questions from members of "
                "parliament added pressure without the platform having to escalate publicly.</p>"
            ),
            "challenges": (
                "<p>Progress depended on a few officials, and changes of government slowed the "
                "process twice. Some platform members felt that accepting partial measures risked "
                "legitimising a system that was not independent. Data on complaints were "
                "inconsistent across institutions at first, and it took a year of requests before "
                "comparable figures were available.</p>"
            ),
            "risks": (
                "<p>Victims who shared their cases feared reprisals from the officers involved, "
                "and lawyers worried about their working relationships with investigators. The "
                "platform used only anonymised case summaries, obtained written consent for each "
                "use, and stored files encrypted. At the hearing, lawyers spoke rather than "
                "victims. Members agreed that any intimidation linked to the UPR work would be "
                "reported to the ombudsperson's office and to OHCHR's reprisals focal point.</p>"
            ),
            "replication": (
                "<ul><li>Read the State's explanation for a noted response carefully: it often "
                "reveals which part of the recommendation is acceptable.</li><li>Break a noted "
                "recommendation into steps that can be justified by supported recommendations or "
                "treaty-body findings.</li><li>Ask for official data first; new statistics often "
                "make the case for you in parliament.</li><li>Use a parliamentary hearing to turn "
                "a dispute between NGOs and government into legislators asking for "
                "answers.</li><li>In the next cycle, offer recommending States a SMART version of "
                "the noted recommendation well before the review.</li></ul>"
            ),
        },
        "fr": {
            "title": "Donner suite à une recommandation sur la torture dont l'Arménie a pris note",
            "slug": "armenie-recommandation-prise-de-note-enquetes-torture",
            "summary": (
                "Le gouvernement ayant pris note d'une recommandation visant à créer un organe "
                "indépendant d'enquête sur la torture, des ONG l'ont découpée en étapes liées à "
                "des engagements acceptés ; l'idée est revenue renforcée au cycle suivant."
            ),
            "actors": (
                "Une plateforme d'ONG d'aide juridique, de surveillance des lieux de détention et "
                "de réadaptation, le ministère de la Justice, le parquet, la commission "
                "parlementaire chargée des droits de l'homme, le bureau du médiateur (l'INDH) et "
                "les ambassades des États recommandants."
            ),
            "context": (
                "<p>Lors de son examen du deuxième cycle, l'Arménie a accepté une recommandation "
                "sur les garanties en garde à vue, mais a pris note d'une autre appelant à créer "
                "un organe pleinement indépendant chargé d'enquêter sur les allégations de "
                "torture et de mauvais traitements. L'additif expliquait que les organes "
                "d'enquête existants remplissaient déjà ce rôle. Pour les ONG qui accompagnaient "
                "les victimes, c'était pourtant le cœur du problème : les plaintes étaient "
                "examinées par des collègues des agents mis en cause, et peu aboutissaient devant "
                "un tribunal. Plutôt que de considérer la prise de note comme un point final, "
                "elles en ont fait le point de départ d'un dialogue de longue haleine.</p>"
            ),
            "steps": [
                [
                    "Analyser les motifs de la prise de note",
                    (
                        "<p>Dans les semaines suivant l'adoption en plénière, la plateforme a "
                        "analysé l'explication donnée par le gouvernement dans l'additif et y a "
                        "trouvé un terrain d'entente : le gouvernement ne contestait pas le "
                        "problème, seulement la solution. Elle a recensé les éléments de la "
                        "recommandation dont il avait été pris note qui recoupaient des "
                        "recommandations acceptées et les observations finales du Comité contre "
                        "la torture des Nations Unies, afin de rattacher chaque demande à un "
                        "engagement existant.</p>"
                    ),
                ],
                [
                    "Proposer des étapes acceptables pour le gouvernement",
                    (
                        "<p>Au cours de la première année de mise en œuvre, la plateforme a "
                        "proposé une série de mesures que le ministère de la Justice pouvait "
                        "prendre sans céder sur le fond : publier chaque année des statistiques "
                        "sur les plaintes et leurs suites, enregistrer les interrogatoires dans "
                        "un groupe pilote de commissariats et garantir l'accès à des examens "
                        "médico-légaux indépendants. Chaque proposition était présentée comme un "
                        "moyen de mettre en œuvre la recommandation acceptée sur les "
                        "garanties.</p>"
                    ),
                ],
                [
                    "Porter les éléments de preuve devant le Parlement",
                    (
                        "<p>Environ deux ans après l'examen, la plateforme a demandé à la "
                        "commission parlementaire chargée des droits de l'homme d'organiser une "
                        "audition sur le traitement des plaintes pour mauvais traitements. Elle a "
                        "fourni des résumés de cas anonymisés et les nouvelles statistiques "
                        "officielles, qui montraient combien peu de plaintes donnaient lieu à des "
                        "poursuites. Les membres de la commission ont alors interrogé directement "
                        "les responsables : le différend entre ONG et gouvernement est devenu un "
                        "Parlement qui demande des comptes.</p>"
                    ),
                ],
                [
                    "Préparer le terrain pour le cycle suivant",
                    (
                        "<p>Dans sa contribution des parties prenantes pour le troisième cycle, "
                        "envoyée environ sept mois avant l'examen, la plateforme a documenté ce "
                        "qui avait changé et ce qui n'avait pas changé, et proposé une version "
                        "SMART de la recommandation : un organe d'enquête doté de garanties "
                        "d'indépendance, d'un budget propre et d'un calendrier. Elle a ensuite "
                        "informé les ambassades des États auteurs de la recommandation initiale, "
                        "afin qu'ils puissent la reformuler en termes plus précis et "
                        "réalistes.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>Le gouvernement a commencé à publier des données annuelles sur les plaintes, "
                "et les interrogatoires ont été enregistrés dans un premier groupe de "
                "commissariats. Au cycle suivant, plusieurs États ont formulé une recommandation "
                "plus précise sur les enquêtes indépendantes, qui a cette fois été acceptée. Une "
                "unité d'enquête spécialisée a ensuite été créée ; la plateforme estime que son "
                "indépendance reste incomplète et continue de la suivre.</p>"
            ),
            "why_it_worked": (
                "<p>La plateforme a distingué le problème, que le gouvernement reconnaissait, de "
                "la solution, qu'il refusait, et a trouvé des étapes intermédiaires acceptables "
                "pour les deux parties. Rattacher chaque étape à une recommandation acceptée ou à "
                "une recommandation d'un organe conventionnel donnait aux responsables une raison "
                "d'agir, et les questions des parlementaires ont accru la pression sans que la "
                "plateforme ait à durcir publiquement le ton.</p>"
            ),
            "challenges": (
                "<p>Les progrès dépendaient de quelques responsables, et les changements de "
                "gouvernement ont ralenti le processus à deux reprises. Certains membres de la "
                "plateforme craignaient qu'accepter des mesures partielles revienne à légitimer "
                "un système qui n'était pas indépendant. Les données sur les plaintes étaient "
                "d'abord incohérentes d'une institution à l'autre, et il a fallu un an de "
                "demandes pour obtenir des chiffres comparables.</p>"
            ),
            "risks": (
                "<p>Les victimes qui partageaient leur dossier craignaient des représailles de la "
                "part des agents mis en cause, et les avocats s'inquiétaient pour leurs relations "
                "de travail avec les enquêteurs. La plateforme n'a utilisé que des résumés "
                "anonymisés, a obtenu un consentement écrit pour chaque utilisation et a conservé "
                "les dossiers sous forme chiffrée. Lors de l'audition, ce sont des avocats et non "
                "des victimes qui ont pris la parole. Les membres sont convenus de signaler toute "
                "intimidation liée à leur travail sur l'EPU au bureau du médiateur et au point "
                "focal du HCDH chargé des représailles.</p>"
            ),
            "replication": (
                "<ul><li>Lisez attentivement l'explication fournie par l'État pour une "
                "recommandation dont il a pris note : elle révèle souvent la partie de la "
                "recommandation qui est acceptable.</li><li>Découpez une recommandation dont il a "
                "été pris note en étapes justifiables par des recommandations acceptées ou par "
                "les conclusions des organes conventionnels.</li><li>Demandez d'abord des données "
                "officielles : de nouvelles statistiques plaident souvent à votre place devant le "
                "Parlement.</li><li>Utilisez une audition parlementaire pour transformer un "
                "différend entre ONG et gouvernement en une demande de comptes émanant des "
                "élus.</li><li>Au cycle suivant, proposez bien avant l'examen aux États "
                "recommandants une version SMART de la recommandation dont il a été pris "
                "note.</li></ul>"
            ),
        },
        "es": {
            "title": "Dar curso a una recomendación sobre tortura de la que Armenia tomó nota",
            "slug": "armenia-recomendacion-tomada-nota-investigacion-tortura",
            "summary": (
                "Cuando el gobierno tomó nota de una recomendación para crear un órgano "
                "independiente que investigara la tortura, una plataforma de ONG la dividió en "
                "pasos vinculados a compromisos apoyados, y la idea volvió reforzada en el ciclo "
                "siguiente."
            ),
            "actors": (
                "Una plataforma de ONG de asistencia jurídica, monitoreo de lugares de detención "
                "y rehabilitación, el Ministerio de Justicia, la fiscalía, la comisión "
                "parlamentaria de derechos humanos, la oficina del defensor del pueblo (la INDH) "
                "y las embajadas de los Estados recomendantes."
            ),
            "context": (
                "<p>En su examen del segundo ciclo, Armenia apoyó una recomendación sobre "
                "salvaguardias en la custodia policial, pero tomó nota de otra que pedía crear un "
                "órgano plenamente independiente para investigar las denuncias de tortura y malos "
                "tratos. La adición explicaba que los órganos de investigación existentes ya "
                "cumplían esa función. Para las ONG que acompañaban a las víctimas, sin embargo, "
                "ese era el problema central: las denuncias las examinaban colegas de los agentes "
                "implicados y pocas llegaban a los tribunales. En lugar de considerar que tomar "
                "nota cerraba el asunto, lo trataron como el inicio de una conversación más "
                "larga.</p>"
            ),
            "steps": [
                [
                    "Analizar los motivos por los que se tomó nota",
                    (
                        "<p>En las semanas posteriores a la aprobación en el pleno, la plataforma "
                        "analizó la explicación del gobierno en la adición y encontró un terreno "
                        "común: el gobierno no negaba el problema, solo la solución propuesta. "
                        "Identificó qué elementos de la recomendación de la que se había tomado "
                        "nota coincidían con recomendaciones apoyadas y con las observaciones "
                        "finales del Comité contra la Tortura de las Naciones Unidas, para "
                        "vincular cada petición a un compromiso existente.</p>"
                    ),
                ],
                [
                    "Proponer pasos que el gobierno pudiera aceptar",
                    (
                        "<p>Durante el primer año de implementación, la plataforma propuso una "
                        "secuencia de medidas que el Ministerio de Justicia podía adoptar sin "
                        "ceder en lo esencial: publicar estadísticas anuales sobre las denuncias "
                        "y su resultado, grabar los interrogatorios en un grupo piloto de "
                        "comisarías y garantizar el acceso a exámenes forenses independientes. "
                        "Cada propuesta se presentó como una forma de implementar la "
                        "recomendación apoyada sobre salvaguardias.</p>"
                    ),
                ],
                [
                    "Llevar la evidencia al parlamento",
                    (
                        "<p>Unos dos años después del examen, la plataforma pidió a la comisión "
                        "parlamentaria de derechos humanos que celebrara una audiencia sobre cómo "
                        "se investigaban las denuncias de malos tratos. Aportó resúmenes de casos "
                        "anonimizados y las nuevas estadísticas oficiales, que mostraban cuán "
                        "pocas denuncias terminaban en un proceso penal. Los miembros de la "
                        "comisión interrogaron directamente a las autoridades, y la disputa entre "
                        "ONG y gobierno pasó a ser un parlamento que pedía explicaciones.</p>"
                    ),
                ],
                [
                    "Preparar el terreno para el ciclo siguiente",
                    (
                        "<p>En su informe de partes interesadas para el tercer ciclo, enviado "
                        "unos siete meses antes del examen, la plataforma documentó lo que había "
                        "cambiado y lo que no, y propuso una versión SMART de la recomendación: "
                        "un órgano de investigación con garantías de independencia, presupuesto "
                        "propio y un calendario. Después informó a las embajadas de los Estados "
                        "que habían formulado la recomendación original, para que pudieran "
                        "repetirla en términos más precisos y alcanzables.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>El gobierno empezó a publicar datos anuales sobre las denuncias y se grabaron "
                "los interrogatorios en un primer grupo de comisarías. En el ciclo siguiente, "
                "varios Estados formularon una recomendación más precisa sobre investigaciones "
                "independientes que, esta vez, fue apoyada. Más adelante se creó una unidad "
                "especializada de investigación; la plataforma considera que su independencia "
                "sigue siendo incompleta y continúa vigilándola.</p>"
            ),
            "why_it_worked": (
                "<p>La plataforma separó el problema, que el gobierno reconocía, de la solución, "
                "que rechazaba, y encontró pasos intermedios aceptables para ambas partes. "
                "Vincular cada paso a una recomendación apoyada o de un órgano de tratados dio a "
                "las autoridades un motivo para actuar, y las preguntas de los parlamentarios "
                "añadieron presión sin que la plataforma tuviera que endurecer públicamente su "
                "discurso.</p>"
            ),
            "challenges": (
                "<p>Los avances dependían de unos pocos funcionarios, y los cambios de gobierno "
                "frenaron el proceso en dos ocasiones. Algunos miembros de la plataforma temían "
                "que aceptar medidas parciales legitimara un sistema que no era independiente. Al "
                "principio, los datos sobre denuncias no eran coherentes entre instituciones, y "
                "hizo falta un año de solicitudes para obtener cifras comparables.</p>"
            ),
            "risks": (
                "<p>Las víctimas que compartían sus casos temían represalias de los agentes "
                "implicados, y los abogados se preocupaban por su relación profesional con los "
                "investigadores. La plataforma utilizó solo resúmenes anonimizados, obtuvo "
                "consentimiento por escrito para cada uso y guardó los expedientes cifrados. En "
                "la audiencia hablaron abogados, no víctimas. Los miembros acordaron que "
                "cualquier intimidación vinculada a su trabajo en el EPU se comunicaría a la "
                "oficina del defensor del pueblo y al punto focal del ACNUDH sobre "
                "represalias.</p>"
            ),
            "replication": (
                "<ul><li>Lea con atención la explicación del Estado sobre una recomendación de la "
                "que tomó nota: a menudo revela qué parte es aceptable.</li><li>Divida una "
                "recomendación de la que se tomó nota en pasos que puedan justificarse con "
                "recomendaciones apoyadas o con conclusiones de los órganos de "
                "tratados.</li><li>Pida primero datos oficiales: las nuevas estadísticas suelen "
                "defender su causa ante el parlamento.</li><li>Use una audiencia parlamentaria "
                "para convertir una disputa entre ONG y gobierno en legisladores que piden "
                "explicaciones.</li><li>En el ciclo siguiente, ofrezca a los Estados "
                "recomendantes una versión SMART de la recomendación de la que se tomó nota con "
                "suficiente antelación al examen.</li></ul>"
            ),
        },
    },
    {
        "key": "a-serbia-lgbti-hate-crime-tracking",
        "countries": ["RS"],
        "regions": [],
        "themes": ["lgbti-rights", "justice-rule-of-law"],
        "stages": ["implementation", "follow-up"],
        "tactics": ["monitoring-reporting", "dialogue-government", "embassy-engagement"],
        "cycle": 3,
        "organisation": None,
        "recommendations": [
            {
                "recommending_state": "NL",
                "response": "supported",
                "action_category": 4,
                "text": {
                    "en": (
                        "Ensure that hate crimes based on sexual orientation and gender identity "
                        "are effectively investigated and prosecuted, and that courts apply the "
                        "relevant aggravating circumstance."
                    ),
                    "fr": (
                        "Veiller à ce que les crimes de haine fondés sur l'orientation sexuelle "
                        "et l'identité de genre fassent l'objet d'enquêtes et de poursuites "
                        "effectives, et à ce que les tribunaux appliquent la circonstance "
                        "aggravante prévue."
                    ),
                    "es": (
                        "Garantizar que los delitos de odio por motivos de orientación sexual e "
                        "identidad de género se investiguen y enjuicien de manera efectiva, y que "
                        "los tribunales apliquen la circunstancia agravante correspondiente."
                    ),
                },
            },
            {
                "recommending_state": "AR",
                "response": "supported",
                "action_category": 4,
                "text": {
                    "en": (
                        "Provide systematic training to police officers, prosecutors and judges "
                        "on identifying and recording hate crimes against LGBTI persons."
                    ),
                    "fr": (
                        "Dispenser une formation systématique aux policiers, aux procureurs et "
                        "aux juges sur l'identification et l'enregistrement des crimes de haine "
                        "visant des personnes LGBTI."
                    ),
                    "es": (
                        "Impartir capacitación sistemática a policías, fiscales y jueces sobre la "
                        "identificación y el registro de los delitos de odio contra personas "
                        "LGBTI."
                    ),
                },
            },
        ],
        "en": {
            "title": (
                "Closing the gap between reported and prosecuted anti-LGBTI hate crimes in Serbia"
            ),
            "slug": "serbia-anti-lgbti-hate-crimes-implementation-tracking",
            "summary": (
                "LGBTI organisations compared the incidents they documented with what happened to "
                "each case in the justice system, used the gap to open a regular dialogue with "
                "prosecutors, and fed their findings into the next review."
            ),
            "actors": (
                "Community-based LGBTI organisations, a legal aid NGO, the prosecution service's "
                "contact point for hate crimes, the police, the equality body, the ombudsperson's "
                "office and the embassies of recommending States."
            ),
            "context": (
                "<p>In its third-cycle review, Serbia supported recommendations to investigate "
                "and prosecute hate crimes against LGBTI persons and to train police officers, "
                "prosecutors and judges. The criminal law already allowed courts to treat hatred "
                "as an aggravating circumstance, but community organisations saw it applied in "
                "very few cases. Many victims never reported attacks, and those who did often "
                "found that the bias motive disappeared from the file along the way.</p>"
            ),
            "steps": [
                [
                    "Build a safe way to document incidents",
                    (
                        "<p>In the first year after the review, the organisations set up a "
                        "shared, encrypted incident log with common definitions, so that an "
                        "attack recorded in one city was counted in the same way as in another. "
                        "Victims could report through trusted community workers and choose "
                        "whether their case would only be counted or also followed up with the "
                        "authorities.</p>"
                    ),
                ],
                [
                    "Follow each reported case through the system",
                    (
                        "<p>For cases where victims agreed, a legal aid NGO followed the file "
                        "from the police report to the prosecutor's decision and the judgment, "
                        "noting the point at which the bias motive was dropped. After eighteen "
                        "months, the organisations could show where the chain broke: most "
                        "incidents had been recorded by the police as ordinary assaults or public "
                        "order offences.</p>"
                    ),
                ],
                [
                    "Turn the findings into a regular dialogue",
                    (
                        "<p>Rather than publishing the findings immediately, the organisations "
                        "presented them privately to the prosecution service's hate crime contact "
                        "point and proposed quarterly meetings to review anonymised cases. They "
                        "also offered community trainers to contribute to the training the "
                        "government had committed to under the supported recommendations.</p>"
                    ),
                ],
                [
                    "Brief embassies and prepare the next review",
                    (
                        "<p>Ahead of the next cycle, the organisations shared a short "
                        "implementation tracker with the embassies of the States that had made "
                        "the recommendations. In their stakeholder submission they proposed a "
                        "more measurable recommendation: publish annual data on hate crimes, "
                        "broken down by ground, from report to judgment. Embassies were briefed "
                        "several months before the review so that they could draw on this "
                        "wording.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>The quarterly meetings became routine, and the prosecution service issued "
                "internal guidance asking prosecutors to record and assess the bias motive from "
                "the outset. The number of cases in which courts applied the aggravating "
                "circumstance rose, though from a very low base. In the next review, several "
                "States recommended publishing disaggregated data from report to judgment, close "
                "to the organisations' proposed wording.</p>"
            ),
            "why_it_worked": (
                "<p>The organisations brought evidence the authorities did not have and presented "
                "it as a shared problem to solve rather than an accusation. Following individual "
                "cases through the chain made the gap concrete and showed exactly where to act, "
                "and the private format allowed prosecutors to engage without losing face.</p>"
            ),
            "challenges": (
                "<p>Underreporting remained the biggest obstacle: many victims feared being outed "
                "to their families or employers. Official statistics used categories that did not "
                "match the organisations' own, and the quarterly meetings depended on the "
                "goodwill of a single contact person. Some activists questioned whether private "
                "dialogue was too slow compared with public campaigning.</p>"
            ),
            "risks": (
                "<p>Victims risked being outed, and activists faced online harassment whenever "
                "LGBTI issues were in the news. The organisations stored only coded data, shared "
                "only anonymised cases with the authorities, and never published identifiable "
                "details. They chose not to be named in UPR documents, and meetings with "
                "officials took place at neutral venues. They also agreed a plan for reporting "
                "any intimidation linked to their UPR work to the ombudsperson's office and to "
                "OHCHR's reprisals focal point.</p>"
            ),
            "replication": (
                "<ul><li>Agree common definitions for incidents across all partner organisations "
                "before you start counting.</li><li>Let victims choose between being counted only "
                "and having their case followed up.</li><li>Follow a sample of cases from report "
                "to judgment to find exactly where the bias motive is lost.</li><li>Offer the "
                "authorities a private, regular review of anonymised cases before going "
                "public.</li><li>Turn your findings into a measurable recommendation for the next "
                "cycle and share it with embassies several months before the review.</li></ul>"
            ),
        },
        "fr": {
            "title": (
                "Réduire l'écart entre crimes de haine anti-LGBTI signalés et poursuivis en Serbie"
            ),
            "slug": "serbie-crimes-haine-anti-lgbti-suivi-mise-en-oeuvre",
            "summary": (
                "Des organisations LGBTI ont comparé les incidents documentés au sort de chaque "
                "affaire devant la justice, se sont appuyées sur cet écart pour ouvrir un "
                "dialogue régulier avec le parquet et ont nourri l'examen suivant."
            ),
            "actors": (
                "Des organisations communautaires LGBTI, une ONG d'aide juridique, le point de "
                "contact du parquet pour les crimes de haine, la police, l'organisme de promotion "
                "de l'égalité, le bureau du médiateur et les ambassades des États recommandants."
            ),
            "context": (
                "<p>Lors de son examen du troisième cycle, la Serbie a accepté des "
                "recommandations l'invitant à enquêter sur les crimes de haine visant des "
                "personnes LGBTI et à en poursuivre les auteurs, ainsi qu'à former policiers, "
                "procureurs et juges. Le droit pénal permettait déjà aux tribunaux de retenir la "
                "haine comme circonstance aggravante, mais les organisations communautaires la "
                "voyaient appliquée dans très peu d'affaires. Beaucoup de victimes ne signalaient "
                "jamais les agressions, et celles qui le faisaient constataient souvent que le "
                "mobile discriminatoire disparaissait du dossier en cours de route.</p>"
            ),
            "steps": [
                [
                    "Mettre en place un moyen sûr de documenter les incidents",
                    (
                        "<p>Dans l'année suivant l'examen, les organisations ont créé un registre "
                        "d'incidents partagé et chiffré, fondé sur des définitions communes, afin "
                        "qu'une agression enregistrée dans une ville soit comptée de la même "
                        "manière que dans une autre. Les victimes pouvaient faire un signalement "
                        "par l'intermédiaire d'intervenants communautaires de confiance et "
                        "choisir si leur cas serait seulement comptabilisé ou également suivi "
                        "auprès des autorités.</p>"
                    ),
                ],
                [
                    "Suivre chaque affaire signalée à travers la chaîne pénale",
                    (
                        "<p>Lorsque les victimes étaient d'accord, une ONG d'aide juridique "
                        "suivait le dossier depuis la plainte à la police jusqu'à la décision du "
                        "procureur et au jugement, en notant le moment où le mobile "
                        "discriminatoire était abandonné. Au bout de dix-huit mois, les "
                        "organisations pouvaient montrer où la chaîne se rompait : la plupart des "
                        "incidents avaient été enregistrés par la police comme de simples "
                        "violences ou des troubles à l'ordre public.</p>"
                    ),
                ],
                [
                    "Transformer les constats en dialogue régulier",
                    (
                        "<p>Plutôt que de publier immédiatement leurs constats, les organisations "
                        "les ont présentés en privé au point de contact du parquet pour les "
                        "crimes de haine et ont proposé des réunions trimestrielles pour examiner "
                        "des cas anonymisés. Elles ont aussi proposé des formateurs issus de la "
                        "communauté pour contribuer aux formations auxquelles le gouvernement "
                        "s'était engagé en acceptant les recommandations.</p>"
                    ),
                ],
                [
                    "Informer les ambassades et préparer l'examen suivant",
                    (
                        "<p>En vue du cycle suivant, les organisations ont transmis un court "
                        "tableau de suivi de la mise en œuvre aux ambassades des États auteurs "
                        "des recommandations. Dans leur contribution des parties prenantes, elles "
                        "ont proposé une recommandation plus mesurable : publier chaque année des "
                        "données sur les crimes de haine, ventilées par motif, de la plainte au "
                        "jugement. Les ambassades ont été informées plusieurs mois avant l'examen "
                        "afin de pouvoir reprendre cette formulation.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>Les réunions trimestrielles sont devenues habituelles, et le parquet a "
                "diffusé des instructions internes demandant aux procureurs de relever et "
                "d'examiner le mobile discriminatoire dès le début de la procédure. Le nombre "
                "d'affaires dans lesquelles les tribunaux ont retenu la circonstance aggravante a "
                "augmenté, mais à partir d'un niveau très bas. Lors de l'examen suivant, "
                "plusieurs États ont recommandé de publier des données ventilées de la plainte au "
                "jugement, dans des termes proches de ceux proposés par les organisations.</p>"
            ),
            "why_it_worked": (
                "<p>Les organisations apportaient des données dont les autorités ne disposaient "
                "pas et les ont présentées comme un problème commun à résoudre plutôt que comme "
                "une accusation. Suivre des affaires individuelles tout au long de la chaîne a "
                "rendu l'écart concret et montré précisément où agir, et le format confidentiel a "
                "permis aux procureurs de s'engager sans perdre la face.</p>"
            ),
            "challenges": (
                "<p>La sous-déclaration est restée le principal obstacle : de nombreuses victimes "
                "craignaient que leur orientation ou leur identité soit révélée à leur famille ou "
                "à leur employeur. Les statistiques officielles utilisaient des catégories "
                "différentes de celles des organisations, et les réunions trimestrielles "
                "dépendaient de la bonne volonté d'un seul interlocuteur. Certains militants se "
                "demandaient si le dialogue confidentiel n'était pas trop lent par rapport à une "
                "campagne publique.</p>"
            ),
            "risks": (
                "<p>Les victimes risquaient de voir leur orientation ou leur identité révélée, et "
                "les militants subissaient du harcèlement en ligne chaque fois que les questions "
                "LGBTI faisaient l'actualité. Les organisations ne conservaient que des données "
                "codées, ne partageaient avec les autorités que des cas anonymisés et ne "
                "publiaient jamais d'éléments permettant une identification. Elles ont choisi de "
                "ne pas être nommées dans les documents de l'EPU, et les réunions avec les "
                "autorités se tenaient dans des lieux neutres. Elles ont également arrêté un plan "
                "pour signaler toute intimidation liée à leur travail sur l'EPU au bureau du "
                "médiateur et au point focal du HCDH chargé des représailles.</p>"
            ),
            "replication": (
                "<ul><li>Adoptez des définitions communes des incidents entre toutes les "
                "organisations partenaires avant de commencer à compter.</li><li>Laissez les "
                "victimes choisir entre un simple comptage et un suivi de leur "
                "affaire.</li><li>Suivez un échantillon d'affaires de la plainte au jugement pour "
                "repérer précisément où le mobile discriminatoire se perd.</li><li>Proposez aux "
                "autorités un examen confidentiel et régulier de cas anonymisés avant de rendre "
                "vos constats publics.</li><li>Transformez vos constats en une recommandation "
                "mesurable pour le cycle suivant et partagez-la avec les ambassades plusieurs "
                "mois avant l'examen.</li></ul>"
            ),
        },
        "es": {
            "title": (
                "Delitos de odio contra personas LGBTI en Serbia: de la denuncia a la sentencia"
            ),
            "slug": "serbia-delitos-odio-lgbti-seguimiento-implementacion",
            "summary": (
                "Organizaciones LGBTI compararon los incidentes que documentaban con lo que "
                "ocurría con cada caso en el sistema de justicia, usaron esa brecha para abrir un "
                "diálogo periódico con la fiscalía y llevaron sus conclusiones al examen "
                "siguiente."
            ),
            "actors": (
                "Organizaciones comunitarias LGBTI, una ONG de asistencia jurídica, el punto de "
                "contacto de la fiscalía para delitos de odio, la policía, el organismo de "
                "igualdad, la oficina del defensor del pueblo y las embajadas de los Estados "
                "recomendantes."
            ),
            "context": (
                "<p>En su examen del tercer ciclo, Serbia apoyó recomendaciones para investigar y "
                "enjuiciar los delitos de odio contra personas LGBTI y para capacitar a policías, "
                "fiscales y jueces. La legislación penal ya permitía a los tribunales considerar "
                "el odio como circunstancia agravante, pero las organizaciones comunitarias veían "
                "que se aplicaba en muy pocos casos. Muchas víctimas nunca denunciaban las "
                "agresiones, y quienes lo hacían a menudo comprobaban que el móvil "
                "discriminatorio desaparecía del expediente por el camino.</p>"
            ),
            "steps": [
                [
                    "Crear una forma segura de documentar incidentes",
                    (
                        "<p>En el primer año tras el examen, las organizaciones pusieron en "
                        "marcha un registro de incidentes compartido y cifrado, con definiciones "
                        "comunes, para que una agresión registrada en una ciudad se contara igual "
                        "que en otra. Las víctimas podían informar a través de trabajadores "
                        "comunitarios de confianza y elegir si su caso solo se contabilizaba o si "
                        "también se le daba seguimiento ante las autoridades.</p>"
                    ),
                ],
                [
                    "Seguir cada caso denunciado a lo largo del sistema",
                    (
                        "<p>Cuando las víctimas lo autorizaban, una ONG de asistencia jurídica "
                        "seguía el expediente desde la denuncia policial hasta la decisión fiscal "
                        "y la sentencia, anotando en qué punto se abandonaba el móvil "
                        "discriminatorio. Al cabo de dieciocho meses, las organizaciones podían "
                        "mostrar dónde se rompía la cadena: la policía había registrado la "
                        "mayoría de los incidentes como lesiones comunes o alteraciones del orden "
                        "público.</p>"
                    ),
                ],
                [
                    "Convertir las conclusiones en un diálogo periódico",
                    (
                        "<p>En lugar de publicar las conclusiones de inmediato, las "
                        "organizaciones las presentaron en privado al punto de contacto de la "
                        "fiscalía para delitos de odio y propusieron reuniones trimestrales para "
                        "revisar casos anonimizados. También ofrecieron formadores de la "
                        "comunidad para contribuir a la capacitación que el gobierno se había "
                        "comprometido a impartir con las recomendaciones apoyadas.</p>"
                    ),
                ],
                [
                    "Informar a las embajadas y preparar el próximo examen",
                    (
                        "<p>De cara al ciclo siguiente, las organizaciones compartieron un breve "
                        "cuadro de seguimiento de la implementación con las embajadas de los "
                        "Estados que habían formulado las recomendaciones. En su informe de "
                        "partes interesadas propusieron una recomendación más medible: publicar "
                        "cada año datos sobre delitos de odio, desglosados por motivo, desde la "
                        "denuncia hasta la sentencia. Las embajadas recibieron la información "
                        "varios meses antes del examen para que pudieran utilizar esa "
                        "redacción.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>Las reuniones trimestrales se volvieron habituales, y la fiscalía emitió "
                "instrucciones internas que pedían a los fiscales registrar y valorar el móvil "
                "discriminatorio desde el inicio. Aumentó el número de casos en que los "
                "tribunales aplicaron la circunstancia agravante, aunque partiendo de una cifra "
                "muy baja. En el examen siguiente, varios Estados recomendaron publicar datos "
                "desglosados desde la denuncia hasta la sentencia, en términos cercanos a los "
                "propuestos por las organizaciones.</p>"
            ),
            "why_it_worked": (
                "<p>Las organizaciones aportaron datos de los que las autoridades no disponían y "
                "los presentaron como un problema común por resolver y no como una acusación. "
                "Seguir casos concretos a lo largo de la cadena hizo tangible la brecha y mostró "
                "exactamente dónde actuar, y el formato reservado permitió a la fiscalía "
                "participar sin quedar en evidencia.</p>"
            ),
            "challenges": (
                "<p>El subregistro siguió siendo el mayor obstáculo: muchas víctimas temían que "
                "su orientación o identidad se revelara a su familia o a su empleador. Las "
                "estadísticas oficiales usaban categorías distintas de las de las organizaciones, "
                "y las reuniones trimestrales dependían de la buena voluntad de una sola persona "
                "de contacto. Algunos activistas cuestionaban si el diálogo reservado no era "
                "demasiado lento frente a una campaña pública.</p>"
            ),
            "risks": (
                "<p>Las víctimas corrían el riesgo de que se revelara su orientación o identidad, "
                "y los activistas sufrían acoso en línea cada vez que los temas LGBTI llegaban a "
                "las noticias. Las organizaciones guardaban solo datos codificados, compartían "
                "con las autoridades únicamente casos anonimizados y nunca publicaban datos que "
                "permitieran identificar a nadie. Eligieron no figurar por su nombre en los "
                "documentos del EPU, y las reuniones con autoridades se celebraban en lugares "
                "neutrales. También acordaron un plan para comunicar cualquier intimidación "
                "vinculada a su trabajo en el EPU a la oficina del defensor del pueblo y al punto "
                "focal del ACNUDH sobre represalias.</p>"
            ),
            "replication": (
                "<ul><li>Acuerde definiciones comunes de los incidentes entre todas las "
                "organizaciones aliadas antes de empezar a contar.</li><li>Deje que las víctimas "
                "elijan entre que su caso solo se contabilice o que también se le dé "
                "seguimiento.</li><li>Siga una muestra de casos desde la denuncia hasta la "
                "sentencia para identificar exactamente dónde se pierde el móvil "
                "discriminatorio.</li><li>Ofrezca a las autoridades una revisión periódica y "
                "reservada de casos anonimizados antes de hacer públicas sus "
                "conclusiones.</li><li>Convierta sus conclusiones en una recomendación medible "
                "para el siguiente ciclo y compártala con las embajadas varios meses antes del "
                "examen.</li></ul>"
            ),
        },
    },
    {
        "key": "a-nepal-disability-mid-term-scorecard",
        "countries": ["NP"],
        "regions": [],
        "themes": ["persons-with-disabilities", "right-to-education"],
        "stages": ["implementation", "mid-term-reporting"],
        "tactics": ["coalition-building", "monitoring-reporting", "dialogue-government"],
        "cycle": 3,
        "organisation": "Equal Steps Disability Network",
        "recommendations": [
            {
                "recommending_state": "TH",
                "response": "supported",
                "action_category": 4,
                "text": {
                    "en": (
                        "Take measures to ensure the accessibility of public buildings, transport "
                        "and information for persons with disabilities at the federal, provincial "
                        "and local levels."
                    ),
                    "fr": (
                        "Prendre des mesures pour garantir l'accessibilité des bâtiments publics, "
                        "des transports et de l'information aux personnes handicapées aux niveaux "
                        "fédéral, provincial et local."
                    ),
                    "es": (
                        "Adoptar medidas para garantizar la accesibilidad de los edificios "
                        "públicos, el transporte y la información para las personas con "
                        "discapacidad en los niveles federal, provincial y local."
                    ),
                },
            },
            {
                "recommending_state": "ES",
                "response": "supported",
                "action_category": 5,
                "text": {
                    "en": (
                        "Adopt and implement guidelines on inclusive education that guarantee "
                        "reasonable accommodation for children with disabilities in mainstream "
                        "schools."
                    ),
                    "fr": (
                        "Adopter et mettre en œuvre des lignes directrices sur l'éducation "
                        "inclusive garantissant des aménagements raisonnables aux enfants "
                        "handicapés dans les écoles ordinaires."
                    ),
                    "es": (
                        "Adoptar y aplicar directrices sobre educación inclusiva que garanticen "
                        "ajustes razonables para los niños y niñas con discapacidad en las "
                        "escuelas ordinarias."
                    ),
                },
            },
        ],
        "en": {
            "title": "An accessible traffic-light scorecard on disability commitments in Nepal",
            "slug": "nepal-disability-rights-accessible-mid-term-scorecard",
            "summary": (
                "A network of organisations of persons with disabilities rated progress on "
                "supported recommendations province by province and published an accessible "
                "stakeholder mid-term report that the government and the NHRI could use."
            ),
            "actors": (
                "Organisations of persons with disabilities from all seven provinces, provincial "
                "and local government officials, the government's UPR focal point, the National "
                "Human Rights Commission and the embassies of recommending States."
            ),
            "context": (
                "<p>At its third-cycle review, Nepal supported recommendations on accessibility "
                "and inclusive education for persons with disabilities. Since the move to a "
                "federal system, many of the services concerned are delivered by provincial and "
                "local governments, which rarely knew about UPR commitments. Organisations of "
                "persons with disabilities (OPDs) wanted a way to show progress, or its absence, "
                "at the level where decisions were actually taken, and to make sure that persons "
                "with disabilities themselves carried out the assessment.</p>"
            ),
            "steps": [
                [
                    "Agree what to measure with OPDs across the country",
                    (
                        "<p>About six months after the review, the network brought together OPDs "
                        "representing different impairment groups from all seven provinces. They "
                        "chose a small set of indicators for each supported recommendation, such "
                        "as the share of sampled public offices with step-free access, the "
                        "availability of accessible formats on municipal websites and the number "
                        "of schools providing sign language or braille support.</p>"
                    ),
                ],
                [
                    "Collect data with persons with disabilities as monitors",
                    (
                        "<p>During the second year, trained monitors with disabilities visited a "
                        "sample of public buildings and schools in each province with a simple "
                        "checklist, and filed requests for information with local governments. "
                        "Findings were entered in a shared spreadsheet and checked by a second "
                        "monitor before being used.</p>"
                    ),
                ],
                [
                    "Publish a traffic-light scorecard in accessible formats",
                    (
                        "<p>Around two years after the review, the network published a "
                        "stakeholder mid-term report rating each recommendation green, amber or "
                        "red, province by province. It was released in Nepali and English, in "
                        "easy-read and braille versions and as a sign language video, and "
                        "launched at a meeting where provincial officials could respond to the "
                        "findings.</p>"
                    ),
                ],
                [
                    "Offer the scorecard to the government and the NHRI",
                    (
                        "<p>The network shared the data with the government's UPR focal point and "
                        "encouraged it to include disability data in any voluntary mid-term "
                        "report. It also met the National Human Rights Commission so that the "
                        "commission's own follow-up could draw on the findings. A short version "
                        "went to the embassies of recommending States, with two concrete requests "
                        "for their development programmes.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>Two provincial governments used the scorecard to set accessibility targets "
                "for new public buildings, and the education authorities agreed to pilot guidance "
                "on reasonable accommodation in a few districts. The national picture remained "
                "mixed, with most indicators still amber. The scorecard gave OPDs a common "
                "evidence base for their stakeholder submission to the next review.</p>"
            ),
            "why_it_worked": (
                "<p>Persons with disabilities defined the indicators and collected the data "
                "themselves, which gave the findings credibility and built skills across the "
                "network. Working at provincial level linked UPR commitments to the officials who "
                "could act on them, and the traffic-light format made a complex picture easy to "
                "grasp.</p>"
            ),
            "challenges": (
                "<p>Travel to remote districts was costly and, for some monitors, physically "
                "difficult, so the sample was smaller than planned. Some local officials saw the "
                "checklist visits as inspections and refused access. Producing accessible formats "
                "took more time and money than expected, and keeping very different organisations "
                "aligned required constant coordination.</p>"
            ),
            "risks": (
                "<p>The risk of reprisals was lower than in some other fields but real: some OPDs "
                "received public funding and feared losing it after criticising local "
                "authorities. The network published provincial results under its collective name, "
                "avoided singling out individual officials, and gave authorities a chance to "
                "comment before publication. Monitors carried a letter explaining the exercise, "
                "no personal data were recorded about people met during visits, and the network "
                "agreed how it would document and report any pressure linked to the scorecard.</p>"
            ),
            "replication": (
                "<ul><li>Let persons with disabilities choose the indicators and carry out the "
                "monitoring themselves.</li><li>Monitor at the level of government that actually "
                "delivers the service, not only nationally.</li><li>Budget for accessible formats "
                "from the start: easy-read, braille, sign language and accessible digital "
                "files.</li><li>Use a simple traffic-light rating, but publish the underlying "
                "data so that others can check it.</li><li>Give authorities a chance to respond "
                "before publication: it reduces defensiveness and risk.</li></ul>"
            ),
        },
        "fr": {
            "title": (
                "Un tableau de bord accessible sur les engagements relatifs au handicap au Népal"
            ),
            "slug": "nepal-droits-personnes-handicapees-tableau-de-bord-mi-parcours",
            "summary": (
                "Un réseau d'organisations de personnes handicapées a évalué, province par "
                "province, les progrès accomplis sur les recommandations acceptées et publié un "
                "rapport à mi-parcours accessible, utilisable par le gouvernement et l'INDH."
            ),
            "actors": (
                "Des organisations de personnes handicapées des sept provinces, des responsables "
                "provinciaux et locaux, le point focal du gouvernement pour l'EPU, la Commission "
                "nationale des droits de l'homme et les ambassades des États recommandants."
            ),
            "context": (
                "<p>Lors de son examen du troisième cycle, le Népal a accepté des recommandations "
                "sur l'accessibilité et l'éducation inclusive des personnes handicapées. Depuis "
                "le passage à un système fédéral, une grande partie des services concernés relève "
                "des gouvernements provinciaux et locaux, qui connaissaient rarement les "
                "engagements pris dans le cadre de l'EPU. Les organisations de personnes "
                "handicapées (OPH) voulaient pouvoir montrer les progrès, ou leur absence, là où "
                "les décisions se prennent réellement, et faire en sorte que l'évaluation soit "
                "menée par les personnes handicapées elles-mêmes.</p>"
            ),
            "steps": [
                [
                    "Choisir les indicateurs avec les OPH de tout le pays",
                    (
                        "<p>Environ six mois après l'examen, le réseau a réuni des OPH "
                        "représentant différents types de handicap dans les sept provinces. Elles "
                        "ont retenu quelques indicateurs pour chaque recommandation acceptée, par "
                        "exemple la part des bâtiments administratifs visités accessibles de "
                        "plain-pied, la disponibilité de formats accessibles sur les sites web "
                        "municipaux ou le nombre d'écoles offrant un soutien en langue des signes "
                        "ou en braille.</p>"
                    ),
                ],
                [
                    "Collecter les données avec des enquêteurs handicapés",
                    (
                        "<p>Au cours de la deuxième année, des enquêteurs handicapés formés ont "
                        "visité un échantillon de bâtiments publics et d'écoles dans chaque "
                        "province à l'aide d'une grille simple, et ont adressé des demandes "
                        "d'information aux autorités locales. Les résultats étaient saisis dans "
                        "un tableur partagé et vérifiés par un second enquêteur avant toute "
                        "utilisation.</p>"
                    ),
                ],
                [
                    "Publier un tableau de bord tricolore dans des formats accessibles",
                    (
                        "<p>Environ deux ans après l'examen, le réseau a publié un rapport à "
                        "mi-parcours des parties prenantes qui attribuait à chaque recommandation "
                        "une note verte, orange ou rouge, province par province. Le rapport est "
                        "paru en népali et en anglais, en version facile à lire et en braille "
                        "ainsi qu'en vidéo en langue des signes, et a été présenté lors d'une "
                        "réunion où les responsables provinciaux pouvaient réagir aux "
                        "constats.</p>"
                    ),
                ],
                [
                    "Mettre le tableau de bord à la disposition du gouvernement et de l'INDH",
                    (
                        "<p>Le réseau a transmis les données au point focal du gouvernement pour "
                        "l'EPU et l'a encouragé à inclure des données sur le handicap dans un "
                        "éventuel rapport volontaire à mi-parcours. Il a aussi rencontré la "
                        "Commission nationale des droits de l'homme afin que son propre suivi "
                        "puisse s'appuyer sur ces constats. Une version courte a été envoyée aux "
                        "ambassades des États recommandants, avec deux demandes concrètes pour "
                        "leurs programmes de coopération.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>Deux gouvernements provinciaux se sont servis du tableau de bord pour fixer "
                "des objectifs d'accessibilité pour les nouveaux bâtiments publics, et les "
                "autorités éducatives ont accepté d'expérimenter des orientations sur les "
                "aménagements raisonnables dans quelques districts. Au niveau national, le bilan "
                "est resté contrasté, la plupart des indicateurs restant à l'orange. Le tableau "
                "de bord a fourni aux OPH une base factuelle commune pour leur contribution à "
                "l'examen suivant.</p>"
            ),
            "why_it_worked": (
                "<p>Ce sont les personnes handicapées qui ont défini les indicateurs et collecté "
                "les données, ce qui a donné de la crédibilité aux constats et renforcé les "
                "compétences dans tout le réseau. Le travail à l'échelle provinciale a relié les "
                "engagements de l'EPU aux responsables en mesure d'agir, et le code couleur a "
                "rendu une réalité complexe facile à saisir.</p>"
            ),
            "challenges": (
                "<p>Les déplacements vers les districts isolés étaient coûteux et, pour certains "
                "enquêteurs, physiquement éprouvants, si bien que l'échantillon a été plus réduit "
                "que prévu. Certains responsables locaux voyaient les visites comme des "
                "inspections et en ont refusé l'accès. La production de formats accessibles a "
                "demandé plus de temps et d'argent que prévu, et maintenir la cohésion "
                "d'organisations très diverses a exigé une coordination constante.</p>"
            ),
            "risks": (
                "<p>Le risque de représailles était plus faible que dans d'autres domaines, mais "
                "réel : certaines OPH recevaient des fonds publics et craignaient de les perdre "
                "après avoir critiqué les autorités locales. Le réseau a publié les résultats "
                "provinciaux sous son nom collectif, évité de désigner des responsables "
                "individuellement et laissé aux autorités la possibilité de réagir avant "
                "publication. Les enquêteurs avaient sur eux une lettre expliquant la démarche, "
                "aucune donnée personnelle n'était recueillie sur les personnes rencontrées, et "
                "le réseau avait convenu de la manière de documenter et de signaler toute "
                "pression liée au tableau de bord.</p>"
            ),
            "replication": (
                "<ul><li>Laissez les personnes handicapées choisir les indicateurs et mener "
                "elles-mêmes le suivi.</li><li>Assurez le suivi au niveau de l'administration qui "
                "fournit réellement le service, et pas seulement au niveau "
                "national.</li><li>Prévoyez dès le départ un budget pour les formats accessibles "
                ": facile à lire, braille, langue des signes et fichiers numériques "
                "accessibles.</li><li>Utilisez un code couleur simple, mais publiez les données "
                "sous-jacentes pour qu'elles puissent être vérifiées.</li><li>Laissez aux "
                "autorités la possibilité de réagir avant publication : cela réduit les réactions "
                "défensives et les risques.</li></ul>"
            ),
        },
        "es": {
            "title": (
                "Un semáforo accesible sobre los compromisos en materia de discapacidad en Nepal"
            ),
            "slug": "nepal-discapacidad-semaforo-accesible-mitad-de-periodo",
            "summary": (
                "Una red de organizaciones de personas con discapacidad evaluó, provincia por "
                "provincia, los avances en las recomendaciones apoyadas y publicó un informe de "
                "mitad de período accesible que el gobierno y la INDH podían utilizar."
            ),
            "actors": (
                "Organizaciones de personas con discapacidad de las siete provincias, autoridades "
                "provinciales y locales, el punto focal del gobierno para el EPU, la Comisión "
                "Nacional de Derechos Humanos y las embajadas de los Estados recomendantes."
            ),
            "context": (
                "<p>En su examen del tercer ciclo, Nepal apoyó recomendaciones sobre "
                "accesibilidad y educación inclusiva para las personas con discapacidad. Desde el "
                "paso a un sistema federal, muchos de los servicios correspondientes dependen de "
                "los gobiernos provinciales y locales, que rara vez conocían los compromisos del "
                "EPU. Las organizaciones de personas con discapacidad (OPD) querían mostrar los "
                "avances, o su ausencia, en el nivel donde realmente se toman las decisiones, y "
                "asegurarse de que la evaluación la hicieran las propias personas con "
                "discapacidad.</p>"
            ),
            "steps": [
                [
                    "Acordar qué medir con OPD de todo el país",
                    (
                        "<p>Unos seis meses después del examen, la red reunió a OPD que "
                        "representaban distintos tipos de discapacidad en las siete provincias. "
                        "Eligieron unos pocos indicadores para cada recomendación apoyada, como "
                        "la proporción de oficinas públicas visitadas con acceso sin escalones, "
                        "la disponibilidad de formatos accesibles en los sitios web municipales o "
                        "el número de escuelas con apoyo en lengua de señas o braille.</p>"
                    ),
                ],
                [
                    "Recoger datos con personas con discapacidad como monitoras",
                    (
                        "<p>Durante el segundo año, monitores y monitoras con discapacidad, "
                        "previamente capacitados, visitaron una muestra de edificios públicos y "
                        "escuelas en cada provincia con una lista de verificación sencilla, y "
                        "presentaron solicitudes de información a los gobiernos locales. Los "
                        "resultados se registraban en una hoja de cálculo compartida y una "
                        "segunda persona los verificaba antes de usarlos.</p>"
                    ),
                ],
                [
                    "Publicar un semáforo en formatos accesibles",
                    (
                        "<p>Unos dos años después del examen, la red publicó un informe de mitad "
                        "de período de las partes interesadas que calificaba cada recomendación "
                        "en verde, ámbar o rojo, provincia por provincia. Se difundió en nepalí e "
                        "inglés, en lectura fácil y braille y como video en lengua de señas, y se "
                        "presentó en una reunión en la que las autoridades provinciales podían "
                        "responder a las conclusiones.</p>"
                    ),
                ],
                [
                    "Ofrecer el semáforo al gobierno y a la INDH",
                    (
                        "<p>La red compartió los datos con el punto focal del gobierno para el "
                        "EPU y lo animó a incluir datos sobre discapacidad en un eventual informe "
                        "voluntario de mitad de período. También se reunió con la Comisión "
                        "Nacional de Derechos Humanos para que su propio seguimiento pudiera "
                        "apoyarse en las conclusiones. Una versión breve se envió a las embajadas "
                        "de los Estados recomendantes, con dos peticiones concretas para sus "
                        "programas de cooperación.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>Dos gobiernos provinciales usaron el semáforo para fijar metas de "
                "accesibilidad en los nuevos edificios públicos, y las autoridades educativas "
                "aceptaron poner a prueba orientaciones sobre ajustes razonables en algunos "
                "distritos. El panorama nacional siguió siendo desigual, con la mayoría de los "
                "indicadores todavía en ámbar. El semáforo dio a las OPD una base común de "
                "evidencia para su informe al siguiente examen.</p>"
            ),
            "why_it_worked": (
                "<p>Las propias personas con discapacidad definieron los indicadores y recogieron "
                "los datos, lo que dio credibilidad a las conclusiones y fortaleció capacidades "
                "en toda la red. Trabajar a nivel provincial conectó los compromisos del EPU con "
                "las autoridades que podían actuar, y el formato de semáforo hizo fácil de "
                "entender una realidad compleja.</p>"
            ),
            "challenges": (
                "<p>Viajar a los distritos remotos era caro y, para algunas personas monitoras, "
                "físicamente difícil, por lo que la muestra fue más pequeña de lo previsto. "
                "Algunas autoridades locales vieron las visitas como inspecciones y negaron el "
                "acceso. Producir formatos accesibles exigió más tiempo y dinero de lo previsto, "
                "y mantener alineadas a organizaciones muy diversas requirió una coordinación "
                "constante.</p>"
            ),
            "risks": (
                "<p>El riesgo de represalias era menor que en otros ámbitos, pero real: algunas "
                "OPD recibían fondos públicos y temían perderlos tras criticar a las autoridades "
                "locales. La red publicó los resultados provinciales con su nombre colectivo, "
                "evitó señalar a funcionarios concretos y dio a las autoridades la oportunidad de "
                "comentar antes de la publicación. Las personas monitoras llevaban una carta que "
                "explicaba el ejercicio, no se registraron datos personales de quienes se "
                "encontraban en las visitas y la red acordó cómo documentar y denunciar cualquier "
                "presión vinculada al semáforo.</p>"
            ),
            "replication": (
                "<ul><li>Deje que las personas con discapacidad elijan los indicadores y realicen "
                "ellas mismas el monitoreo.</li><li>Haga el monitoreo en el nivel de gobierno que "
                "realmente presta el servicio, no solo a escala nacional.</li><li>Presupueste "
                "desde el principio los formatos accesibles: lectura fácil, braille, lengua de "
                "señas y archivos digitales accesibles.</li><li>Use un semáforo sencillo, pero "
                "publique los datos de base para que otros puedan verificarlos.</li><li>Dé a las "
                "autoridades la oportunidad de responder antes de publicar: reduce las actitudes "
                "defensivas y los riesgos.</li></ul>"
            ),
        },
    },
    {
        "key": "a-mongolia-shelters-plenary-to-budget",
        "countries": ["MN"],
        "regions": [],
        "themes": ["womens-rights"],
        "stages": ["plenary-adoption", "implementation"],
        "tactics": ["parliamentary-engagement", "media-campaign"],
        "cycle": 3,
        "organisation": "Safe Homes Steppe Alliance",
        "recommendations": [
            {
                "recommending_state": "AU",
                "response": "supported",
                "action_category": 4,
                "text": {
                    "en": (
                        "Ensure adequate and sustained funding for shelters and one-stop service "
                        "centres for survivors of domestic and gender-based violence, including "
                        "in rural areas."
                    ),
                    "fr": (
                        "Garantir un financement suffisant et pérenne des foyers d'hébergement et "
                        "des centres de services intégrés pour les victimes de violence "
                        "domestique et fondée sur le genre, y compris en milieu rural."
                    ),
                    "es": (
                        "Garantizar una financiación suficiente y sostenida de los refugios y de "
                        "los centros de atención integral para sobrevivientes de violencia "
                        "doméstica y de género, incluso en las zonas rurales."
                    ),
                },
            },
            {
                "recommending_state": "RW",
                "response": "supported",
                "action_category": 5,
                "text": {
                    "en": (
                        "Establish a dedicated budget line in each province for the "
                        "implementation of the law on combating domestic violence."
                    ),
                    "fr": (
                        "Créer dans chaque province une ligne budgétaire spécifique consacrée à "
                        "la mise en œuvre de la loi sur la lutte contre la violence domestique."
                    ),
                    "es": (
                        "Establecer en cada provincia una partida presupuestaria específica para "
                        "la aplicación de la ley de lucha contra la violencia doméstica."
                    ),
                },
            },
        ],
        "en": {
            "title": (
                "From plenary adoption to the budget: funding shelters for survivors in Mongolia"
            ),
            "slug": "mongolia-gender-based-violence-shelters-budget-advocacy",
            "summary": (
                "An alliance of women's organisations turned the plenary adoption of Mongolia's "
                "UPR outcome into a national news story, then worked with members of parliament "
                "to turn supported recommendations into budget lines for shelters."
            ),
            "actors": (
                "Women's rights organisations and shelter providers, survivors' support groups, "
                "members of the parliamentary committees dealing with social policy and the "
                "budget, provincial governors' offices, journalists and the embassies of "
                "recommending States."
            ),
            "context": (
                "<p>During its third-cycle review, Mongolia supported recommendations to fund "
                "shelters and one-stop service centres for survivors of domestic violence, "
                "including one calling for a dedicated budget line in each province. Shelters "
                "outside the capital relied on short-term donor grants, and several had closed in "
                "winter when funding ran out. The alliance saw that the recommendations would "
                "only make a difference if they reached the annual budget process, and planned "
                "its advocacy around that calendar.</p>"
            ),
            "steps": [
                [
                    "Make the plenary adoption a national news story",
                    (
                        "<p>About three to four months after the review, on the day the Human "
                        "Rights Council adopted Mongolia's outcome in plenary, the alliance held "
                        "a press briefing in the capital. It explained in plain language which "
                        "recommendations the government had supported and what they would cost. "
                        "In Geneva, a partner organisation with ECOSOC status delivered a short "
                        "statement recalling the commitment to rural shelters.</p>"
                    ),
                ],
                [
                    "Put a price on the commitments",
                    (
                        "<p>In the following weeks, the alliance calculated the annual cost of "
                        "keeping one shelter open in each province, based on the running costs of "
                        "existing shelters. The figure turned out to be a very small share of the "
                        "social protection budget, and this comparison became the centre of its "
                        "message.</p>"
                    ),
                ],
                [
                    "Work with members of parliament before the budget debate",
                    (
                        "<p>The alliance briefed members of the committees dealing with social "
                        "policy and the budget before the draft budget was debated, with a "
                        "one-page note for each province containing local data. Several members "
                        "put questions to the ministry and proposed an amendment creating a "
                        "dedicated budget line.</p>"
                    ),
                ],
                [
                    "Keep the story alive with survivors' voices",
                    (
                        "<p>Throughout the budget period, the alliance ran a media campaign with "
                        "regional radio stations and online outlets, using anonymised testimonies "
                        "from survivors who had been turned away from closed shelters. "
                        "Journalists received a short guide on reporting on violence without "
                        "identifying survivors.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>That year's budget included a dedicated allocation for shelters in a first "
                "group of provinces, and two provincial governments added their own funds. The "
                "amounts were below the alliance's costing, and the allocation had to be defended "
                "again the following year. The alliance now reports every year, province by "
                "province, on progress against the supported recommendations.</p>"
            ),
            "why_it_worked": (
                "<p>The alliance connected an international moment, the plenary adoption, with a "
                "domestic decision, the budget, and supplied the missing piece: a credible cost. "
                "Provincial data gave members of parliament a reason to act for their own "
                "constituents, and the media campaign kept up pressure while the budget was being "
                "negotiated.</p>"
            ),
            "challenges": (
                "<p>The budget calendar left little time between the costing and the "
                "parliamentary debate. Some ministries argued that shelters were a provincial "
                "responsibility, while provinces said they had no funds. Media interest faded "
                "quickly after the plenary adoption, and keeping regional outlets engaged took "
                "sustained effort.</p>"
            ),
            "risks": (
                "<p>The main risks were to survivors and shelter staff, who could be targeted by "
                "abusers if their location or identity became known. The alliance never disclosed "
                "shelter addresses, used written or voice-altered testimonies, and obtained "
                "informed consent for every story. Staff who spoke publicly received training on "
                "online harassment and digital security, and the alliance agreed how it would "
                "document and report any intimidation linked to its UPR advocacy, including to "
                "OHCHR's reprisals focal point.</p>"
            ),
            "replication": (
                "<ul><li>Plan a national media moment for the day your country's outcome is "
                "adopted at the Human Rights Council plenary.</li><li>Put a price on the "
                "recommendation: a credible annual cost makes it easier for parliament to "
                "act.</li><li>Find out when the budget is drafted and debated, and brief members "
                "of parliament before that point.</li><li>Give each member of parliament data for "
                "their own constituency or province.</li><li>Protect survivors' identities in all "
                "campaign materials, and brief journalists before the campaign starts.</li></ul>"
            ),
        },
        "fr": {
            "title": (
                "De l'adoption en plénière au budget : financer les foyers pour les victimes en "
                "Mongolie"
            ),
            "slug": "mongolie-violences-fondees-genre-foyers-plaidoyer-budgetaire",
            "summary": (
                "Une alliance d'organisations de femmes a fait de l'adoption en plénière du "
                "document final de la Mongolie un événement médiatique, puis a aidé des "
                "parlementaires à traduire les recommandations acceptées en crédits pour les "
                "foyers."
            ),
            "actors": (
                "Des organisations de défense des droits des femmes et des gestionnaires de "
                "foyers, des groupes de soutien aux victimes, des membres des commissions "
                "parlementaires chargées des politiques sociales et du budget, les services des "
                "gouverneurs de province, des journalistes et les ambassades des États "
                "recommandants."
            ),
            "context": (
                "<p>Lors de son examen du troisième cycle, la Mongolie a accepté des "
                "recommandations visant à financer des foyers d'hébergement et des centres de "
                "services intégrés pour les victimes de violence domestique, dont l'une demandait "
                "une ligne budgétaire spécifique dans chaque province. Hors de la capitale, les "
                "foyers dépendaient de subventions de bailleurs à court terme, et plusieurs "
                "avaient fermé en hiver faute de fonds. L'alliance a compris que les "
                "recommandations n'auraient d'effet que si elles trouvaient leur place dans le "
                "processus budgétaire annuel, et a calé son plaidoyer sur ce calendrier.</p>"
            ),
            "steps": [
                [
                    "Faire de l'adoption en plénière un événement médiatique national",
                    (
                        "<p>Environ trois à quatre mois après l'examen, le jour où le Conseil des "
                        "droits de l'homme a adopté en plénière le document final de la Mongolie, "
                        "l'alliance a tenu un point de presse dans la capitale. Elle a expliqué "
                        "en termes simples quelles recommandations le gouvernement avait "
                        "acceptées et ce qu'elles coûteraient. À Genève, une organisation "
                        "partenaire dotée du statut consultatif auprès de l'ECOSOC a prononcé une "
                        "courte déclaration rappelant l'engagement en faveur des foyers en milieu "
                        "rural.</p>"
                    ),
                ],
                [
                    "Chiffrer les engagements",
                    (
                        "<p>Dans les semaines suivantes, l'alliance a calculé le coût annuel du "
                        "fonctionnement d'un foyer dans chaque province, à partir des dépenses "
                        "des foyers existants. Le montant s'est révélé représenter une part "
                        "infime du budget de la protection sociale, et cette comparaison est "
                        "devenue le cœur de son message.</p>"
                    ),
                ],
                [
                    "Travailler avec les parlementaires avant le débat budgétaire",
                    (
                        "<p>L'alliance a informé les membres des commissions chargées des "
                        "politiques sociales et du budget avant l'examen du projet de budget, en "
                        "remettant une note d'une page par province avec des données locales. "
                        "Plusieurs parlementaires ont interrogé le ministère et proposé un "
                        "amendement créant une ligne budgétaire spécifique.</p>"
                    ),
                ],
                [
                    "Entretenir l'attention grâce à la parole des victimes",
                    (
                        "<p>Pendant toute la période budgétaire, l'alliance a mené une campagne "
                        "médiatique avec des radios régionales et des médias en ligne, en "
                        "s'appuyant sur des témoignages anonymisés de femmes refoulées de foyers "
                        "fermés. Les journalistes ont reçu un court guide expliquant comment "
                        "traiter des violences sans permettre l'identification des victimes.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>Le budget de cette année-là comportait une dotation spécifique pour les "
                "foyers dans un premier groupe de provinces, et deux gouvernements provinciaux y "
                "ont ajouté leurs propres fonds. Les montants étaient inférieurs au chiffrage de "
                "l'alliance, et la dotation a dû être défendue à nouveau l'année suivante. "
                "L'alliance rend désormais compte chaque année, province par province, des "
                "progrès réalisés au regard des recommandations acceptées.</p>"
            ),
            "why_it_worked": (
                "<p>L'alliance a relié un moment international, l'adoption en plénière, à une "
                "décision nationale, le budget, et a fourni la pièce manquante : un coût "
                "crédible. Les données provinciales donnaient aux parlementaires une raison "
                "d'agir pour leurs propres électeurs, et la campagne médiatique a maintenu la "
                "pression pendant les négociations budgétaires.</p>"
            ),
            "challenges": (
                "<p>Le calendrier budgétaire laissait peu de temps entre le chiffrage et le débat "
                "parlementaire. Certains ministères soutenaient que les foyers relevaient des "
                "provinces, tandis que les provinces affirmaient manquer de fonds. L'intérêt des "
                "médias est vite retombé après l'adoption en plénière, et il a fallu un effort "
                "soutenu pour garder les médias régionaux mobilisés.</p>"
            ),
            "risks": (
                "<p>Les principaux risques concernaient les victimes et le personnel des foyers, "
                "qui pouvaient être pris pour cible par les auteurs de violences si leur "
                "localisation ou leur identité était connue. L'alliance n'a jamais divulgué "
                "l'adresse des foyers, a utilisé des témoignages écrits ou à voix modifiée et a "
                "obtenu un consentement éclairé pour chaque récit. Le personnel amené à "
                "s'exprimer publiquement a été formé au harcèlement en ligne et à la sécurité "
                "numérique, et l'alliance a convenu de la manière de documenter et de signaler "
                "toute intimidation liée à son plaidoyer dans le cadre de l'EPU, y compris au "
                "point focal du HCDH chargé des représailles.</p>"
            ),
            "replication": (
                "<ul><li>Prévoyez un temps fort médiatique national le jour où le document final "
                "de votre pays est adopté en plénière du Conseil des droits de "
                "l'homme.</li><li>Chiffrez la recommandation : un coût annuel crédible aide le "
                "Parlement à agir.</li><li>Renseignez-vous sur le calendrier d'élaboration et "
                "d'examen du budget, et informez les parlementaires avant ces "
                "échéances.</li><li>Fournissez à chaque parlementaire des données sur sa propre "
                "circonscription ou province.</li><li>Protégez l'identité des victimes dans tous "
                "les supports de campagne, et informez les journalistes avant le lancement de la "
                "campagne.</li></ul>"
            ),
        },
        "es": {
            "title": "De la aprobación en el pleno al presupuesto: financiar refugios en Mongolia",
            "slug": "mongolia-violencia-de-genero-refugios-incidencia-presupuestaria",
            "summary": (
                "Una alianza de organizaciones de mujeres convirtió la aprobación en el pleno del "
                "resultado del EPU de Mongolia en noticia nacional y luego ayudó a parlamentarios "
                "a traducir las recomendaciones apoyadas en partidas para refugios."
            ),
            "actors": (
                "Organizaciones de derechos de las mujeres y gestoras de refugios, grupos de "
                "apoyo a sobrevivientes, miembros de las comisiones parlamentarias de política "
                "social y de presupuesto, las oficinas de los gobernadores provinciales, "
                "periodistas y las embajadas de los Estados recomendantes."
            ),
            "context": (
                "<p>En su examen del tercer ciclo, Mongolia apoyó recomendaciones para financiar "
                "refugios y centros de atención integral para sobrevivientes de violencia "
                "doméstica, entre ellas una que pedía una partida presupuestaria específica en "
                "cada provincia. Fuera de la capital, los refugios dependían de subvenciones de "
                "donantes a corto plazo, y varios habían cerrado en invierno al agotarse los "
                "fondos. La alianza entendió que las recomendaciones solo marcarían la diferencia "
                "si llegaban al proceso presupuestario anual, y organizó su incidencia en torno a "
                "ese calendario.</p>"
            ),
            "steps": [
                [
                    "Convertir la aprobación en el pleno en noticia nacional",
                    (
                        "<p>Unos tres o cuatro meses después del examen, el día en que el Consejo "
                        "de Derechos Humanos aprobó en el pleno el resultado del examen de "
                        "Mongolia, la alianza ofreció una rueda de prensa en la capital. Explicó "
                        "en lenguaje sencillo qué recomendaciones había apoyado el gobierno y "
                        "cuánto costarían. En Ginebra, una organización aliada con estatus "
                        "consultivo ante el ECOSOC pronunció una breve declaración que recordaba "
                        "el compromiso con los refugios rurales.</p>"
                    ),
                ],
                [
                    "Ponerles precio a los compromisos",
                    (
                        "<p>En las semanas siguientes, la alianza calculó el costo anual de "
                        "mantener abierto un refugio en cada provincia, a partir de los gastos de "
                        "funcionamiento de los refugios existentes. La cifra resultó ser una "
                        "parte muy pequeña del presupuesto de protección social, y esa "
                        "comparación pasó a ser el eje de su mensaje.</p>"
                    ),
                ],
                [
                    "Trabajar con parlamentarios antes del debate presupuestario",
                    (
                        "<p>La alianza informó a los miembros de las comisiones de política "
                        "social y de presupuesto antes de que se debatiera el proyecto de "
                        "presupuesto, con una nota de una página por provincia con datos locales. "
                        "Varios parlamentarios formularon preguntas al ministerio y propusieron "
                        "una enmienda para crear una partida específica.</p>"
                    ),
                ],
                [
                    "Mantener viva la noticia con la voz de las sobrevivientes",
                    (
                        "<p>Durante todo el periodo presupuestario, la alianza llevó a cabo una "
                        "campaña en medios con radios regionales y medios digitales, basada en "
                        "testimonios anonimizados de sobrevivientes que no habían encontrado "
                        "plaza por el cierre de refugios. Las y los periodistas recibieron una "
                        "breve guía sobre cómo informar sobre la violencia sin identificar a las "
                        "sobrevivientes.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>El presupuesto de ese año incluyó una asignación específica para refugios en "
                "un primer grupo de provincias, y dos gobiernos provinciales añadieron fondos "
                "propios. Los montos quedaron por debajo del costeo de la alianza, y la "
                "asignación tuvo que defenderse de nuevo al año siguiente. La alianza informa "
                "ahora cada año, provincia por provincia, sobre los avances respecto de las "
                "recomendaciones apoyadas.</p>"
            ),
            "why_it_worked": (
                "<p>La alianza conectó un momento internacional, la aprobación en el pleno, con "
                "una decisión nacional, el presupuesto, y aportó la pieza que faltaba: un costo "
                "creíble. Los datos provinciales dieron a los parlamentarios un motivo para "
                "actuar en favor de su propio electorado, y la campaña en medios mantuvo la "
                "presión mientras se negociaba el presupuesto.</p>"
            ),
            "challenges": (
                "<p>El calendario presupuestario dejaba poco tiempo entre el costeo y el debate "
                "parlamentario. Algunos ministerios sostenían que los refugios eran competencia "
                "provincial, mientras que las provincias decían no tener fondos. El interés de "
                "los medios decayó rápidamente tras la aprobación en el pleno, y mantener el "
                "compromiso de los medios regionales exigió un esfuerzo sostenido.</p>"
            ),
            "risks": (
                "<p>Los principales riesgos afectaban a las sobrevivientes y al personal de los "
                "refugios, que podían ser blanco de los agresores si se conocía su ubicación o "
                "identidad. La alianza nunca reveló la dirección de los refugios, usó testimonios "
                "escritos o con voz distorsionada y obtuvo consentimiento informado para cada "
                "historia. El personal que hablaba en público recibió formación sobre acoso en "
                "línea y seguridad digital, y la alianza acordó cómo documentar y denunciar "
                "cualquier intimidación vinculada a su incidencia en el EPU, incluso ante el "
                "punto focal del ACNUDH sobre represalias.</p>"
            ),
            "replication": (
                "<ul><li>Planifique un momento mediático nacional para el día en que el resultado "
                "del examen de su país se apruebe en el pleno del Consejo de Derechos "
                "Humanos.</li><li>Ponga precio a la recomendación: un costo anual creíble "
                "facilita que el parlamento actúe.</li><li>Averigüe cuándo se elabora y se debate "
                "el presupuesto, e informe a los parlamentarios antes de esas fechas.</li><li>Dé "
                "a cada parlamentario datos de su propia circunscripción o "
                "provincia.</li><li>Proteja la identidad de las sobrevivientes en todos los "
                "materiales de campaña, e informe a las y los periodistas antes de que empiece la "
                "campaña.</li></ul>"
            ),
        },
    },
    {
        "key": "a-zambia-gbv-response-window",
        "countries": ["ZM"],
        "regions": [],
        "themes": ["womens-rights", "justice-rule-of-law"],
        "stages": ["responses", "plenary-adoption"],
        "tactics": ["dialogue-government", "embassy-engagement"],
        "cycle": 4,
        "organisation": None,
        "recommendations": [
            {
                "recommending_state": "BW",
                "response": "supported",
                "action_category": 4,
                "text": {
                    "en": (
                        "Take measures to extend gender-based violence fast-track courts to all "
                        "provinces and ensure that they have adequate resources."
                    ),
                    "fr": (
                        "Prendre des mesures pour étendre à toutes les provinces les tribunaux à "
                        "procédure accélérée chargés des violences fondées sur le genre et "
                        "veiller à ce qu'ils disposent de ressources suffisantes."
                    ),
                    "es": (
                        "Adoptar medidas para extender a todas las provincias los tribunales de "
                        "vía rápida especializados en violencia de género y garantizar que "
                        "cuenten con recursos suficientes."
                    ),
                },
            },
            {
                "recommending_state": "IE",
                "response": "noted",
                "action_category": 5,
                "text": {
                    "en": "Amend the Penal Code to criminalise marital rape explicitly.",
                    "fr": (
                        "Modifier le Code pénal afin d'ériger expressément le viol conjugal en "
                        "infraction."
                    ),
                    "es": (
                        "Modificar el Código Penal para tipificar expresamente como delito la "
                        "violación en el matrimonio."
                    ),
                },
            },
        ],
        "en": {
            "title": "Using the window before the addendum on gender-based violence in Zambia",
            "slug": "zambia-gender-based-violence-recommendations-response-window",
            "summary": (
                "Women's rights groups used the weeks before the addendum to secure support for a "
                "recommendation on specialised courts and to obtain a written explanation for a "
                "noted one on marital rape, which they then built on."
            ),
            "actors": (
                "Women's rights and legal aid organisations, the officials coordinating the UPR "
                "responses, the Ministry of Justice, the judiciary's gender focal point, the "
                "NHRI, an ECOSOC-accredited regional NGO and the embassies of recommending States."
            ),
            "context": (
                "<p>At Zambia's fourth-cycle review, several States made recommendations on "
                "gender-based violence. Some were easy for the government to support; others, "
                "such as explicitly criminalising marital rape, touched on contested questions of "
                "law and custom. The government had to settle its position on all of them in the "
                "addendum before the adoption at the Human Rights Council plenary. A group of "
                "women's organisations, most of which preferred not to be named, decided to "
                "engage during that short window.</p>"
            ),
            "steps": [
                [
                    "Prepare a response brief for each recommendation",
                    (
                        "<p>Within a week of the review, the group drafted a two-page brief for "
                        "each recommendation on gender-based violence: what it meant in practice, "
                        "which existing laws and policies it built on, and what supporting it "
                        "would commit the government to. The briefs went to the officials "
                        "coordinating the responses and to the Ministry of Justice.</p>"
                    ),
                ],
                [
                    "Ask for a technical meeting, not a public debate",
                    (
                        "<p>The group requested a technical meeting with the officials drafting "
                        "the addendum. On the fast-track courts, it shared data on case backlogs "
                        "in provinces without specialised courts. On marital rape, it "
                        "acknowledged the government's concerns and asked that, if the "
                        "recommendation was noted, the addendum at least explain why and refer to "
                        "the ongoing review of the Penal Code.</p>"
                    ),
                ],
                [
                    "Brief recommending embassies in the capital",
                    (
                        "<p>In parallel, the group met the embassies of the States that had made "
                        "the two recommendations. It asked them to signal in their bilateral "
                        "contacts that they were ready to support implementation of the "
                        "recommendation on courts, for example through training for magistrates, "
                        "rather than to apply public pressure.</p>"
                    ),
                ],
                [
                    "Speak at the plenary and plan the follow-up",
                    (
                        "<p>When the Human Rights Council adopted the outcome, about four months "
                        "after the review, an ECOSOC-accredited regional NGO delivered a short "
                        "statement on the group's behalf, welcoming support for the "
                        "recommendation on courts and regretting that the one on marital rape had "
                        "been noted, while recalling the government's own explanation. The group "
                        "then used that explanation as the starting point for its advocacy in the "
                        "Penal Code review.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>The recommendation on fast-track courts was supported, and the Ministry of "
                "Justice agreed to include their expansion in its implementation plan. The "
                "recommendation on marital rape was noted, but the addendum referred to the "
                "ongoing law review, which gave the group a documented opening to take part in "
                "it. Relations with the officials responsible for the addendum improved, and the "
                "group was invited to national consultations on UPR follow-up.</p>"
            ),
            "why_it_worked": (
                "<p>The group engaged at the very moment when positions were being decided and "
                "made it easy for officials to say yes where they could. By not taking an "
                "all-or-nothing approach, it secured one supported recommendation and a useful "
                "written explanation for the noted one, instead of a silent rejection.</p>"
            ),
            "challenges": (
                "<p>The window was short, and the group had to work without knowing which "
                "officials would take the final decision. Public debate on marital rape was "
                "polarised, and some allies feared that raising it would jeopardise support for "
                "the other recommendations. A statement at the plenary adoption required a "
                "partner with ECOSOC status, which the group found only at the last minute.</p>"
            ),
            "risks": (
                "<p>Women's rights activists had faced hostile comments in the media and on "
                "social networks, particularly on marital rape. Most organisations in the group "
                "chose to remain anonymous and let one established legal aid organisation carry "
                "the public messages. Meetings with officials took place at government premises "
                "during office hours, always with two members present, and the group agreed that "
                "any intimidation linked to its UPR engagement would be documented and reported "
                "to the NHRI and to OHCHR's reprisals focal point.</p>"
            ),
            "replication": (
                "<ul><li>Prepare a short brief for each pending recommendation within a week of "
                "the review.</li><li>Ask for a technical meeting with the officials who draft the "
                "addendum, not a public debate.</li><li>Where support is unlikely, ask that the "
                "noted response explain its reasons: an explanation is something to build "
                "on.</li><li>Ask embassies to offer concrete implementation support privately "
                "rather than to apply public pressure.</li><li>Line up a partner with ECOSOC "
                "status early if you want a statement at the plenary adoption.</li></ul>"
            ),
        },
        "fr": {
            "title": "Agir avant l'additif sur les violences fondées sur le genre en Zambie",
            "slug": "zambie-violences-fondees-genre-recommandations-fenetre-reponses",
            "summary": (
                "Des associations de femmes ont profité des semaines précédant l'additif pour "
                "faire accepter une recommandation sur les tribunaux spécialisés et obtenir une "
                "explication écrite sur celle dont il a été pris note, relative au viol conjugal."
            ),
            "actors": (
                "Des organisations de défense des droits des femmes et d'aide juridique, les "
                "responsables chargés de coordonner les réponses à l'EPU, le ministère de la "
                "Justice, le point focal genre de l'appareil judiciaire, l'INDH, une ONG "
                "régionale dotée du statut consultatif auprès de l'ECOSOC et les ambassades des "
                "États recommandants."
            ),
            "context": (
                "<p>Lors de l'examen de la Zambie au quatrième cycle, plusieurs États ont formulé "
                "des recommandations sur les violences fondées sur le genre. Certaines étaient "
                "faciles à accepter pour le gouvernement ; d'autres, comme l'incrimination "
                "expresse du viol conjugal, touchaient à des questions de droit et de coutume "
                "controversées. Le gouvernement devait arrêter sa position sur chacune d'elles "
                "dans l'additif avant l'adoption en plénière du Conseil des droits de l'homme. Un "
                "groupe d'organisations de femmes, dont la plupart préféraient rester anonymes, a "
                "décidé d'agir pendant cette courte fenêtre.</p>"
            ),
            "steps": [
                [
                    "Préparer une note de réponse pour chaque recommandation",
                    (
                        "<p>Dans la semaine suivant l'examen, le groupe a rédigé une note de deux "
                        "pages pour chaque recommandation relative aux violences fondées sur le "
                        "genre : sa portée concrète, les lois et politiques existantes sur "
                        "lesquelles elle s'appuyait et ce à quoi son acceptation engagerait le "
                        "gouvernement. Les notes ont été transmises aux responsables chargés de "
                        "coordonner les réponses et au ministère de la Justice.</p>"
                    ),
                ],
                [
                    "Demander une réunion technique plutôt qu'un débat public",
                    (
                        "<p>Le groupe a sollicité une réunion technique avec les responsables qui "
                        "rédigeaient l'additif. Sur les tribunaux à procédure accélérée, il a "
                        "présenté des données sur l'accumulation des affaires dans les provinces "
                        "qui en étaient dépourvues. Sur le viol conjugal, il a pris acte des "
                        "réserves du gouvernement et demandé que, s'il était pris note de la "
                        "recommandation, l'additif en explique au moins les raisons et mentionne "
                        "la révision en cours du Code pénal.</p>"
                    ),
                ],
                [
                    "Informer les ambassades des États recommandants dans la capitale",
                    (
                        "<p>Parallèlement, le groupe a rencontré les ambassades des États auteurs "
                        "des deux recommandations. Il leur a demandé d'indiquer, dans leurs "
                        "échanges bilatéraux, qu'ils étaient prêts à soutenir la mise en œuvre de "
                        "la recommandation sur les tribunaux, par exemple par la formation des "
                        "magistrats, plutôt que d'exercer une pression publique.</p>"
                    ),
                ],
                [
                    "Intervenir en plénière et préparer le suivi",
                    (
                        "<p>Lorsque le Conseil des droits de l'homme a adopté le document final, "
                        "environ quatre mois après l'examen, une ONG régionale dotée du statut "
                        "consultatif a prononcé une courte déclaration au nom du groupe : elle "
                        "saluait l'acceptation de la recommandation sur les tribunaux et "
                        "regrettait qu'il ait seulement été pris note de celle sur le viol "
                        "conjugal, tout en rappelant l'explication fournie par le gouvernement. "
                        "Le groupe a ensuite pris cette explication comme point de départ de son "
                        "plaidoyer dans le cadre de la révision du Code pénal.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>La recommandation sur les tribunaux à procédure accélérée a été acceptée, et "
                "le ministère de la Justice s'est engagé à inscrire leur extension dans son plan "
                "de mise en œuvre. Il a été pris note de la recommandation sur le viol conjugal, "
                "mais l'additif mentionnait la révision législative en cours, ce qui a donné au "
                "groupe une porte d'entrée documentée pour y participer. Les relations avec les "
                "responsables de l'additif se sont améliorées, et le groupe a été invité aux "
                "consultations nationales sur le suivi de l'EPU.</p>"
            ),
            "why_it_worked": (
                "<p>Le groupe est intervenu au moment précis où les positions se décidaient et a "
                "facilité une réponse positive là où elle était possible. En refusant la logique "
                "du tout ou rien, il a obtenu une recommandation acceptée et, pour celle dont il "
                "a été pris note, une explication écrite exploitable plutôt qu'un refus muet.</p>"
            ),
            "challenges": (
                "<p>La fenêtre était courte, et le groupe a dû agir sans savoir quels "
                "responsables prendraient la décision finale. Le débat public sur le viol "
                "conjugal était polarisé, et certains alliés craignaient qu'aborder le sujet "
                "compromette l'acceptation des autres recommandations. Intervenir lors de "
                "l'adoption en plénière exigeait un partenaire doté du statut consultatif auprès "
                "de l'ECOSOC, que le groupe n'a trouvé qu'à la dernière minute.</p>"
            ),
            "risks": (
                "<p>Des militantes des droits des femmes avaient déjà essuyé des commentaires "
                "hostiles dans les médias et sur les réseaux sociaux, notamment au sujet du viol "
                "conjugal. La plupart des organisations du groupe ont choisi de rester anonymes "
                "et de laisser une organisation d'aide juridique reconnue porter les messages "
                "publics. Les réunions avec les responsables se tenaient dans des locaux "
                "officiels aux heures de bureau, toujours en présence de deux membres, et le "
                "groupe est convenu que toute intimidation liée à son engagement dans l'EPU "
                "serait documentée et signalée à l'INDH et au point focal du HCDH chargé des "
                "représailles.</p>"
            ),
            "replication": (
                "<ul><li>Préparez une courte note pour chaque recommandation en attente de "
                "réponse dans la semaine qui suit l'examen.</li><li>Demandez une réunion "
                "technique avec les responsables qui rédigent l'additif plutôt qu'un débat "
                "public.</li><li>Si une acceptation est peu probable, demandez que la prise de "
                "note soit motivée : une explication est un point d'appui.</li><li>Demandez aux "
                "ambassades de proposer en privé un soutien concret à la mise en œuvre plutôt que "
                "d'exercer une pression publique.</li><li>Trouvez tôt un partenaire doté du "
                "statut consultatif auprès de l'ECOSOC si vous souhaitez une déclaration lors de "
                "l'adoption en plénière.</li></ul>"
            ),
        },
        "es": {
            "title": (
                "Aprovechar la ventana antes de la adición sobre violencia de género en Zambia"
            ),
            "slug": "zambia-violencia-de-genero-recomendaciones-ventana-respuestas",
            "summary": (
                "Organizaciones de mujeres aprovecharon las semanas previas a la adición para "
                "lograr apoyo a una recomendación sobre tribunales especializados y una "
                "explicación escrita sobre otra, de la que se tomó nota, sobre la violación "
                "conyugal."
            ),
            "actors": (
                "Organizaciones de derechos de las mujeres y de asistencia jurídica, el equipo "
                "que coordinaba las respuestas al EPU, el Ministerio de Justicia, el punto focal "
                "de género del poder judicial, la INDH, una ONG regional con estatus consultivo "
                "ante el ECOSOC y las embajadas de los Estados recomendantes."
            ),
            "context": (
                "<p>En el examen de Zambia del cuarto ciclo, varios Estados formularon "
                "recomendaciones sobre violencia de género. Algunas eran fáciles de apoyar para "
                "el gobierno; otras, como tipificar expresamente la violación en el matrimonio, "
                "tocaban cuestiones jurídicas y consuetudinarias controvertidas. El gobierno "
                "debía fijar su posición sobre todas ellas en la adición antes de la aprobación "
                "en el pleno del Consejo de Derechos Humanos. Un grupo de organizaciones de "
                "mujeres, la mayoría de las cuales prefería no aparecer con su nombre, decidió "
                "intervenir en esa breve ventana.</p>"
            ),
            "steps": [
                [
                    "Preparar una nota de respuesta para cada recomendación",
                    (
                        "<p>En la semana siguiente al examen, el grupo redactó una nota de dos "
                        "páginas para cada recomendación sobre violencia de género: qué implicaba "
                        "en la práctica, en qué leyes y políticas existentes se apoyaba y a qué "
                        "comprometería al gobierno apoyarla. Las notas se enviaron al equipo que "
                        "coordinaba las respuestas y al Ministerio de Justicia.</p>"
                    ),
                ],
                [
                    "Pedir una reunión técnica, no un debate público",
                    (
                        "<p>El grupo solicitó una reunión técnica con quienes redactaban la "
                        "adición. Sobre los tribunales de vía rápida, compartió datos sobre el "
                        "rezago de causas en las provincias que no contaban con ellos. Sobre la "
                        "violación en el matrimonio, reconoció las reservas del gobierno y pidió "
                        "que, si se tomaba nota de la recomendación, la adición al menos "
                        "explicara los motivos y mencionara la revisión en curso del Código "
                        "Penal.</p>"
                    ),
                ],
                [
                    "Informar a las embajadas recomendantes en la capital",
                    (
                        "<p>Al mismo tiempo, el grupo se reunió con las embajadas de los Estados "
                        "que habían formulado las dos recomendaciones. Les pidió que indicaran en "
                        "sus contactos bilaterales su disposición a apoyar la implementación de "
                        "la recomendación sobre los tribunales, por ejemplo con capacitación para "
                        "magistrados, en lugar de ejercer presión pública.</p>"
                    ),
                ],
                [
                    "Intervenir en el pleno y planificar el seguimiento",
                    (
                        "<p>Cuando el Consejo de Derechos Humanos aprobó el resultado del examen, "
                        "unos cuatro meses después de este, una ONG regional con estatus "
                        "consultivo pronunció una breve declaración en nombre del grupo: "
                        "celebraba el apoyo a la recomendación sobre los tribunales y lamentaba "
                        "que solo se hubiera tomado nota de la relativa a la violación en el "
                        "matrimonio, recordando la explicación del propio gobierno. El grupo usó "
                        "después esa explicación como punto de partida de su incidencia en la "
                        "revisión del Código Penal.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>La recomendación sobre los tribunales de vía rápida fue apoyada, y el "
                "Ministerio de Justicia aceptó incluir su ampliación en su plan de "
                "implementación. Se tomó nota de la recomendación sobre la violación en el "
                "matrimonio, pero la adición mencionaba la revisión legislativa en curso, lo que "
                "dio al grupo una puerta de entrada documentada para participar en ella. Mejoró "
                "la relación con los funcionarios responsables de la adición, y el grupo fue "
                "invitado a las consultas nacionales sobre el seguimiento del EPU.</p>"
            ),
            "why_it_worked": (
                "<p>El grupo intervino justo cuando se estaban decidiendo las posiciones y "
                "facilitó que las autoridades dijeran que sí donde podían hacerlo. Al no plantear "
                "un todo o nada, consiguió una recomendación apoyada y, para la otra, una "
                "explicación escrita útil en lugar de un rechazo silencioso.</p>"
            ),
            "challenges": (
                "<p>La ventana era corta, y el grupo tuvo que trabajar sin saber qué funcionarios "
                "tomarían la decisión final. El debate público sobre la violación en el "
                "matrimonio estaba polarizado, y algunas organizaciones aliadas temían que "
                "plantearlo pusiera en riesgo el apoyo a las demás recomendaciones. Intervenir en "
                "la aprobación en el pleno exigía una organización aliada con estatus consultivo "
                "ante el ECOSOC, que el grupo encontró a última hora.</p>"
            ),
            "risks": (
                "<p>Activistas por los derechos de las mujeres habían recibido comentarios "
                "hostiles en los medios y en las redes sociales, sobre todo en relación con la "
                "violación en el matrimonio. La mayoría de las organizaciones del grupo optó por "
                "el anonimato y dejó que una organización de asistencia jurídica consolidada "
                "llevara los mensajes públicos. Las reuniones con autoridades se celebraban en "
                "dependencias oficiales y en horario laboral, siempre con dos integrantes "
                "presentes, y el grupo acordó documentar y comunicar a la INDH y al punto focal "
                "del ACNUDH sobre represalias cualquier intimidación vinculada a su participación "
                "en el EPU.</p>"
            ),
            "replication": (
                "<ul><li>Prepare una nota breve para cada recomendación pendiente de respuesta en "
                "la semana siguiente al examen.</li><li>Pida una reunión técnica con quienes "
                "redactan la adición, no un debate público.</li><li>Si el apoyo es poco probable, "
                "pida que se expliquen los motivos por los que se toma nota: una explicación es "
                "un punto de apoyo.</li><li>Pida a las embajadas que ofrezcan en privado apoyo "
                "concreto a la implementación en lugar de ejercer presión "
                "pública.</li><li>Asegúrese pronto una organización aliada con estatus consultivo "
                "ante el ECOSOC si quiere una declaración en la aprobación en el pleno.</li></ul>"
            ),
        },
    },
    {
        "key": "a-senegal-talibe-children-mid-term-follow-up",
        "countries": ["SN"],
        "regions": [],
        "themes": ["rights-of-the-child", "trafficking"],
        "stages": ["implementation", "mid-term-reporting", "follow-up"],
        "tactics": ["monitoring-reporting", "coalition-building", "embassy-engagement"],
        "cycle": 3,
        "organisation": "Collectif Aube pour l'Enfance",
        "recommendations": [
            {
                "recommending_state": "UY",
                "response": "supported",
                "action_category": 4,
                "text": {
                    "en": (
                        "Take measures to end the forced begging of children, including by "
                        "enforcing existing legislation and supporting Koranic schools that "
                        "provide quality education in safe conditions."
                    ),
                    "fr": (
                        "Prendre des mesures pour mettre fin à la mendicité forcée des enfants, "
                        "notamment en appliquant la législation en vigueur et en soutenant les "
                        "écoles coraniques qui offrent un enseignement de qualité dans des "
                        "conditions sûres."
                    ),
                    "es": (
                        "Adoptar medidas para poner fin a la mendicidad forzada de niños y niñas, "
                        "en particular aplicando la legislación vigente y apoyando a las escuelas "
                        "coránicas que ofrecen una educación de calidad en condiciones seguras."
                    ),
                },
            },
            {
                "recommending_state": "PT",
                "response": "supported",
                "action_category": 5,
                "text": {
                    "en": (
                        "Adopt the legal framework regulating Koranic schools, including minimum "
                        "standards for their operation and inspection."
                    ),
                    "fr": (
                        "Adopter le cadre juridique régissant les écoles coraniques, y compris "
                        "des normes minimales de fonctionnement et d'inspection."
                    ),
                    "es": (
                        "Aprobar el marco jurídico que regula las escuelas coránicas, incluidas "
                        "normas mínimas de funcionamiento e inspección."
                    ),
                },
            },
        ],
        "en": {
            "title": (
                "Counting children forced to beg: mid-term monitoring and follow-up in Senegal"
            ),
            "slug": "senegal-talibe-children-forced-begging-mid-term-monitoring",
            "summary": (
                "A collective of child rights organisations and Koranic teachers ran a yearly "
                "street count of children begging, published a stakeholder mid-term report and "
                "used it to shape more precise recommendations in the next cycle."
            ),
            "actors": (
                "Child rights NGOs, Koranic teachers and their associations, religious and "
                "community leaders, the ministry responsible for child protection, the OHCHR "
                "regional office and the embassies of recommending States."
            ),
            "context": (
                "<p>At its third-cycle review, Senegal supported recommendations to end the "
                "forced begging of children, many of them talibé pupils of Koranic schools "
                "(daaras), and to adopt a legal framework regulating these schools. The law "
                "already prohibited forcing children to beg, but it was rarely enforced, and "
                "public debate easily became polarised between defenders of religious education "
                "and child protection advocates. The collective wanted reliable figures that all "
                "sides could accept, and a way of working that included Koranic teachers rather "
                "than targeting them.</p>"
            ),
            "steps": [
                [
                    "Build a coalition that includes Koranic teachers",
                    (
                        "<p>Shortly after the plenary adoption, the collective invited "
                        "associations of Koranic teachers and respected religious leaders to help "
                        "design the monitoring. Together they agreed that the aim was to protect "
                        "children and support daaras that respect their rights, not to stigmatise "
                        "Koranic education. This framing shaped every later publication.</p>"
                    ),
                ],
                [
                    "Run the same street count every year",
                    (
                        "<p>Each year, on the same days and at the same times, trained volunteer "
                        "teams counted children begging at agreed locations in three cities, "
                        "using a standard form that recorded approximate age and whether an adult "
                        "was supervising. No names or photographs were taken. Repeating exactly "
                        "the same method made changes over time credible.</p>"
                    ),
                ],
                [
                    "Publish a stakeholder mid-term report",
                    (
                        "<p>About two and a half years after the review, the collective published "
                        "a short mid-term report combining the counts with information on "
                        "prosecutions, the status of the draft legal framework and support "
                        "provided to daaras. It rated each supported recommendation, shared a "
                        "draft with the ministry responsible for child protection, and presented "
                        "the final version at a meeting with the OHCHR regional office and "
                        "recommending embassies.</p>"
                    ),
                ],
                [
                    "Feed the findings into the next cycle",
                    (
                        "<p>In its stakeholder submission for the fourth cycle, sent about seven "
                        "months before the review, the collective proposed SMART recommendations, "
                        "such as adopting the legal framework within a set period and publishing "
                        "annual data on prosecutions for forced begging. It briefed the embassies "
                        "of recommending States in Dakar in the following months and shared "
                        "suggested wording.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>The counts showed a modest decrease in one city and no clear change in the "
                "other two, which kept the debate grounded in evidence. The ministry used the "
                "collective's figures in its own planning, and several States drew on the "
                "proposed wording in the next review. The legal framework for Koranic schools was "
                "still pending, and the collective continues to track it as its main "
                "indicator.</p>"
            ),
            "why_it_worked": (
                "<p>Involving Koranic teachers from the start turned potential opponents into "
                "co-owners of the data and protected the collective from accusations of attacking "
                "religion. A simple, repeatable method produced figures that were hard to "
                "dispute, and the mid-term report gave recommending States a concrete basis for "
                "follow-up.</p>"
            ),
            "challenges": (
                "<p>Volunteer teams were hard to keep together from one year to the next, and the "
                "counts were affected by seasonal movements of children. Some teachers' "
                "associations withdrew when media coverage became accusatory. Data on "
                "prosecutions were difficult to obtain and often incomplete.</p>"
            ),
            "risks": (
                "<p>Volunteers counting in the street were sometimes confronted by adults "
                "supervising the children, and public criticism of daaras could provoke hostility "
                "towards the collective. Teams worked in pairs, wore no identifying material and "
                "withdrew at the first sign of tension. The collective agreed joint messages with "
                "religious leaders before each publication and avoided naming individual schools. "
                "It also set up a procedure for documenting threats and, with the consent of "
                "those concerned, reporting them to the OHCHR regional office and OHCHR's "
                "reprisals focal point.</p>"
            ),
            "replication": (
                "<ul><li>Invite those who may feel targeted by your advocacy to help design the "
                "monitoring.</li><li>Use the same method, dates and locations every year so that "
                "trends are credible.</li><li>Never collect names or images of children: count, "
                "do not identify.</li><li>Share your mid-term assessment in draft with the "
                "responsible ministry before publishing it.</li><li>Turn mid-term findings into "
                "SMART recommendations for the next cycle and share the wording with embassies "
                "early.</li></ul>"
            ),
        },
        "fr": {
            "title": "Compter les enfants contraints à mendier : suivi à mi-parcours au Sénégal",
            "slug": "senegal-enfants-talibes-mendicite-forcee-suivi-mi-parcours",
            "summary": (
                "Un collectif d'ONG de défense de l'enfance et de maîtres coraniques a compté "
                "chaque année les enfants mendiants, publié un rapport à mi-parcours et s'en est "
                "servi pour proposer des recommandations plus précises au cycle suivant."
            ),
            "actors": (
                "Des ONG de défense des droits de l'enfant, des maîtres coraniques et leurs "
                "associations, des chefs religieux et communautaires, le ministère chargé de la "
                "protection de l'enfance, le bureau régional du HCDH et les ambassades des États "
                "recommandants."
            ),
            "context": (
                "<p>Lors de son examen du troisième cycle, le Sénégal a accepté des "
                "recommandations visant à mettre fin à la mendicité forcée des enfants, dont "
                "beaucoup sont des talibés scolarisés dans des écoles coraniques (daaras), et à "
                "adopter un cadre juridique régissant ces écoles. La loi interdisait déjà de "
                "contraindre des enfants à mendier, mais elle était rarement appliquée, et le "
                "débat public se polarisait facilement entre défenseurs de l'enseignement "
                "religieux et acteurs de la protection de l'enfance. Le collectif voulait des "
                "chiffres fiables acceptables par tous, et une méthode de travail qui associe les "
                "maîtres coraniques au lieu de les viser.</p>"
            ),
            "steps": [
                [
                    "Bâtir une coalition qui associe les maîtres coraniques",
                    (
                        "<p>Peu après l'adoption en plénière, le collectif a invité des "
                        "associations de maîtres coraniques et des chefs religieux respectés à "
                        "concevoir le suivi avec lui. Ensemble, ils sont convenus que l'objectif "
                        "était de protéger les enfants et de soutenir les daaras respectueux de "
                        "leurs droits, et non de stigmatiser l'enseignement coranique. Ce cadrage "
                        "a guidé toutes les publications ultérieures.</p>"
                    ),
                ],
                [
                    "Refaire chaque année le même comptage dans la rue",
                    (
                        "<p>Chaque année, aux mêmes dates et aux mêmes heures, des équipes de "
                        "bénévoles formés ont compté les enfants mendiants sur des sites convenus "
                        "dans trois villes, à l'aide d'un formulaire type indiquant l'âge "
                        "approximatif et la présence éventuelle d'un adulte. Aucun nom ni aucune "
                        "photographie n'était recueilli. La reprise de la même méthode rendait "
                        "crédibles les évolutions observées.</p>"
                    ),
                ],
                [
                    "Publier un rapport à mi-parcours des parties prenantes",
                    (
                        "<p>Environ deux ans et demi après l'examen, le collectif a publié un "
                        "court rapport à mi-parcours croisant les comptages avec des informations "
                        "sur les poursuites, l'état d'avancement du projet de cadre juridique et "
                        "l'appui apporté aux daaras. Il a évalué chaque recommandation acceptée, "
                        "transmis un projet au ministère chargé de la protection de l'enfance et "
                        "présenté la version finale lors d'une réunion avec le bureau régional du "
                        "HCDH et les ambassades des États recommandants.</p>"
                    ),
                ],
                [
                    "Nourrir le cycle suivant des constats",
                    (
                        "<p>Dans sa contribution des parties prenantes pour le quatrième cycle, "
                        "envoyée environ sept mois avant l'examen, le collectif a proposé des "
                        "recommandations SMART, par exemple adopter le cadre juridique dans un "
                        "délai déterminé et publier chaque année des données sur les poursuites "
                        "pour mendicité forcée. Il a ensuite informé les ambassades des États "
                        "recommandants à Dakar au cours des mois suivants et leur a suggéré des "
                        "formulations.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>Les comptages ont montré une baisse modeste dans une ville et aucune "
                "évolution nette dans les deux autres, ce qui a maintenu le débat sur le terrain "
                "des faits. Le ministère a utilisé les chiffres du collectif dans sa propre "
                "planification, et plusieurs États se sont inspirés des formulations proposées "
                "lors de l'examen suivant. Le cadre juridique des écoles coraniques restait en "
                "attente, et le collectif continue d'en faire son principal indicateur.</p>"
            ),
            "why_it_worked": (
                "<p>Associer les maîtres coraniques dès le départ a transformé des opposants "
                "potentiels en copropriétaires des données et a protégé le collectif contre "
                "l'accusation de s'en prendre à la religion. Une méthode simple et reproductible "
                "a produit des chiffres difficiles à contester, et le rapport à mi-parcours a "
                "fourni aux États recommandants une base concrète pour le suivi.</p>"
            ),
            "challenges": (
                "<p>Il était difficile de maintenir les équipes de bénévoles d'une année à "
                "l'autre, et les comptages étaient influencés par les déplacements saisonniers "
                "des enfants. Certaines associations de maîtres se sont retirées lorsque la "
                "couverture médiatique est devenue accusatrice. Les données sur les poursuites "
                "étaient difficiles à obtenir et souvent incomplètes.</p>"
            ),
            "risks": (
                "<p>Les bénévoles qui comptaient dans la rue ont parfois été pris à partie par "
                "les adultes encadrant les enfants, et les critiques publiques visant les daaras "
                "pouvaient susciter de l'hostilité envers le collectif. Les équipes travaillaient "
                "en binôme, sans signe distinctif, et se retiraient au premier signe de tension. "
                "Le collectif convenait de messages communs avec les chefs religieux avant chaque "
                "publication et évitait de nommer des écoles en particulier. Il a aussi mis en "
                "place une procédure pour documenter les menaces et, avec l'accord des personnes "
                "concernées, les signaler au bureau régional du HCDH et au point focal du HCDH "
                "chargé des représailles.</p>"
            ),
            "replication": (
                "<ul><li>Invitez celles et ceux qui pourraient se sentir visés par votre "
                "plaidoyer à concevoir le suivi avec vous.</li><li>Utilisez chaque année la même "
                "méthode, les mêmes dates et les mêmes lieux pour que les tendances soient "
                "crédibles.</li><li>Ne recueillez jamais le nom ou l'image des enfants : comptez "
                "sans identifier.</li><li>Transmettez votre évaluation à mi-parcours en projet au "
                "ministère concerné avant de la publier.</li><li>Transformez les constats à "
                "mi-parcours en recommandations SMART pour le cycle suivant et partagez tôt les "
                "formulations avec les ambassades.</li></ul>"
            ),
        },
        "es": {
            "title": (
                "Contar a los niños obligados a mendigar: seguimiento de mitad de período en "
                "Senegal"
            ),
            "slug": "senegal-ninos-talibes-mendicidad-forzada-seguimiento",
            "summary": (
                "Un colectivo de ONG de derechos de la niñez y maestros coránicos contó cada año "
                "a los niños que mendigaban, publicó un informe de mitad de período y lo usó para "
                "proponer recomendaciones más precisas en el ciclo siguiente."
            ),
            "actors": (
                "ONG de derechos de la niñez, maestros coránicos y sus asociaciones, líderes "
                "religiosos y comunitarios, el ministerio encargado de la protección de la "
                "infancia, la oficina regional del ACNUDH y las embajadas de los Estados "
                "recomendantes."
            ),
            "context": (
                "<p>En su examen del tercer ciclo, Senegal apoyó recomendaciones para poner fin a "
                "la mendicidad forzada de niños y niñas, muchos de ellos talibés, alumnos de "
                "escuelas coránicas (daaras), y para aprobar un marco jurídico que regulara esas "
                "escuelas. La ley ya prohibía obligar a los niños a mendigar, pero rara vez se "
                "aplicaba, y el debate público se polarizaba con facilidad entre quienes "
                "defendían la enseñanza religiosa y quienes trabajaban en la protección de la "
                "infancia. El colectivo quería cifras fiables que todas las partes pudieran "
                "aceptar, y una forma de trabajar que incluyera a los maestros coránicos en lugar "
                "de señalarlos.</p>"
            ),
            "steps": [
                [
                    "Formar una coalición que incluya a los maestros coránicos",
                    (
                        "<p>Poco después de la aprobación en el pleno, el colectivo invitó a "
                        "asociaciones de maestros coránicos y a líderes religiosos respetados a "
                        "diseñar juntos el monitoreo. Acordaron que el objetivo era proteger a "
                        "los niños y apoyar a las daaras que respetan sus derechos, no "
                        "estigmatizar la enseñanza coránica. Ese enfoque marcó todas las "
                        "publicaciones posteriores.</p>"
                    ),
                ],
                [
                    "Repetir cada año el mismo conteo en la calle",
                    (
                        "<p>Cada año, en los mismos días y a las mismas horas, equipos de "
                        "voluntarios capacitados contaron a los niños que mendigaban en lugares "
                        "acordados de tres ciudades, con un formulario estándar que registraba la "
                        "edad aproximada y si había un adulto vigilando. No se tomaban nombres ni "
                        "fotografías. Repetir exactamente el mismo método hizo creíbles los "
                        "cambios a lo largo del tiempo.</p>"
                    ),
                ],
                [
                    "Publicar un informe de mitad de período de las partes interesadas",
                    (
                        "<p>Unos dos años y medio después del examen, el colectivo publicó un "
                        "breve informe de mitad de período que combinaba los conteos con "
                        "información sobre procesos judiciales, el estado del proyecto de marco "
                        "jurídico y el apoyo prestado a las daaras. Evaluó cada recomendación "
                        "apoyada, compartió un borrador con el ministerio encargado de la "
                        "protección de la infancia y presentó la versión final en una reunión con "
                        "la oficina regional del ACNUDH y las embajadas recomendantes.</p>"
                    ),
                ],
                [
                    "Llevar las conclusiones al ciclo siguiente",
                    (
                        "<p>En su informe de partes interesadas para el cuarto ciclo, enviado "
                        "unos siete meses antes del examen, el colectivo propuso recomendaciones "
                        "SMART, como aprobar el marco jurídico en un plazo determinado y publicar "
                        "cada año datos sobre los procesos por mendicidad forzada. En los meses "
                        "siguientes informó a las embajadas de los Estados recomendantes en Dakar "
                        "y compartió propuestas de redacción.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>Los conteos mostraron una disminución modesta en una ciudad y ningún cambio "
                "claro en las otras dos, lo que mantuvo el debate anclado en la evidencia. El "
                "ministerio utilizó las cifras del colectivo en su propia planificación, y varios "
                "Estados se inspiraron en la redacción propuesta en el examen siguiente. El marco "
                "jurídico de las escuelas coránicas seguía pendiente, y el colectivo continúa "
                "siguiéndolo como su indicador principal.</p>"
            ),
            "why_it_worked": (
                "<p>Incluir a los maestros coránicos desde el principio convirtió a posibles "
                "opositores en copropietarios de los datos y protegió al colectivo de acusaciones "
                "de atacar la religión. Un método sencillo y repetible produjo cifras difíciles "
                "de rebatir, y el informe de mitad de período dio a los Estados recomendantes una "
                "base concreta para el seguimiento.</p>"
            ),
            "challenges": (
                "<p>Era difícil mantener los equipos de voluntarios de un año a otro, y los "
                "conteos se veían afectados por los desplazamientos estacionales de los niños. "
                "Algunas asociaciones de maestros se retiraron cuando la cobertura mediática se "
                "volvió acusatoria. Los datos sobre procesos judiciales eran difíciles de obtener "
                "y a menudo incompletos.</p>"
            ),
            "risks": (
                "<p>Los voluntarios que contaban en la calle a veces fueron increpados por los "
                "adultos que vigilaban a los niños, y las críticas públicas a las daaras podían "
                "generar hostilidad contra el colectivo. Los equipos trabajaban en parejas, sin "
                "distintivos, y se retiraban a la primera señal de tensión. El colectivo acordaba "
                "mensajes comunes con los líderes religiosos antes de cada publicación y evitaba "
                "nombrar escuelas concretas. También estableció un procedimiento para documentar "
                "amenazas y, con el consentimiento de las personas afectadas, comunicarlas a la "
                "oficina regional del ACNUDH y al punto focal del ACNUDH sobre represalias.</p>"
            ),
            "replication": (
                "<ul><li>Invite a quienes puedan sentirse señalados por su incidencia a diseñar "
                "el monitoreo con usted.</li><li>Use cada año el mismo método, las mismas fechas "
                "y los mismos lugares para que las tendencias sean creíbles.</li><li>No recoja "
                "nunca nombres ni imágenes de niños: cuente, no identifique.</li><li>Comparta un "
                "borrador de su evaluación de mitad de período con el ministerio responsable "
                "antes de publicarla.</li><li>Convierta las conclusiones de mitad de período en "
                "recomendaciones SMART para el ciclo siguiente y comparta pronto la redacción con "
                "las embajadas.</li></ul>"
            ),
        },
    },
]
