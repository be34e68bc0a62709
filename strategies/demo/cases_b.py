"""Demo case studies for the strategy library (set B).

Every case study is an illustrative composite: it is set in a real UN Member State but
describes no real event, person or organisation. Named organisations are invented.
"""

from __future__ import annotations

CASES = [
    {
        "key": "b-spain-identity-checks-mid-term-report",
        "countries": ["ES"],
        "regions": [],
        "themes": ["racial-discrimination", "migrants-refugees"],
        "stages": ["implementation", "mid-term-reporting"],
        "tactics": ["monitoring-reporting", "coalition-building", "dialogue-government"],
        "cycle": 3,
        "organisation": "Red Mosaico por la Igualdad de Trato",
        "recommendations": [
            {
                "recommending_state": "GH",
                "response": "supported",
                "action_category": 5,
                "text": {
                    "en": (
                        "Introduce a standard form for police identity checks that records the "
                        "reason for the check and the perceived ethnic origin of the person "
                        "stopped, and publish the aggregated data every year."
                    ),
                    "fr": (
                        "Introduire, pour les contrôles d'identité effectués par la police, un "
                        "formulaire type consignant le motif du contrôle et l'origine ethnique "
                        "perçue de la personne contrôlée, et publier chaque année les données "
                        "agrégées."
                    ),
                    "es": (
                        "Introducir un formulario normalizado para los controles policiales de "
                        "identidad que registre el motivo del control y el origen étnico "
                        "percibido de la persona identificada, y publicar anualmente los datos "
                        "agregados."
                    ),
                },
            },
            {
                "recommending_state": "SN",
                "response": "supported",
                "action_category": 4,
                "text": {
                    "en": (
                        "Take measures to prevent racial profiling by law enforcement "
                        "officials, in particular against migrants, asylum seekers and people "
                        "of African descent."
                    ),
                    "fr": (
                        "Prendre des mesures pour prévenir le profilage racial par les agents "
                        "des forces de l'ordre, en particulier à l'égard des migrants, des "
                        "demandeurs d'asile et des personnes d'ascendance africaine."
                    ),
                    "es": (
                        "Adoptar medidas para prevenir el perfilamiento racial por parte de "
                        "los agentes de las fuerzas del orden, en particular contra las "
                        "personas migrantes, solicitantes de asilo y afrodescendientes."
                    ),
                },
            },
        ],
        "en": {
            "title": "A stakeholder mid-term report on ethnic profiling in police identity checks",
            "slug": "stakeholder-mid-term-report-ethnic-profiling-identity-checks",
            "summary": (
                "A coalition of migrant-led groups and neighbourhood associations tracked two "
                "supported recommendations on racial profiling and published a stakeholder "
                "mid-term report that reopened dialogue with the Interior Ministry."
            ),
            "actors": (
                "A coalition of eleven migrant-led groups, neighbourhood associations and "
                "legal clinics, the Ministry of the Interior, municipal police forces, the "
                "national human rights institution and the embassies of the recommending "
                "States."
            ),
            "context": (
                "<p>At its third-cycle review, the State supported several recommendations on "
                "racial discrimination, including one asking it to record and publish data on "
                "police identity checks and another on preventing racial profiling of migrants "
                "and people of African descent. Community groups had documented for years that "
                "young men perceived as North African, Black or Roma were stopped far more "
                "often than their neighbours, but there were no official data to test those "
                "accounts. The coalition decided to use the mid-term point, about two and a "
                "half years after the review, to show what had and had not changed.</p>"
            ),
            "steps": [
                [
                    "Turning recommendations into indicators",
                    (
                        "<p>Within three months of the plenary adoption, the coalition broke "
                        "the two recommendations down into six indicators: whether a stop form "
                        "existed, whether it recorded perceived ethnic origin, whether data "
                        "were published, how many police forces had trained their officers, "
                        "whether complaint mechanisms were accessible to people without "
                        "regular status, and whether the Government reported on any of this. "
                        "Each indicator had a source and a coalition member responsible for "
                        "checking it.</p>"
                    ),
                ],
                [
                    "Collecting community data",
                    (
                        "<p>From the first year after the review, trained volunteers ran short "
                        "anonymous surveys twice a year at markets, youth centres and migrant "
                        "support services, asking people how often they had been stopped in "
                        "the previous six months and what had happened. Legal clinics logged "
                        "every complaint they helped to file. The coalition kept methodology "
                        "notes so that its figures could be defended in meetings with "
                        "officials.</p>"
                    ),
                ],
                [
                    "Asking the authorities",
                    (
                        "<p>About eighteen months after the review, the coalition sent freedom "
                        "of information requests to the Interior Ministry and to the police "
                        "forces of four cities, and met the ministry's human rights focal "
                        "point. Two municipal police forces agreed to share the results of "
                        "their own pilot stop forms.</p>"
                    ),
                ],
                [
                    "Publishing the mid-term report",
                    (
                        "<p>Two and a half years after the review, the coalition published a "
                        "twelve-page stakeholder mid-term report with a traffic-light table "
                        "for each recommendation (not started, in progress, implemented). It "
                        "sent the report to the ministry, the national human rights "
                        "institution and the embassies of the recommending States, and "
                        "presented it at a public meeting in one of the most affected "
                        "neighbourhoods.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>The information gathered showed that only a handful of local forces used "
                "stop forms and none published data by perceived ethnic origin. After "
                "receiving the report, the Interior Ministry invited the coalition to a "
                "technical working group on a national protocol for identity checks, and one "
                "recommending State's embassy raised the issue in its bilateral human rights "
                "dialogue. No national protocol had been adopted by the next review, but the "
                "coalition's indicators shaped the more specific follow-up recommendations "
                "made then.</p>"
            ),
            "why_it_worked": (
                "<p>The report was credible because its method was transparent and its tone "
                "measured: it credited the pilots that worked, kept community survey data "
                "separate from official figures and proposed concrete next steps. Because it "
                "was built around the exact wording of supported recommendations, officials "
                "could not dismiss it as a general campaign against the police.</p>"
            ),
            "challenges": (
                "<p>Official data were scarce and slow to arrive: two of the four information "
                "requests were answered only after the report had gone to print. Keeping "
                "volunteers engaged for more than two years was hard, and some police unions "
                "portrayed the survey as biased, so the coalition had to spend time explaining "
                "its method to journalists.</p>"
            ),
            "risks": (
                "<p>People without regular migration status feared that taking part in the "
                "survey could expose them to immigration enforcement. The coalition collected "
                "no names or addresses, stored responses on encrypted devices and ran the "
                "survey in trusted community spaces rather than in the street. Each "
                "migrant-led group decided whether to be named in the report; two chose not to "
                "be. Spokespeople at the launch were members with secure residence status, and "
                "the coalition agreed in advance how it would respond if any participant was "
                "questioned or harassed afterwards.</p>"
            ),
            "replication": (
                "<ul><li>Turn each supported recommendation into a small number of indicators, "
                "with a named source for each.</li><li>Start collecting data in the first "
                "year: a mid-term report written in the last three months will rest on "
                "anecdotes.</li><li>Use a simple traffic-light table so that officials and "
                "diplomats can grasp the findings in two minutes.</li><li>Send the report to "
                "the embassies of the recommending States as well as to the Government, with a "
                "short cover note suggesting questions they could raise.</li></ul>"
            ),
        },
        "fr": {
            "title": (
                "Un rapport à mi-parcours de la société civile sur le profilage ethnique lors "
                "des contrôles"
            ),
            "slug": "rapport-mi-parcours-societe-civile-profilage-ethnique-controles",
            "summary": (
                "Une coalition d'associations de quartier et de collectifs de personnes "
                "migrantes a suivi deux recommandations acceptées sur le profilage racial et "
                "publié un rapport à mi-parcours qui a relancé le dialogue avec le ministère "
                "de l'Intérieur."
            ),
            "actors": (
                "Une coalition de onze collectifs de personnes migrantes, associations de "
                "quartier et cliniques juridiques, le ministère de l'Intérieur, des polices "
                "municipales, l'institution nationale des droits de l'homme et les ambassades "
                "des États auteurs des recommandations."
            ),
            "context": (
                "<p>Lors de son examen du troisième cycle, l'État a accepté plusieurs "
                "recommandations relatives à la discrimination raciale, dont l'une lui "
                "demandait de consigner et de publier des données sur les contrôles d'identité "
                "et une autre de prévenir le profilage racial des migrants et des personnes "
                "d'ascendance africaine. Depuis des années, des associations de terrain "
                "constataient que les jeunes hommes perçus comme maghrébins, noirs ou roms "
                "étaient contrôlés bien plus souvent que leurs voisins, mais aucune donnée "
                "officielle ne permettait de vérifier ces témoignages. La coalition a décidé "
                "de profiter de l'étape de mi-parcours, environ deux ans et demi après "
                "l'examen, pour montrer ce qui avait changé et ce qui n'avait pas bougé.</p>"
            ),
            "steps": [
                [
                    "Traduire les recommandations en indicateurs",
                    (
                        "<p>Dans les trois mois suivant l'adoption en plénière, la coalition a "
                        "décliné les deux recommandations en six indicateurs : existence d'un "
                        "formulaire de contrôle, mention de l'origine ethnique perçue, "
                        "publication des données, nombre de polices ayant formé leurs agents, "
                        "accessibilité des mécanismes de plainte aux personnes en situation "
                        "irrégulière et présence de ces questions dans les informations "
                        "communiquées par le Gouvernement. Chaque indicateur avait une source "
                        "et un membre de la coalition chargé de le vérifier.</p>"
                    ),
                ],
                [
                    "Recueillir des données auprès des habitants",
                    (
                        "<p>Dès la première année suivant l'examen, des bénévoles formés ont "
                        "mené deux fois par an de courtes enquêtes anonymes sur les marchés, "
                        "dans les maisons de jeunes et les services d'accueil des migrants, en "
                        "demandant aux personnes combien de fois elles avaient été contrôlées "
                        "au cours des six derniers mois et dans quelles conditions. Les "
                        "cliniques juridiques ont enregistré chaque plainte qu'elles avaient "
                        "aidé à déposer. La coalition a documenté sa méthode afin de pouvoir "
                        "défendre ses chiffres face aux autorités.</p>"
                    ),
                ],
                [
                    "Interroger les autorités",
                    (
                        "<p>Environ dix-huit mois après l'examen, la coalition a adressé des "
                        "demandes d'accès à l'information au ministère de l'Intérieur et aux "
                        "polices de quatre villes, puis a rencontré le point focal du "
                        "ministère pour les droits de l'homme. Deux polices municipales ont "
                        "accepté de partager les résultats de leurs formulaires de contrôle "
                        "expérimentaux.</p>"
                    ),
                ],
                [
                    "Publier le rapport à mi-parcours",
                    (
                        "<p>Deux ans et demi après l'examen, la coalition a publié un rapport "
                        "à mi-parcours de douze pages, avec pour chaque recommandation un "
                        "tableau de type feu tricolore (non entamée, en cours, mise en œuvre). "
                        "Elle l'a transmis au ministère, à l'institution nationale des droits "
                        "de l'homme et aux ambassades des États auteurs des recommandations, "
                        "puis l'a présenté lors d'une réunion publique dans l'un des quartiers "
                        "les plus touchés.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>Les informations recueillies ont montré que seule une poignée de polices "
                "locales utilisaient un formulaire de contrôle et qu'aucune ne publiait de "
                "données selon l'origine ethnique perçue. Après réception du rapport, le "
                "ministère de l'Intérieur a invité la coalition à un groupe de travail "
                "technique sur un protocole national des contrôles d'identité, et l'ambassade "
                "d'un État auteur de recommandation a soulevé la question dans son dialogue "
                "bilatéral sur les droits de l'homme. Aucun protocole national n'avait été "
                "adopté à l'examen suivant, mais les indicateurs de la coalition ont inspiré "
                "les recommandations de suivi, plus précises, formulées à cette occasion.</p>"
            ),
            "why_it_worked": (
                "<p>Le rapport était crédible grâce à une méthode transparente et à un ton "
                "mesuré : il reconnaissait les expériences pilotes réussies, distinguait les "
                "données d'enquête des chiffres officiels et proposait des étapes concrètes. "
                "Comme il reprenait mot pour mot des recommandations acceptées, les "
                "responsables ne pouvaient pas le réduire à une campagne générale contre la "
                "police.</p>"
            ),
            "challenges": (
                "<p>Les données officielles étaient rares et tardives : deux des quatre "
                "demandes d'accès à l'information n'ont reçu de réponse qu'après l'impression "
                "du rapport. Maintenir l'engagement des bénévoles pendant plus de deux ans a "
                "été difficile, et certains syndicats de police ont présenté l'enquête comme "
                "partiale, ce qui a obligé la coalition à expliquer longuement sa méthode aux "
                "journalistes.</p>"
            ),
            "risks": (
                "<p>Les personnes sans titre de séjour craignaient que leur participation à "
                "l'enquête ne les expose à des mesures d'éloignement. La coalition n'a "
                "recueilli ni noms ni adresses, a conservé les réponses sur des appareils "
                "chiffrés et a mené l'enquête dans des lieux associatifs de confiance plutôt "
                "que dans la rue. Chaque collectif de personnes migrantes a choisi "
                "d'apparaître ou non dans le rapport ; deux ont préféré rester anonymes. Les "
                "porte-parole du lancement étaient des membres en situation administrative "
                "stable, et la coalition avait convenu à l'avance de la manière de réagir si "
                "un participant était interpellé ou harcelé par la suite.</p>"
            ),
            "replication": (
                "<ul><li>Déclinez chaque recommandation acceptée en quelques indicateurs, avec "
                "une source identifiée pour chacun.</li><li>Commencez à collecter des données "
                "dès la première année : un rapport à mi-parcours rédigé dans les trois "
                "derniers mois reposera sur des anecdotes.</li><li>Utilisez un tableau simple "
                "de type feu tricolore pour que responsables et diplomates saisissent les "
                "conclusions en deux minutes.</li><li>Envoyez le rapport aux ambassades des "
                "États auteurs des recommandations autant qu'au Gouvernement, avec une courte "
                "note suggérant les questions qu'elles pourraient poser.</li></ul>"
            ),
        },
        "es": {
            "title": (
                "Un informe de mitad de período de la sociedad civil sobre el perfilamiento "
                "étnico policial"
            ),
            "slug": "informe-mitad-periodo-sociedad-civil-perfilamiento-etnico-policial",
            "summary": (
                "Una coalición de colectivos migrantes y asociaciones vecinales dio "
                "seguimiento a dos recomendaciones apoyadas sobre perfilamiento racial y "
                "publicó un informe de mitad de período que reabrió el diálogo con el "
                "Ministerio del Interior."
            ),
            "actors": (
                "Una coalición de once colectivos de personas migrantes, asociaciones "
                "vecinales y clínicas jurídicas, el Ministerio del Interior, policías "
                "municipales, la institución nacional de derechos humanos y las embajadas de "
                "los Estados que formularon las recomendaciones."
            ),
            "context": (
                "<p>En su examen del tercer ciclo, el Estado apoyó varias recomendaciones "
                "sobre discriminación racial, entre ellas una que le pedía registrar y "
                "publicar datos sobre los controles policiales de identidad y otra sobre la "
                "prevención del perfilamiento racial de personas migrantes y "
                "afrodescendientes. Desde hacía años, las organizaciones de base documentaban "
                "que los jóvenes percibidos como magrebíes, negros o gitanos eran objeto de "
                "controles policiales mucho más a menudo que sus vecinos, pero no existían "
                "datos oficiales con los que contrastar esos testimonios. La coalición decidió "
                "aprovechar la mitad del ciclo, unos dos años y medio después del examen, para "
                "mostrar qué había cambiado y qué no.</p>"
            ),
            "steps": [
                [
                    "Convertir las recomendaciones en indicadores",
                    (
                        "<p>En los tres meses siguientes a la aprobación en el pleno, la "
                        "coalición desglosó las dos recomendaciones en seis indicadores: si "
                        "existía un formulario de identificación, si recogía el origen étnico "
                        "percibido, si se publicaban los datos, cuántos cuerpos policiales "
                        "habían formado a sus agentes, si los mecanismos de queja eran "
                        "accesibles para personas en situación irregular y si el Gobierno "
                        "informaba sobre todo ello. Cada indicador tenía una fuente y una "
                        "organización responsable de verificarlo.</p>"
                    ),
                ],
                [
                    "Recoger datos en los barrios",
                    (
                        "<p>Desde el primer año posterior al examen, personas voluntarias "
                        "capacitadas realizaron dos veces al año breves encuestas anónimas en "
                        "mercados, centros juveniles y servicios de atención a migrantes, "
                        "preguntando cuántas veces les habían parado en los últimos seis meses "
                        "y qué había ocurrido. Las clínicas jurídicas registraron cada queja "
                        "que ayudaron a presentar. La coalición documentó su metodología para "
                        "poder defender sus cifras ante las autoridades.</p>"
                    ),
                ],
                [
                    "Preguntar a las autoridades",
                    (
                        "<p>Unos dieciocho meses después del examen, la coalición presentó "
                        "solicitudes de acceso a la información al Ministerio del Interior y a "
                        "las policías de cuatro ciudades, y se reunió con la persona de enlace "
                        "del ministerio en materia de derechos humanos. Dos policías "
                        "municipales aceptaron compartir los resultados de sus propios "
                        "formularios piloto.</p>"
                    ),
                ],
                [
                    "Publicar el informe de mitad de período",
                    (
                        "<p>Dos años y medio después del examen, la coalición publicó un "
                        "informe de mitad de período de doce páginas, con un cuadro tipo "
                        "semáforo para cada recomendación (no iniciada, en curso, cumplida). "
                        "Lo envió al ministerio, a la institución nacional de derechos humanos "
                        "y a las embajadas de los Estados recomendantes, y lo presentó en una "
                        "asamblea pública en uno de los barrios más afectados.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>La información reunida mostró que solo unas pocas policías locales "
                "utilizaban formularios de identificación y que ninguna publicaba datos por "
                "origen étnico percibido. Tras recibir el informe, el Ministerio del Interior "
                "invitó a la coalición a un grupo de trabajo técnico sobre un protocolo "
                "nacional de controles de identidad, y la embajada de un Estado recomendante "
                "planteó la cuestión en su diálogo bilateral sobre derechos humanos. Al llegar "
                "el siguiente examen no se había aprobado ningún protocolo nacional, pero los "
                "indicadores de la coalición inspiraron las recomendaciones de seguimiento, "
                "más precisas, que se formularon entonces.</p>"
            ),
            "why_it_worked": (
                "<p>El informe resultó creíble por su metodología transparente y su tono "
                "mesurado: reconocía los pilotos que funcionaban, separaba los datos de las "
                "encuestas de las cifras oficiales y proponía pasos concretos. Al estar "
                "construido sobre la redacción exacta de recomendaciones apoyadas, las "
                "autoridades no podían descartarlo como una campaña genérica contra la "
                "policía.</p>"
            ),
            "challenges": (
                "<p>Los datos oficiales eran escasos y llegaban tarde: dos de las cuatro "
                "solicitudes de información se respondieron cuando el informe ya estaba en "
                "imprenta. Mantener la implicación del voluntariado durante más de dos años "
                "fue difícil, y algunos sindicatos policiales presentaron la encuesta como "
                "sesgada, lo que obligó a la coalición a dedicar tiempo a explicar su "
                "metodología a la prensa.</p>"
            ),
            "risks": (
                "<p>Las personas en situación administrativa irregular temían que participar "
                "en la encuesta las expusiera a medidas de expulsión. La coalición no recogió "
                "nombres ni direcciones, guardó las respuestas en dispositivos cifrados y "
                "realizó la encuesta en espacios comunitarios de confianza en lugar de en la "
                "calle. Cada colectivo de personas migrantes decidió si quería figurar con su "
                "nombre en el informe; dos prefirieron no hacerlo. Quienes hablaron en la "
                "presentación eran integrantes con residencia estable, y la coalición acordó "
                "de antemano cómo reaccionar si alguna persona participante era interrogada o "
                "acosada después.</p>"
            ),
            "replication": (
                "<ul><li>Desglose cada recomendación apoyada en unos pocos indicadores, con "
                "una fuente identificada para cada uno.</li><li>Empiece a recoger datos el "
                "primer año: un informe de mitad de período redactado en los últimos tres "
                "meses se basará en anécdotas.</li><li>Utilice un cuadro sencillo tipo "
                "semáforo para que autoridades y diplomáticos capten las conclusiones en dos "
                "minutos.</li><li>Envíe el informe a las embajadas de los Estados "
                "recomendantes además de al Gobierno, con una breve nota que sugiera preguntas "
                "que podrían plantear.</li></ul>"
            ),
        },
    },
    {
        "key": "b-italy-nhri-cross-party-bill",
        "countries": ["IT"],
        "regions": [],
        "themes": ["nhri"],
        "stages": ["responses", "plenary-adoption", "follow-up"],
        "tactics": ["parliamentary-engagement", "embassy-engagement", "coalition-building"],
        "cycle": 3,
        "organisation": "Rete Lanterna per i Diritti Fondamentali",
        "recommendations": [
            {
                "recommending_state": "NZ",
                "response": "supported",
                "action_category": 5,
                "text": {
                    "en": (
                        "Establish, before the next review, a national human rights "
                        "institution in full compliance with the Paris Principles, with its "
                        "own budget and a mandate to receive individual complaints."
                    ),
                    "fr": (
                        "Créer, avant le prochain examen, une institution nationale des droits "
                        "de l'homme pleinement conforme aux Principes de Paris, dotée d'un "
                        "budget propre et habilitée à recevoir des plaintes individuelles."
                    ),
                    "es": (
                        "Establecer, antes del próximo examen, una institución nacional de "
                        "derechos humanos plenamente conforme con los Principios de París, "
                        "dotada de presupuesto propio y de un mandato para recibir quejas "
                        "individuales."
                    ),
                },
            },
        ],
        "en": {
            "title": (
                "Keeping a long-supported recommendation on a national human rights "
                "institution alive"
            ),
            "slug": "long-supported-recommendation-national-human-rights-institution",
            "summary": (
                "When a recommendation to create a national human rights institution was "
                "supported once again, a small network worked with parliamentarians and "
                "recommending embassies to turn a familiar promise into a bill in committee."
            ),
            "actors": (
                "A network of human rights, disability and migrant rights CSOs, a cross-party "
                "group of parliamentarians, the constitutional affairs committee, the "
                "inter-ministerial human rights committee and the embassies of recommending "
                "States."
            ),
            "context": (
                "<p>Recommendations to establish a national human rights institution in line "
                "with the Paris Principles had been made and supported in earlier cycles, and "
                "several bills had been tabled only to lapse at the end of a legislature. By "
                "the third cycle, many officials treated the recommendation as a routine "
                "commitment. The network feared that, without a deadline and parliamentary "
                "champions, the same recommendation would simply be supported again and "
                "forgotten.</p>"
            ),
            "steps": [
                [
                    "Working on the response before the addendum",
                    (
                        "<p>In the weeks between the review and the deadline for the addendum, "
                        "the network wrote to the inter-ministerial human rights committee "
                        "asking the Government not only to support the recommendation but to "
                        "say in the addendum how and by when it would act. It attached a "
                        "one-page comparison of the bills that had lapsed and the minimum "
                        "features any new bill should contain.</p>"
                    ),
                ],
                [
                    "A statement at the plenary adoption",
                    (
                        "<p>About four months after the review, when the outcome was adopted "
                        "in the Human Rights Council plenary, a partner NGO with ECOSOC status "
                        "delivered a short statement welcoming the support and asking the "
                        "Government to present a bill within a year. The network sent the text "
                        "to journalists and parliamentarians the same day.</p>"
                    ),
                ],
                [
                    "Building a cross-party group",
                    (
                        "<p>The network identified members of parliament from four parties who "
                        "had tabled or signed earlier bills and brought them together in an "
                        "informal group. It supplied a model text prepared with constitutional "
                        "lawyers, answered questions on cost and independence, and organised a "
                        "hearing before the constitutional affairs committee at which CSOs, "
                        "trade unions and regional ombudspersons spoke.</p>"
                    ),
                ],
                [
                    "Asking recommending embassies to follow up",
                    (
                        "<p>The network briefed the embassies of the States that had made the "
                        "recommendation on what a credible institution would look like, and "
                        "suggested that they raise it in bilateral meetings and look for it in "
                        "the State's voluntary mid-term report. Two embassies hosted a round "
                        "table with the committee chair and officials from countries that had "
                        "recently set up their own institutions.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>The addendum contained a general commitment to present legislation, though "
                "no date. A bill drafted with input from the cross-party group was tabled and "
                "discussed in committee, and the Government referred to it whenever it was "
                "asked about the recommendation. It had not been adopted at the time of "
                "writing, but for the first time all four parties in the group said they could "
                "support the same text, and the network had an agreed list of questions for "
                "the next review.</p>"
            ),
            "why_it_worked": (
                "<p>The network stopped treating the recommendation as a ritual reminder and "
                "treated it as a legislative project, with a text, champions and a timetable. "
                "Presenting the institution as good for the State's standing abroad, and "
                "letting officials from countries with their own institutions share practical "
                "experience, helped to win over those who saw it as an unnecessary cost.</p>"
            ),
            "challenges": (
                "<p>Changes of government and the end of a legislature could wipe out months "
                "of work, and the network had to rebuild relationships with new committee "
                "members. Some existing oversight bodies feared that a new institution would "
                "absorb their mandates, and the network spent a lot of time explaining that "
                "the bill would build on their work rather than replace it.</p>"
            ),
            "risks": (
                "<p>The risk of reprisals was lower than in many settings, but the network "
                "faced a different risk: being seen as partisan. It made sure the cross-party "
                "group always included both government and opposition members, published the "
                "model text openly and never campaigned against individual politicians. Staff "
                "of migrant rights organisations who spoke at the hearing were briefed on "
                "online harassment, and the network monitored abusive messages, reporting "
                "threats to the platforms and, where necessary, to the police.</p>"
            ),
            "replication": (
                "<ul><li>When a recommendation is supported cycle after cycle, ask the "
                "Government to state in the addendum how and by when it will "
                "act.</li><li>Bring a draft text and answers on cost and independence, not "
                "only a demand.</li><li>Keep parliamentary work cross-party from the very "
                "first meeting.</li><li>Ask embassies to arrange peer exchanges with countries "
                "that have recently created a similar institution.</li></ul>"
            ),
        },
        "fr": {
            "title": (
                "Faire vivre une recommandation acceptée de longue date sur une institution "
                "nationale"
            ),
            "slug": "recommandation-acceptee-de-longue-date-institution-nationale-droits-homme",
            "summary": (
                "Lorsqu'une recommandation sur la création d'une institution nationale des "
                "droits de l'homme a de nouveau été acceptée, un petit réseau a mobilisé "
                "parlementaires et ambassades pour transformer une promesse familière en "
                "projet de loi."
            ),
            "actors": (
                "Un réseau d'OSC de défense des droits de l'homme, des personnes handicapées "
                "et des migrants, un groupe transpartisan de parlementaires, la commission des "
                "affaires constitutionnelles, le comité interministériel des droits de l'homme "
                "et les ambassades des États auteurs de la recommandation."
            ),
            "context": (
                "<p>Des recommandations appelant à créer une institution nationale des droits "
                "de l'homme conforme aux Principes de Paris avaient été formulées et acceptées "
                "lors des cycles précédents, et plusieurs propositions de loi étaient devenues "
                "caduques en fin de législature. Au troisième cycle, beaucoup de responsables "
                "y voyaient un engagement de pure forme. Le réseau craignait que, sans "
                "échéance ni relais au Parlement, la même recommandation soit simplement "
                "acceptée à nouveau, puis oubliée.</p>"
            ),
            "steps": [
                [
                    "Agir sur la réponse avant l'additif",
                    (
                        "<p>Dans les semaines séparant l'examen de la date limite de "
                        "l'additif, le réseau a écrit au comité interministériel des droits de "
                        "l'homme pour demander au Gouvernement non seulement d'accepter la "
                        "recommandation, mais aussi d'indiquer dans l'additif comment et dans "
                        "quel délai il comptait agir. Il y a joint une comparaison d'une page "
                        "des textes devenus caducs et des éléments minimaux que devrait "
                        "contenir toute nouvelle loi.</p>"
                    ),
                ],
                [
                    "Une déclaration lors de l'adoption en plénière",
                    (
                        "<p>Environ quatre mois après l'examen, lors de l'adoption du document "
                        "final en séance plénière du Conseil des droits de l'homme, une ONG "
                        "partenaire dotée du statut consultatif auprès de l'ECOSOC a prononcé "
                        "une brève déclaration saluant l'acceptation et demandant au "
                        "Gouvernement de présenter un projet de loi dans l'année. Le réseau a "
                        "transmis le texte aux journalistes et aux parlementaires le jour "
                        "même.</p>"
                    ),
                ],
                [
                    "Constituer un groupe transpartisan",
                    (
                        "<p>Le réseau a repéré des députés et sénateurs de quatre partis qui "
                        "avaient déposé ou cosigné des textes antérieurs et les a réunis en un "
                        "groupe informel. Il leur a fourni un texte type élaboré avec des "
                        "constitutionnalistes, a répondu à leurs questions sur le coût et "
                        "l'indépendance, et a organisé une audition devant la commission des "
                        "affaires constitutionnelles où se sont exprimés des OSC, des "
                        "syndicats et des médiateurs régionaux.</p>"
                    ),
                ],
                [
                    "Mobiliser les ambassades des États auteurs",
                    (
                        "<p>Le réseau a expliqué aux ambassades des États auteurs de la "
                        "recommandation à quoi ressemblerait une institution crédible et leur "
                        "a suggéré d'aborder le sujet lors de leurs rencontres bilatérales et "
                        "d'en chercher la trace dans le rapport volontaire à mi-parcours de "
                        "l'État. Deux ambassades ont accueilli une table ronde réunissant la "
                        "présidence de la commission et des responsables de pays ayant "
                        "récemment créé leur propre institution.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>L'additif contenait un engagement général à présenter un texte, sans date. "
                "Un projet de loi élaboré avec le groupe transpartisan a été déposé et examiné "
                "en commission, et le Gouvernement s'y référait chaque fois qu'il était "
                "interrogé sur la recommandation. Il n'était pas encore adopté au moment de la "
                "rédaction, mais pour la première fois les quatre partis du groupe se disaient "
                "prêts à soutenir le même texte, et le réseau disposait d'une liste de "
                "questions concertée pour le prochain examen.</p>"
            ),
            "why_it_worked": (
                "<p>Le réseau a cessé de traiter la recommandation comme un rappel rituel pour "
                "en faire un projet législatif, avec un texte, des relais et un calendrier. "
                "Présenter l'institution comme un atout pour l'image internationale de l'État, "
                "et permettre à des responsables de pays dotés d'une telle institution de "
                "partager leur expérience, a aidé à convaincre ceux qui n'y voyaient qu'un "
                "coût superflu.</p>"
            ),
            "challenges": (
                "<p>Un changement de gouvernement ou la fin d'une législature pouvaient "
                "anéantir des mois de travail, et le réseau a dû renouer des relations avec "
                "les nouveaux membres de la commission. Certains organes de contrôle existants "
                "craignaient qu'une nouvelle institution absorbe leurs attributions, et le "
                "réseau a consacré beaucoup de temps à expliquer que le texte s'appuierait sur "
                "leur travail au lieu de le remplacer.</p>"
            ),
            "risks": (
                "<p>Le risque de représailles était plus faible que dans bien d'autres "
                "contextes, mais le réseau en courait un autre : paraître partisan. Il a "
                "veillé à ce que le groupe transpartisan compte toujours des membres de la "
                "majorité et de l'opposition, a publié ouvertement le texte type et n'a jamais "
                "fait campagne contre un élu en particulier. Les salariés d'associations de "
                "défense des migrants qui ont pris la parole lors de l'audition ont été "
                "préparés au cyberharcèlement, et le réseau a surveillé les messages "
                "injurieux, signalant les menaces aux plateformes et, si nécessaire, à la "
                "police.</p>"
            ),
            "replication": (
                "<ul><li>Lorsqu'une recommandation est acceptée cycle après cycle, demandez au "
                "Gouvernement de préciser dans l'additif comment et dans quel délai il "
                "agira.</li><li>Apportez un projet de texte et des réponses sur le coût et "
                "l'indépendance, pas seulement une revendication.</li><li>Donnez d'emblée un "
                "caractère transpartisan au travail parlementaire.</li><li>Demandez aux "
                "ambassades d'organiser des échanges entre pairs avec des pays qui ont "
                "récemment créé une institution similaire.</li></ul>"
            ),
        },
        "es": {
            "title": (
                "Mantener viva una recomendación apoyada desde hace años sobre una institución "
                "nacional"
            ),
            "slug": "recomendacion-apoyada-desde-hace-anos-institucion-nacional-derechos-humanos",
            "summary": (
                "Cuando una recomendación para crear una institución nacional de derechos "
                "humanos volvió a ser apoyada, una pequeña red trabajó con parlamentarios y "
                "embajadas recomendantes para convertir una promesa conocida en un proyecto de "
                "ley."
            ),
            "actors": (
                "Una red de OSC de derechos humanos, de personas con discapacidad y de "
                "personas migrantes, un grupo parlamentario multipartidista, la comisión de "
                "asuntos constitucionales, el comité interministerial de derechos humanos y "
                "las embajadas de los Estados recomendantes."
            ),
            "context": (
                "<p>En ciclos anteriores se habían formulado y apoyado recomendaciones para "
                "crear una institución nacional de derechos humanos conforme con los "
                "Principios de París, y varios proyectos de ley habían caducado al terminar la "
                "legislatura. En el tercer ciclo, muchos funcionarios veían la recomendación "
                "como un compromiso rutinario. A la red le preocupaba que, sin plazos ni "
                "aliados en el Parlamento, la misma recomendación volviera a apoyarse y a "
                "olvidarse.</p>"
            ),
            "steps": [
                [
                    "Incidir en la respuesta antes de la adición",
                    (
                        "<p>En las semanas entre el examen y el plazo de la adición, la red "
                        "escribió al comité interministerial de derechos humanos para pedir al "
                        "Gobierno no solo que apoyara la recomendación, sino que indicara en "
                        "la adición cómo y en qué plazo actuaría. Adjuntó una comparación de "
                        "una página de los proyectos caducados y de los elementos mínimos que "
                        "debía incluir cualquier nueva ley.</p>"
                    ),
                ],
                [
                    "Una declaración en la aprobación en el pleno",
                    (
                        "<p>Unos cuatro meses después del examen, cuando el resultado se "
                        "aprobó en el pleno del Consejo de Derechos Humanos, una ONG aliada "
                        "con estatus consultivo ante el ECOSOC pronunció una breve declaración "
                        "que celebraba el apoyo y pedía al Gobierno presentar un proyecto de "
                        "ley en el plazo de un año. La red envió el texto a periodistas y "
                        "parlamentarios ese mismo día.</p>"
                    ),
                ],
                [
                    "Formar un grupo multipartidista",
                    (
                        "<p>La red identificó a parlamentarios de cuatro partidos que habían "
                        "presentado o firmado proyectos anteriores y los reunió en un grupo "
                        "informal. Les facilitó un texto modelo elaborado con especialistas en "
                        "derecho constitucional, respondió a sus dudas sobre costes e "
                        "independencia y organizó una audiencia ante la comisión de asuntos "
                        "constitucionales en la que intervinieron OSC, sindicatos y "
                        "defensorías regionales.</p>"
                    ),
                ],
                [
                    "Pedir seguimiento a las embajadas recomendantes",
                    (
                        "<p>La red explicó a las embajadas de los Estados que habían formulado "
                        "la recomendación cómo sería una institución creíble y les sugirió "
                        "plantear el tema en sus reuniones bilaterales y buscarlo en el "
                        "informe voluntario de mitad de período del Estado. Dos embajadas "
                        "organizaron una mesa redonda con la presidencia de la comisión y "
                        "funcionarios de países que habían creado recientemente su propia "
                        "institución.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>La adición incluyó un compromiso general de presentar legislación, aunque "
                "sin fecha. Se presentó y debatió en comisión un proyecto de ley elaborado con "
                "aportes del grupo multipartidista, y el Gobierno lo citaba cada vez que se le "
                "preguntaba por la recomendación. Todavía no se había aprobado en el momento "
                "de redactar este caso, pero por primera vez los cuatro partidos del grupo "
                "afirmaban poder apoyar el mismo texto, y la red contaba con una lista "
                "consensuada de preguntas para el próximo examen.</p>"
            ),
            "why_it_worked": (
                "<p>La red dejó de tratar la recomendación como un recordatorio ritual y la "
                "abordó como un proyecto legislativo, con un texto, aliados y un calendario. "
                "Presentar la institución como algo positivo para la imagen internacional del "
                "Estado, y permitir que funcionarios de países con instituciones propias "
                "compartieran su experiencia práctica, ayudó a convencer a quienes la veían "
                "como un gasto innecesario.</p>"
            ),
            "challenges": (
                "<p>Un cambio de gobierno o el fin de la legislatura podían borrar meses de "
                "trabajo, y la red tuvo que reconstruir relaciones con los nuevos miembros de "
                "la comisión. Algunos órganos de control existentes temían que una nueva "
                "institución absorbiera sus competencias, y la red dedicó mucho tiempo a "
                "explicar que el proyecto se apoyaría en su labor en lugar de sustituirla.</p>"
            ),
            "risks": (
                "<p>El riesgo de represalias era menor que en muchos otros contextos, pero la "
                "red afrontaba otro: parecer partidista. Se aseguró de que el grupo "
                "multipartidista incluyera siempre a miembros del oficialismo y de la "
                "oposición, publicó abiertamente el texto modelo y nunca hizo campaña contra "
                "políticos concretos. El personal de organizaciones de derechos de las "
                "personas migrantes que intervino en la audiencia recibió orientación sobre el "
                "acoso en línea, y la red vigiló los mensajes abusivos y denunció las amenazas "
                "ante las plataformas y, cuando fue necesario, ante la policía.</p>"
            ),
            "replication": (
                "<ul><li>Cuando una recomendación se apoya ciclo tras ciclo, pida al Gobierno "
                "que indique en la adición cómo y en qué plazo actuará.</li><li>Lleve un "
                "borrador de texto y respuestas sobre costes e independencia, no solo una "
                "exigencia.</li><li>Dé carácter multipartidista al trabajo parlamentario desde "
                "la primera reunión.</li><li>Pida a las embajadas que faciliten intercambios "
                "entre pares con países que hayan creado recientemente una institución "
                "similar.</li></ul>"
            ),
        },
    },
    {
        "key": "b-tanzania-death-penalty-noted-recommendation",
        "countries": ["TZ"],
        "regions": [],
        "themes": ["death-penalty", "justice-rule-of-law"],
        "stages": ["plenary-adoption", "implementation", "follow-up"],
        "tactics": ["litigation", "media-campaign"],
        "cycle": 2,
        "organisation": None,
        "recommendations": [
            {
                "recommending_state": "AU",
                "response": "noted",
                "action_category": 5,
                "text": {
                    "en": (
                        "Establish an official moratorium on executions, commute all death "
                        "sentences to terms of imprisonment and ratify the Second Optional "
                        "Protocol to the International Covenant on Civil and Political Rights, "
                        "aiming at the abolition of the death penalty."
                    ),
                    "fr": (
                        "Instaurer un moratoire officiel sur les exécutions, commuer toutes "
                        "les condamnations à mort en peines d'emprisonnement et ratifier le "
                        "deuxième Protocole facultatif se rapportant au Pacte international "
                        "relatif aux droits civils et politiques, visant à abolir la peine de "
                        "mort."
                    ),
                    "es": (
                        "Establecer una moratoria oficial de las ejecuciones, conmutar todas "
                        "las condenas a muerte por penas de prisión y ratificar el Segundo "
                        "Protocolo Facultativo del Pacto Internacional de Derechos Civiles y "
                        "Políticos, destinado a abolir la pena de muerte."
                    ),
                },
            },
            {
                "recommending_state": "BE",
                "response": "supported",
                "action_category": 4,
                "text": {
                    "en": (
                        "Ensure that all persons charged with capital offences have access to "
                        "effective and qualified legal representation at every stage of the "
                        "proceedings, including on appeal."
                    ),
                    "fr": (
                        "Veiller à ce que toutes les personnes accusées d'infractions "
                        "passibles de la peine capitale bénéficient d'une représentation "
                        "juridique effective et qualifiée à tous les stades de la procédure, y "
                        "compris en appel."
                    ),
                    "es": (
                        "Garantizar que todas las personas acusadas de delitos punibles con la "
                        "pena capital tengan acceso a una representación letrada efectiva y "
                        "cualificada en todas las etapas del proceso, incluida la apelación."
                    ),
                },
            },
        ],
        "en": {
            "title": "Using a noted recommendation on the death penalty in court and in the media",
            "slug": "noted-recommendation-death-penalty-court-media",
            "summary": (
                "A legal aid organisation could not make the Government act on a noted "
                "recommendation to abolish the death penalty, so it used it in litigation and "
                "public debate, and used a supported one on legal aid to open talks with the "
                "judiciary."
            ),
            "actors": (
                "A legal aid organisation, pro bono advocates, families of people on death "
                "row, a partner NGO with ECOSOC status in Geneva, the judiciary, the national "
                "human rights commission, and radio and print journalists."
            ),
            "context": (
                "<p>No executions had been carried out for many years, but courts continued to "
                "hand down death sentences, which the law made mandatory for murder, and a "
                "large number of people were on death row. At its second-cycle review, the "
                "Government noted the recommendations to formalise the moratorium and abolish "
                "the death penalty, while supporting one on legal representation for people "
                "facing capital charges. The organisation had to decide what to do with a "
                "noted recommendation that the Government clearly did not intend to "
                "implement.</p>"
            ),
            "steps": [
                [
                    "Reading the responses closely",
                    (
                        "<p>When the addendum was published, the organisation's lawyers "
                        "analysed how the Government had explained its positions. Like many "
                        "retentionist States, it pointed to public opinion while stressing its "
                        "commitment to fair trials. The team decided to build on the supported "
                        "recommendation on legal representation and to use the noted ones as "
                        "evidence of a growing international consensus rather than as "
                        "commitments the Government had made.</p>"
                    ),
                ],
                [
                    "A short statement at the plenary",
                    (
                        "<p>At the plenary adoption, about three months after the review, a "
                        "partner NGO with ECOSOC status delivered a short joint statement that "
                        "welcomed the support for legal representation and asked the "
                        "Government to explain how it would apply to people already sentenced. "
                        "The organisation circulated the statement to national media the same "
                        "day, with a plain-language explanation of the difference between "
                        "supported and noted recommendations.</p>"
                    ),
                ],
                [
                    "Strategic litigation",
                    (
                        "<p>Over the following year, pro bono advocates filed a constitutional "
                        "petition on behalf of several prisoners who had spent more than a "
                        "decade on death row, arguing that the mandatory sentence and the "
                        "prolonged uncertainty violated the rights to a fair trial and to "
                        "freedom from cruel, inhuman or degrading treatment. The petition "
                        "cited the supported recommendation, the Government's own statements "
                        "at the review and the jurisprudence of regional human rights "
                        "bodies.</p>"
                    ),
                ],
                [
                    "A media campaign on fair trials",
                    (
                        "<p>Judging that a campaign for abolition would provoke a backlash, "
                        "the organisation ran a campaign on fair trials instead: radio "
                        "interviews with former prisoners whose convictions had been "
                        "overturned, opinion pieces by retired judges and data on how long "
                        "appeals took. Each piece referred back to the Government's UPR "
                        "commitment.</p>"
                    ),
                ],
                [
                    "Preparing the next cycle",
                    (
                        "<p>The organisation kept a simple record of new death sentences, "
                        "commutations and appeal times, and used it in its stakeholder "
                        "submission for the third cycle, proposing SMART recommendations on "
                        "legal aid in capital cases and on abolishing the mandatory death "
                        "sentence as a first step.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>The court had not ruled on the main question at the time of writing, but "
                "it ordered the authorities to disclose how many people were on death row and "
                "for how long, and the figures became public for the first time in years. The "
                "judiciary agreed to pilot a roster of experienced advocates for capital "
                "appeals. In the next cycle, the organisation's recommendation on reviewing "
                "the mandatory sentence was taken up by several recommending States.</p>"
            ),
            "why_it_worked": (
                "<p>The organisation did not pretend that a noted recommendation was a "
                "commitment. It used the supported recommendation as a legitimate entry point "
                "for dialogue with the judiciary, and the noted ones, together with the court "
                "case, to keep the issue in public debate. Personal stories, shared with "
                "consent, made the issue concrete for listeners who had never thought about "
                "death row.</p>"
            ),
            "challenges": (
                "<p>Litigation was slow and costly, and the advocates worked pro bono "
                "alongside their paid cases. Public support for the death penalty was strong, "
                "especially after high-profile crimes, and some editors refused pieces they "
                "saw as sympathetic to convicted murderers. Families were exhausted and "
                "sometimes unsure about being exposed to public attention.</p>"
            ),
            "risks": (
                "<p>Prisoners and their families feared that speaking out could affect their "
                "treatment or their appeals. The organisation used only first names or "
                "pseudonyms, obtained written consent that could be withdrawn at any time, and "
                "never published details that could identify a prisoner without the lawyer's "
                "agreement. Staff used encrypted messaging for case communications, kept "
                "client files off shared drives and agreed a protocol for reporting any "
                "intimidation to the national human rights commission and, where it was linked "
                "to UN engagement, to OHCHR's reprisals focal point. The organisation chose "
                "not to be named in this case study.</p>"
            ),
            "replication": (
                "<ul><li>Read the addendum to understand why a recommendation was noted: the "
                "reasons often show where dialogue is still possible.</li><li>Pair a noted "
                "recommendation with a related supported one that gives you a legitimate entry "
                "point.</li><li>In litigation, cite the State's own UPR commitments alongside "
                "its treaty obligations.</li><li>Frame media work around values the public "
                "already shares, such as fair trials, before arguing for "
                "abolition.</li><li>Never publish testimony from people in detention without "
                "informed consent that they can withdraw.</li></ul>"
            ),
        },
        "fr": {
            "title": (
                "Peine de mort : une recommandation dont il a été pris note, en justice et "
                "dans les médias"
            ),
            "slug": "recommandation-peine-de-mort-pris-note-justice-medias",
            "summary": (
                "Une organisation d'aide juridique a mobilisé en justice et dans les médias "
                "une recommandation sur l'abolition dont il avait été pris note, et s'est "
                "appuyée sur une recommandation acceptée pour dialoguer avec les juges."
            ),
            "actors": (
                "Une organisation d'aide juridique, des avocats bénévoles, des familles de "
                "condamnés à mort, une ONG partenaire dotée du statut consultatif auprès de "
                "l'ECOSOC à Genève, la magistrature, la commission nationale des droits de "
                "l'homme ainsi que des journalistes de la radio et de la presse écrite."
            ),
            "context": (
                "<p>Aucune exécution n'avait eu lieu depuis de nombreuses années, mais les "
                "tribunaux continuaient de prononcer des condamnations à mort, la loi rendant "
                "cette peine obligatoire pour le meurtre, et de nombreuses personnes se "
                "trouvaient dans le couloir de la mort. Lors de l'examen du deuxième cycle, le "
                "Gouvernement a pris note des recommandations visant à officialiser le "
                "moratoire et à abolir la peine de mort, tout en acceptant une recommandation "
                "sur la représentation juridique des personnes accusées de crimes passibles de "
                "la peine capitale. L'organisation devait décider que faire d'une "
                "recommandation que le Gouvernement n'avait manifestement pas l'intention "
                "d'appliquer.</p>"
            ),
            "steps": [
                [
                    "Lire attentivement les réponses",
                    (
                        "<p>À la publication de l'additif, les juristes de l'organisation ont "
                        "analysé la façon dont le Gouvernement justifiait ses positions. Comme "
                        "bien des États non abolitionnistes, il invoquait l'opinion publique "
                        "tout en affirmant son attachement au procès équitable. L'équipe a "
                        "décidé de s'appuyer sur la recommandation acceptée relative à la "
                        "représentation juridique et d'utiliser celles dont il avait été pris "
                        "note comme preuve d'un consensus international croissant plutôt que "
                        "comme des engagements du Gouvernement.</p>"
                    ),
                ],
                [
                    "Une brève déclaration en plénière",
                    (
                        "<p>Lors de l'adoption en plénière, environ trois mois après l'examen, "
                        "une ONG partenaire dotée du statut consultatif auprès de l'ECOSOC a "
                        "prononcé une brève déclaration commune saluant l'acceptation de la "
                        "recommandation sur la représentation juridique et demandant au "
                        "Gouvernement d'expliquer comment elle s'appliquerait aux personnes "
                        "déjà condamnées. L'organisation a diffusé la déclaration aux médias "
                        "nationaux le jour même, avec une explication simple de la différence "
                        "entre recommandations acceptées et recommandations dont il a été pris "
                        "note.</p>"
                    ),
                ],
                [
                    "Un contentieux stratégique",
                    (
                        "<p>Au cours de l'année suivante, des avocats bénévoles ont introduit "
                        "un recours constitutionnel au nom de plusieurs détenus qui "
                        "attendaient depuis plus de dix ans dans le couloir de la mort, "
                        "soutenant que la peine obligatoire et l'incertitude prolongée "
                        "violaient le droit à un procès équitable et l'interdiction des "
                        "traitements cruels, inhumains ou dégradants. Le recours citait la "
                        "recommandation acceptée, les déclarations du Gouvernement lors de "
                        "l'examen et la jurisprudence des organes régionaux des droits de "
                        "l'homme.</p>"
                    ),
                ],
                [
                    "Une campagne médiatique sur le procès équitable",
                    (
                        "<p>Estimant qu'une campagne pour l'abolition provoquerait un rejet, "
                        "l'organisation a plutôt mené une campagne sur le procès équitable : "
                        "entretiens radiophoniques avec d'anciens détenus dont la condamnation "
                        "avait été annulée, tribunes de magistrats retraités et données sur la "
                        "durée des procédures d'appel. Chaque intervention rappelait "
                        "l'engagement pris par le Gouvernement dans le cadre de l'EPU.</p>"
                    ),
                ],
                [
                    "Préparer le cycle suivant",
                    (
                        "<p>L'organisation a tenu un registre simple des nouvelles "
                        "condamnations à mort, des commutations et de la durée des appels, "
                        "qu'elle a utilisé dans sa contribution des parties prenantes pour le "
                        "troisième cycle, en proposant des recommandations SMART sur l'aide "
                        "juridique dans les affaires capitales et, dans un premier temps, sur "
                        "la suppression du caractère obligatoire de la peine de mort.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>Le tribunal ne s'était pas encore prononcé sur le fond au moment de la "
                "rédaction, mais il a ordonné aux autorités de communiquer le nombre de "
                "personnes détenues dans le couloir de la mort et la durée de leur détention, "
                "chiffres rendus publics pour la première fois depuis des années. La "
                "magistrature a accepté d'expérimenter une liste d'avocats expérimentés pour "
                "les appels en matière capitale. Au cycle suivant, la recommandation de "
                "l'organisation sur le réexamen de la peine obligatoire a été reprise par "
                "plusieurs États.</p>"
            ),
            "why_it_worked": (
                "<p>L'organisation n'a pas prétendu qu'une recommandation dont il avait été "
                "pris note constituait un engagement. Elle a utilisé la recommandation "
                "acceptée comme point d'entrée légitime pour dialoguer avec la magistrature, "
                "et les autres, avec le recours en justice, pour maintenir la question dans le "
                "débat public. Les témoignages, partagés avec consentement, ont rendu le sujet "
                "concret pour des auditeurs qui n'avaient jamais pensé au couloir de la "
                "mort.</p>"
            ),
            "challenges": (
                "<p>La procédure judiciaire était lente et coûteuse, et les avocats "
                "travaillaient bénévolement en plus de leurs dossiers rémunérés. Le soutien de "
                "l'opinion à la peine de mort était fort, surtout après des crimes très "
                "médiatisés, et certains rédacteurs en chef refusaient des articles jugés "
                "complaisants envers des meurtriers. Les familles étaient épuisées et parfois "
                "hésitantes à s'exposer publiquement.</p>"
            ),
            "risks": (
                "<p>Les détenus et leurs familles craignaient que leur prise de parole ne "
                "nuise à leurs conditions de détention ou à leurs recours. L'organisation n'a "
                "utilisé que des prénoms ou des pseudonymes, a recueilli un consentement écrit "
                "révocable à tout moment et n'a jamais publié d'informations permettant "
                "d'identifier un détenu sans l'accord de son avocat. Le personnel utilisait "
                "une messagerie chiffrée pour les échanges sur les dossiers, conservait les "
                "dossiers des clients hors des espaces partagés et avait convenu d'une "
                "procédure pour signaler toute intimidation à la commission nationale des "
                "droits de l'homme et, en cas de lien avec la coopération avec l'ONU, au point "
                "focal du HCDH sur les représailles. L'organisation a choisi de ne pas être "
                "nommée dans cette étude de cas.</p>"
            ),
            "replication": (
                "<ul><li>Lisez l'additif pour comprendre pourquoi il a été pris note d'une "
                "recommandation : les motifs montrent souvent où le dialogue reste "
                "possible.</li><li>Associez une recommandation dont il a été pris note à une "
                "recommandation acceptée connexe qui vous offre un point d'entrée "
                "légitime.</li><li>Dans vos recours, citez les engagements pris par l'État "
                "dans le cadre de l'EPU en plus de ses obligations "
                "conventionnelles.</li><li>Construisez le travail médiatique autour de valeurs "
                "déjà partagées, comme le procès équitable, avant de plaider pour "
                "l'abolition.</li><li>Ne publiez jamais le témoignage d'une personne détenue "
                "sans son consentement éclairé et révocable.</li></ul>"
            ),
        },
        "es": {
            "title": (
                "Pena de muerte: usar en tribunales y medios una recomendación de la que se "
                "tomó nota"
            ),
            "slug": "recomendacion-pena-de-muerte-se-tomo-nota-tribunales-medios",
            "summary": (
                "Una organización de asistencia jurídica llevó a los tribunales y al debate "
                "público una recomendación sobre la abolición de la que se tomó nota, y usó "
                "otra apoyada para dialogar con la judicatura."
            ),
            "actors": (
                "Una organización de asistencia jurídica, abogados pro bono, familias de "
                "personas condenadas a muerte, una ONG aliada con estatus consultivo ante el "
                "ECOSOC en Ginebra, la judicatura, la comisión nacional de derechos humanos y "
                "periodistas de radio y prensa escrita."
            ),
            "context": (
                "<p>No se había ejecutado a nadie en muchos años, pero los tribunales seguían "
                "dictando condenas a muerte, que la ley imponía de forma obligatoria para el "
                "asesinato, y un número elevado de personas se encontraba en el corredor de la "
                "muerte. En su examen del segundo ciclo, el Gobierno tomó nota de las "
                "recomendaciones de oficializar la moratoria y abolir la pena de muerte, y "
                "apoyó una sobre la representación letrada de las personas acusadas de delitos "
                "capitales. La organización tenía que decidir qué hacer con una recomendación "
                "que el Gobierno claramente no pensaba aplicar.</p>"
            ),
            "steps": [
                [
                    "Leer con atención las respuestas",
                    (
                        "<p>Cuando se publicó la adición, el equipo jurídico de la "
                        "organización analizó cómo justificaba el Gobierno sus posiciones. "
                        "Como muchos Estados retencionistas, aludía a la opinión pública a la "
                        "vez que subrayaba su compromiso con el juicio justo. El equipo "
                        "decidió apoyarse en la recomendación apoyada sobre representación "
                        "letrada y utilizar aquellas de las que se tomó nota como prueba de un "
                        "consenso internacional creciente, no como compromisos asumidos por el "
                        "Gobierno.</p>"
                    ),
                ],
                [
                    "Una breve declaración en el pleno",
                    (
                        "<p>En la aprobación en el pleno, unos tres meses después del examen, "
                        "una ONG aliada con estatus consultivo ante el ECOSOC pronunció una "
                        "breve declaración conjunta que celebraba el apoyo a la recomendación "
                        "sobre representación letrada y pedía al Gobierno explicar cómo se "
                        "aplicaría a las personas ya condenadas. La organización difundió la "
                        "declaración entre los medios nacionales ese mismo día, con una "
                        "explicación sencilla de la diferencia entre recomendaciones apoyadas "
                        "y recomendaciones de las que se tomó nota.</p>"
                    ),
                ],
                [
                    "Litigio estratégico",
                    (
                        "<p>Durante el año siguiente, abogados pro bono presentaron una "
                        "demanda constitucional en nombre de varios presos que llevaban más de "
                        "diez años en el corredor de la muerte, alegando que la pena "
                        "obligatoria y la incertidumbre prolongada vulneraban el derecho a un "
                        "juicio justo y la prohibición de tratos crueles, inhumanos o "
                        "degradantes. La demanda citaba la recomendación apoyada, las propias "
                        "declaraciones del Gobierno durante el examen y la jurisprudencia de "
                        "los órganos regionales de derechos humanos.</p>"
                    ),
                ],
                [
                    "Una campaña mediática sobre el juicio justo",
                    (
                        "<p>Considerando que una campaña abolicionista provocaría rechazo, la "
                        "organización optó por una campaña sobre el juicio justo: entrevistas "
                        "en la radio con exreclusos cuyas condenas se habían anulado, columnas "
                        "de opinión de jueces jubilados y datos sobre la duración de las "
                        "apelaciones. Cada pieza recordaba el compromiso asumido por el "
                        "Gobierno en el EPU.</p>"
                    ),
                ],
                [
                    "Preparar el ciclo siguiente",
                    (
                        "<p>La organización llevó un registro sencillo de nuevas condenas a "
                        "muerte, conmutaciones y duración de las apelaciones, y lo utilizó en "
                        "su contribución de partes interesadas para el tercer ciclo, en la que "
                        "propuso recomendaciones SMART sobre asistencia jurídica en causas "
                        "capitales y, como primer paso, sobre la eliminación de la pena de "
                        "muerte obligatoria.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>En el momento de redactar este caso, el tribunal aún no se había "
                "pronunciado sobre el fondo, pero ordenó a las autoridades informar de cuántas "
                "personas había en el corredor de la muerte y desde cuándo, cifras que se "
                "hicieron públicas por primera vez en años. La judicatura aceptó poner a "
                "prueba una lista de abogados con experiencia para las apelaciones en causas "
                "capitales. En el ciclo siguiente, varios Estados recomendantes retomaron la "
                "propuesta de la organización sobre la revisión de la pena obligatoria.</p>"
            ),
            "why_it_worked": (
                "<p>La organización no fingió que una recomendación de la que se tomó nota "
                "fuera un compromiso. Usó la recomendación apoyada como punto de entrada "
                "legítimo para dialogar con la judicatura, y las demás, junto con el litigio, "
                "para mantener el tema en el debate público. Las historias personales, "
                "compartidas con consentimiento, acercaron el tema a oyentes que nunca habían "
                "pensado en el corredor de la muerte.</p>"
            ),
            "challenges": (
                "<p>El litigio fue lento y costoso, y los abogados trabajaban pro bono además "
                "de atender sus casos remunerados. El apoyo social a la pena de muerte era "
                "fuerte, sobre todo tras crímenes muy mediáticos, y algunos editores "
                "rechazaron textos que consideraban favorables a asesinos convictos. Las "
                "familias estaban agotadas y a veces dudaban en exponerse públicamente.</p>"
            ),
            "risks": (
                "<p>Los presos y sus familias temían que hablar en público afectara al trato "
                "que recibían o a sus apelaciones. La organización utilizó solo nombres de "
                "pila o seudónimos, obtuvo consentimientos por escrito revocables en cualquier "
                "momento y nunca publicó datos que permitieran identificar a un preso sin el "
                "acuerdo de su abogado. El personal usaba mensajería cifrada para las "
                "comunicaciones sobre los casos, guardaba los expedientes fuera de las "
                "carpetas compartidas y acordó un protocolo para denunciar cualquier "
                "intimidación ante la comisión nacional de derechos humanos y, si estaba "
                "vinculada a la colaboración con la ONU, ante el punto focal del ACNUDH sobre "
                "represalias. La organización prefirió no aparecer con su nombre en este "
                "estudio de caso.</p>"
            ),
            "replication": (
                "<ul><li>Lea la adición para entender por qué se tomó nota de una "
                "recomendación: los motivos suelen indicar dónde sigue siendo posible el "
                "diálogo.</li><li>Combine una recomendación de la que se tomó nota con otra "
                "apoyada y relacionada que le ofrezca un punto de entrada legítimo.</li><li>En "
                "los litigios, cite los compromisos asumidos por el Estado en el EPU junto con "
                "sus obligaciones convencionales.</li><li>Construya el trabajo con los medios "
                "en torno a valores que el público ya comparte, como el juicio justo, antes de "
                "defender la abolición.</li><li>No publique nunca el testimonio de una persona "
                "privada de libertad sin su consentimiento informado y revocable.</li></ul>"
            ),
        },
    },
    {
        "key": "b-mexico-disappearances-smart-joint-submission",
        "countries": ["MX"],
        "regions": [],
        "themes": ["impunity-enforced-disappearances", "human-rights-defenders"],
        "stages": ["stakeholder-submissions", "pre-sessions-lobbying", "responses"],
        "tactics": ["joint-submission", "embassy-engagement", "pre-session-advocacy"],
        "cycle": 4,
        "organisation": "Plataforma Cauce por la Verdad y la Justicia",
        "recommendations": [
            {
                "recommending_state": "AR",
                "response": "supported",
                "action_category": 5,
                "text": {
                    "en": (
                        "Allocate, within two years, specific and sufficient resources to the "
                        "national forensic identification system, and publish every six months "
                        "the number of human remains identified and returned to families."
                    ),
                    "fr": (
                        "Allouer, dans un délai de deux ans, des ressources spécifiques et "
                        "suffisantes au système national d'identification médico-légale, et "
                        "publier tous les six mois le nombre de restes humains identifiés et "
                        "restitués aux familles."
                    ),
                    "es": (
                        "Asignar, en un plazo de dos años, recursos específicos y suficientes "
                        "al sistema nacional de identificación forense, y publicar cada seis "
                        "meses el número de restos humanos identificados y restituidos a las "
                        "familias."
                    ),
                },
            },
            {
                "recommending_state": "DE",
                "response": "supported",
                "action_category": 4,
                "text": {
                    "en": (
                        "Ensure the effective participation of families of disappeared persons "
                        "in the design, implementation and evaluation of search plans, and "
                        "protect searching relatives from threats and attacks."
                    ),
                    "fr": (
                        "Garantir la participation effective des familles de personnes "
                        "disparues à la conception, à la mise en œuvre et à l'évaluation des "
                        "plans de recherche, et protéger les proches qui mènent les recherches "
                        "contre les menaces et les agressions."
                    ),
                    "es": (
                        "Garantizar la participación efectiva de las familias de personas "
                        "desaparecidas en el diseño, la aplicación y la evaluación de los "
                        "planes de búsqueda, y proteger a los familiares buscadores frente a "
                        "amenazas y agresiones."
                    ),
                },
            },
        ],
        "en": {
            "title": (
                "A joint submission that gave recommending States SMART recommendations on "
                "disappearances"
            ),
            "slug": "joint-submission-smart-recommendations-disappearances",
            "summary": (
                "A coalition of families' collectives and human rights organisations drafted a "
                "joint submission with ten SMART recommendations and took them to embassies; "
                "several States used its wording almost word for word at the review."
            ),
            "actors": (
                "Twenty-three families' collectives and human rights organisations with a "
                "small coordinating secretariat, the embassies of fourteen States in the "
                "capital and their Permanent Missions in Geneva, the Ministry of Foreign "
                "Affairs, the Ministry of the Interior and the OHCHR country office."
            ),
            "context": (
                "<p>Disappearances had reached a scale that overwhelmed the authorities, and "
                "families, most of them mothers, were carrying out searches themselves, often "
                "at great personal risk. Earlier UPR cycles had produced many recommendations "
                "on disappearances, but most were general, along the lines of taking measures "
                "to combat enforced disappearances, and hard to follow up. The coalition set "
                "out to make the fourth-cycle recommendations specific enough to be "
                "measured.</p>"
            ),
            "steps": [
                [
                    "Agreeing priorities with families",
                    (
                        "<p>About ten months before the review, the secretariat held online "
                        "and regional meetings with families' collectives to agree five "
                        "priorities: forensic identification, search, participation of "
                        "families, protection of searching relatives and criminal "
                        "investigation. Families decided which issues went into the submission "
                        "and reviewed every draft recommendation.</p>"
                    ),
                ],
                [
                    "Drafting SMART recommendations",
                    (
                        "<p>For each priority, a drafting group wrote two recommendations and "
                        "tested them against the SMART criteria: a specific verb (allocate, "
                        "publish, adopt rather than ensure), a measurable indicator, a "
                        "realistic scope, a clear link to the evidence in the submission and a "
                        "deadline tied to the cycle. The joint submission went in through "
                        "OHCHR's online portal about seven months before the review, within "
                        "the limits set in the technical guidelines for the cycle.</p>"
                    ),
                ],
                [
                    "Matching recommendations to States",
                    (
                        "<p>The coalition mapped which States had made recommendations on "
                        "disappearances in earlier cycles, which had their own experience of "
                        "forensic search after conflict or dictatorship, and which had close "
                        "bilateral ties with the Government. It then offered each embassy one "
                        "or two recommendations matching its priorities rather than the full "
                        "list, so that States would make complementary recommendations instead "
                        "of repeating one another.</p>"
                    ),
                ],
                [
                    "Embassy briefings and the pre-session",
                    (
                        "<p>Between four and two months before the review, two relatives and a "
                        "lawyer briefed fourteen embassies in the capital, leaving a two-page "
                        "fact sheet. About a month before the review, a coalition speaker "
                        "presented the same recommendations at a pre-session in Geneva and met "
                        "Permanent Missions one by one. The coalition also proposed advance "
                        "questions, some of which States sent through the troika.</p>"
                    ),
                ],
                [
                    "Lobbying on the responses",
                    (
                        "<p>Right after the review, the coalition sent the Government a table "
                        "showing which recommendations it saw as priorities and why each was "
                        "achievable, and met officials of the foreign and interior ministries "
                        "before the addendum was finalised.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>Eleven recommendations made at the review reproduced the coalition's "
                "wording in full or in part, including those on forensic identification "
                "budgets and on the participation of families. The Government supported all "
                "but one of them. Because they contained indicators and deadlines, the "
                "coalition could build its implementation tracker directly from the Working "
                "Group report.</p>"
            ),
            "why_it_worked": (
                "<p>Diplomats said they valued recommendations that were ready to use, backed "
                "by evidence and matched to their own country's priorities. Relatives speaking "
                "directly to embassies gave the briefings an authority that no fact sheet "
                "could. Thinking about the tracking stage from the start meant that the "
                "recommendations were written to be monitored.</p>"
            ),
            "challenges": (
                "<p>Agreeing priorities among more than twenty groups with different "
                "experiences and political positions took longer than planned, and some "
                "collectives felt their region was underrepresented. Travel costs for "
                "relatives limited the number of meetings, and the secretariat had to make "
                "hard choices about which embassies to prioritise.</p>"
            ),
            "risks": (
                "<p>Searching relatives face serious threats, including killings, so "
                "visibility had to be managed carefully. Each relative decided whether to be "
                "named, and several spoke only in closed meetings. Briefings were held at "
                "embassies or neutral venues rather than at members' offices, evidence was "
                "shared through encrypted channels and identifying details were removed from "
                "case examples in the public submission. The coalition agreed with the OHCHR "
                "country office how to report any intimidation linked to the UPR and, with "
                "their consent, informed OHCHR's reprisals focal point of the names of those "
                "travelling to Geneva.</p>"
            ),
            "replication": (
                "<ul><li>Start with the people most affected: let them set the priorities and "
                "review the recommendations.</li><li>Give each recommendation a specific verb, "
                "an indicator and a deadline, and sum up the evidence behind it in one "
                "line.</li><li>Offer each embassy one or two recommendations that fit its "
                "priorities instead of the full list.</li><li>Design your implementation "
                "tracker before the review, so that the recommendations are written to be "
                "tracked.</li></ul>"
            ),
        },
        "fr": {
            "title": (
                "Une contribution conjointe porteuse de recommandations SMART sur les disparitions"
            ),
            "slug": "contribution-conjointe-recommandations-smart-disparitions",
            "summary": (
                "Une coalition de collectifs de familles et d'ONG a rédigé une contribution "
                "conjointe avec dix recommandations SMART et les a présentées aux ambassades ; "
                "plusieurs États les ont reprises presque mot pour mot lors de l'examen."
            ),
            "actors": (
                "Vingt-trois collectifs de familles et organisations de défense des droits de "
                "l'homme dotés d'un petit secrétariat de coordination, les ambassades de "
                "quatorze États dans la capitale et leurs missions permanentes à Genève, le "
                "ministère des Affaires étrangères, le ministère de l'Intérieur et le bureau "
                "du HCDH dans le pays."
            ),
            "context": (
                "<p>Les disparitions avaient atteint une ampleur qui dépassait les autorités, "
                "et les familles, surtout des mères, menaient elles-mêmes les recherches, "
                "souvent au péril de leur vie. Les cycles précédents de l'EPU avaient produit "
                "de nombreuses recommandations sur les disparitions, mais la plupart restaient "
                "générales, du type « prendre des mesures pour lutter contre les disparitions "
                "forcées », et difficiles à suivre. La coalition s'est donné pour objectif "
                "d'obtenir au quatrième cycle des recommandations assez précises pour être "
                "mesurées.</p>"
            ),
            "steps": [
                [
                    "Définir les priorités avec les familles",
                    (
                        "<p>Environ dix mois avant l'examen, le secrétariat a organisé des "
                        "réunions en ligne et en région avec les collectifs de familles pour "
                        "arrêter cinq priorités : identification médico-légale, recherche, "
                        "participation des familles, protection des proches qui mènent les "
                        "recherches et enquêtes pénales. Les familles ont choisi les sujets "
                        "retenus dans la contribution et relu chaque projet de "
                        "recommandation.</p>"
                    ),
                ],
                [
                    "Rédiger des recommandations SMART",
                    (
                        "<p>Pour chaque priorité, un groupe de rédaction a formulé deux "
                        "recommandations et les a confrontées aux critères SMART : un verbe "
                        "précis (allouer, publier, adopter plutôt que veiller à), un "
                        "indicateur mesurable, une portée réaliste, un lien clair avec les "
                        "éléments de preuve de la contribution et une échéance liée au cycle. "
                        "La contribution conjointe a été déposée sur le portail en ligne du "
                        "HCDH environ sept mois avant l'examen, dans les limites fixées par "
                        "les directives techniques du cycle.</p>"
                    ),
                ],
                [
                    "Associer les recommandations aux États",
                    (
                        "<p>La coalition a recensé les États ayant formulé des recommandations "
                        "sur les disparitions lors des cycles précédents, ceux qui avaient "
                        "leur propre expérience de la recherche médico-légale après un conflit "
                        "ou une dictature, et ceux qui entretenaient des liens bilatéraux "
                        "étroits avec le Gouvernement. Elle a ensuite proposé à chaque "
                        "ambassade une ou deux recommandations correspondant à ses priorités "
                        "plutôt que la liste complète, afin que les États formulent des "
                        "recommandations complémentaires au lieu de se répéter.</p>"
                    ),
                ],
                [
                    "Rencontres avec les ambassades et pré-session",
                    (
                        "<p>Entre quatre et deux mois avant l'examen, deux proches de "
                        "personnes disparues et une avocate ont rencontré quatorze ambassades "
                        "dans la capitale, en laissant une fiche de deux pages. Environ un "
                        "mois avant l'examen, une représentante de la coalition a présenté les "
                        "mêmes recommandations lors d'une pré-session à Genève et rencontré "
                        "les missions permanentes une à une. La coalition a aussi proposé des "
                        "questions écrites préalables, dont certaines ont été transmises par "
                        "des États via la troïka.</p>"
                    ),
                ],
                [
                    "Plaider sur les réponses",
                    (
                        "<p>Aussitôt après l'examen, la coalition a adressé au Gouvernement un "
                        "tableau indiquant les recommandations qu'elle jugeait prioritaires et "
                        "pourquoi chacune était réalisable, puis a rencontré des "
                        "fonctionnaires des ministères des Affaires étrangères et de "
                        "l'Intérieur avant la finalisation de l'additif.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>Onze recommandations formulées lors de l'examen reprenaient en tout ou en "
                "partie la rédaction de la coalition, notamment celles sur le budget de "
                "l'identification médico-légale et sur la participation des familles. Le "
                "Gouvernement les a toutes acceptées sauf une. Comme elles contenaient des "
                "indicateurs et des échéances, la coalition a pu construire son outil de suivi "
                "de la mise en œuvre directement à partir du rapport du Groupe de travail.</p>"
            ),
            "why_it_worked": (
                "<p>Les diplomates ont dit apprécier des recommandations prêtes à l'emploi, "
                "étayées et adaptées aux priorités de leur pays. Le fait que des proches de "
                "disparus s'adressent directement aux ambassades a donné aux rencontres une "
                "autorité qu'aucune fiche n'aurait pu avoir. Penser au suivi dès le départ a "
                "permis de rédiger des recommandations conçues pour être suivies.</p>"
            ),
            "challenges": (
                "<p>S'accorder sur des priorités entre plus de vingt groupes aux expériences "
                "et positions politiques différentes a pris plus de temps que prévu, et "
                "certains collectifs ont estimé que leur région était sous-représentée. Les "
                "frais de déplacement des familles ont limité le nombre de rencontres, et le "
                "secrétariat a dû faire des choix difficiles quant aux ambassades à "
                "privilégier.</p>"
            ),
            "risks": (
                "<p>Les proches qui mènent les recherches sont exposés à des menaces graves, y "
                "compris des assassinats, si bien que leur visibilité devait être gérée avec "
                "soin. Chacun a décidé s'il voulait être nommé, et plusieurs ne se sont "
                "exprimés qu'en réunion fermée. Les rencontres se tenaient dans les ambassades "
                "ou dans des lieux neutres plutôt que dans les locaux des membres, les "
                "éléments de preuve circulaient par des canaux chiffrés et les détails "
                "permettant une identification ont été retirés des exemples de la contribution "
                "publique. La coalition a convenu avec le bureau du HCDH dans le pays de la "
                "manière de signaler toute intimidation liée à l'EPU et, avec leur accord, a "
                "communiqué au point focal du HCDH sur les représailles les noms des personnes "
                "se rendant à Genève.</p>"
            ),
            "replication": (
                "<ul><li>Partez des personnes les plus touchées : laissez-les fixer les "
                "priorités et relire les recommandations.</li><li>Donnez à chaque "
                "recommandation un verbe précis, un indicateur et une échéance, et résumez en "
                "une ligne les éléments qui la fondent.</li><li>Proposez à chaque ambassade "
                "une ou deux recommandations adaptées à ses priorités plutôt que la liste "
                "complète.</li><li>Concevez votre outil de suivi avant l'examen, pour que les "
                "recommandations soient rédigées de façon à pouvoir être suivies.</li></ul>"
            ),
        },
        "es": {
            "title": (
                "Una contribución conjunta que dio a los Estados recomendaciones SMART sobre "
                "desapariciones"
            ),
            "slug": "contribucion-conjunta-recomendaciones-smart-desapariciones",
            "summary": (
                "Una coalición de colectivos de familias y organizaciones de derechos humanos "
                "redactó una contribución conjunta con diez recomendaciones SMART y las llevó "
                "a las embajadas; varios Estados las retomaron casi palabra por palabra."
            ),
            "actors": (
                "Veintitrés colectivos de familias y organizaciones de derechos humanos con "
                "una pequeña secretaría técnica, las embajadas de catorce Estados en la "
                "capital y sus misiones permanentes en Ginebra, la Secretaría de Relaciones "
                "Exteriores, la Secretaría de Gobernación y la oficina del ACNUDH en el país."
            ),
            "context": (
                "<p>Las desapariciones habían alcanzado una magnitud que desbordaba a las "
                "autoridades, y las familias, en su mayoría madres, buscaban por su cuenta, a "
                "menudo con grave riesgo para su vida. Los ciclos anteriores del EPU habían "
                "producido muchas recomendaciones sobre desapariciones, pero la mayoría eran "
                "generales, del tipo «adoptar medidas para combatir las desapariciones "
                "forzadas», y difíciles de seguir. La coalición se propuso lograr en el cuarto "
                "ciclo recomendaciones lo bastante precisas como para poder medirlas.</p>"
            ),
            "steps": [
                [
                    "Acordar prioridades con las familias",
                    (
                        "<p>Unos diez meses antes del examen, la secretaría organizó reuniones "
                        "virtuales y regionales con los colectivos de familias para acordar "
                        "cinco prioridades: identificación forense, búsqueda, participación de "
                        "las familias, protección de las personas buscadoras e investigación "
                        "penal. Las familias decidieron qué temas entraban en la contribución "
                        "y revisaron cada borrador de recomendación.</p>"
                    ),
                ],
                [
                    "Redactar recomendaciones SMART",
                    (
                        "<p>Para cada prioridad, un grupo de redacción formuló dos "
                        "recomendaciones y las contrastó con los criterios SMART: un verbo "
                        "preciso (asignar, publicar, aprobar en lugar de garantizar), un "
                        "indicador medible, un alcance realista, un vínculo claro con la "
                        "evidencia de la contribución y un plazo ligado al ciclo. La "
                        "contribución conjunta se presentó en el portal en línea del ACNUDH "
                        "unos siete meses antes del examen, dentro de los límites fijados en "
                        "las directrices técnicas del ciclo.</p>"
                    ),
                ],
                [
                    "Asociar recomendaciones y Estados",
                    (
                        "<p>La coalición identificó qué Estados habían formulado "
                        "recomendaciones sobre desapariciones en ciclos anteriores, cuáles "
                        "tenían experiencia propia en búsqueda forense tras conflictos o "
                        "dictaduras y cuáles mantenían estrechos vínculos bilaterales con el "
                        "Gobierno. Después ofreció a cada embajada una o dos recomendaciones "
                        "acordes con sus prioridades en lugar de la lista completa, para que "
                        "los Estados formularan recomendaciones complementarias en vez de "
                        "repetirse.</p>"
                    ),
                ],
                [
                    "Reuniones con embajadas y pre-sesión",
                    (
                        "<p>Entre cuatro y dos meses antes del examen, dos madres buscadoras y "
                        "una abogada se reunieron con catorce embajadas en la capital y les "
                        "dejaron una ficha de dos páginas. Alrededor de un mes antes del "
                        "examen, una portavoz de la coalición presentó las mismas "
                        "recomendaciones en una pre-sesión en Ginebra y se reunió una por una "
                        "con las misiones permanentes. La coalición también propuso preguntas "
                        "por adelantado, algunas de las cuales los Estados enviaron a través "
                        "de la troika.</p>"
                    ),
                ],
                [
                    "Incidir en las respuestas",
                    (
                        "<p>Inmediatamente después del examen, la coalición envió al Gobierno "
                        "un cuadro con las recomendaciones que consideraba prioritarias y las "
                        "razones por las que cada una era alcanzable, y se reunió con "
                        "funcionarios de las secretarías de Relaciones Exteriores y de "
                        "Gobernación antes de que se cerrara la adición.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>Once recomendaciones formuladas en el examen reproducían total o "
                "parcialmente la redacción de la coalición, entre ellas las relativas al "
                "presupuesto de identificación forense y a la participación de las familias. "
                "El Gobierno las apoyó todas salvo una. Como incluían indicadores y plazos, la "
                "coalición pudo construir su herramienta de seguimiento de la implementación "
                "directamente a partir del informe del Grupo de Trabajo.</p>"
            ),
            "why_it_worked": (
                "<p>El personal diplomático valoró recibir recomendaciones listas para usar, "
                "respaldadas por evidencia y acordes con las prioridades de su país. Que las "
                "propias familias hablaran directamente con las embajadas dio a las reuniones "
                "una autoridad que ninguna ficha podía tener. Pensar en el seguimiento desde "
                "el principio hizo que las recomendaciones se redactaran para poder "
                "monitorearse.</p>"
            ),
            "challenges": (
                "<p>Acordar prioridades entre más de veinte grupos con experiencias y "
                "posiciones políticas distintas llevó más tiempo del previsto, y algunos "
                "colectivos sintieron que su región estaba poco representada. Los costes de "
                "viaje de las familias limitaron el número de reuniones, y la secretaría tuvo "
                "que tomar decisiones difíciles sobre qué embajadas priorizar.</p>"
            ),
            "risks": (
                "<p>Las personas buscadoras enfrentan amenazas graves, incluidos asesinatos, "
                "por lo que su visibilidad debía gestionarse con cuidado. Cada familiar "
                "decidió si quería aparecer con su nombre, y varias personas solo hablaron en "
                "reuniones cerradas. Las reuniones se celebraron en las embajadas o en lugares "
                "neutrales y no en las oficinas de las organizaciones, la evidencia se "
                "compartió por canales cifrados y se eliminaron los datos identificativos de "
                "los ejemplos incluidos en la contribución pública. La coalición acordó con la "
                "oficina del ACNUDH en el país cómo denunciar cualquier intimidación vinculada "
                "al EPU y, con su consentimiento, comunicó al punto focal del ACNUDH sobre "
                "represalias los nombres de quienes viajaban a Ginebra.</p>"
            ),
            "replication": (
                "<ul><li>Empiece por las personas más afectadas: deje que fijen las "
                "prioridades y revisen las recomendaciones.</li><li>Dé a cada recomendación un "
                "verbo preciso, un indicador y un plazo, y resuma en una línea la evidencia "
                "que la sustenta.</li><li>Ofrezca a cada embajada una o dos recomendaciones "
                "acordes con sus prioridades en lugar de la lista completa.</li><li>Diseñe su "
                "herramienta de seguimiento antes del examen, para que las recomendaciones se "
                "redacten pensando en monitorearlas.</li></ul>"
            ),
        },
    },
    {
        "key": "b-slovakia-roma-school-segregation",
        "countries": ["SK"],
        "regions": [],
        "themes": ["right-to-education", "racial-discrimination", "minorities"],
        "stages": ["implementation", "follow-up"],
        "tactics": ["litigation", "monitoring-reporting", "embassy-engagement"],
        "cycle": 3,
        "organisation": "Centrum Spoločná lavica",
        "recommendations": [
            {
                "recommending_state": "CA",
                "response": "supported",
                "action_category": 4,
                "text": {
                    "en": (
                        "Take effective measures to end the segregation of Roma children in "
                        "education, including their disproportionate placement in special "
                        "schools and classes, and monitor progress with data disaggregated by "
                        "ethnicity."
                    ),
                    "fr": (
                        "Prendre des mesures efficaces pour mettre fin à la ségrégation des "
                        "enfants roms dans l'éducation, notamment à leur placement "
                        "disproportionné dans des écoles et classes spécialisées, et suivre "
                        "les progrès au moyen de données ventilées par origine ethnique."
                    ),
                    "es": (
                        "Adoptar medidas eficaces para poner fin a la segregación de los niños "
                        "y niñas romaníes en la educación, incluida su escolarización "
                        "desproporcionada en escuelas y aulas especiales, y supervisar los "
                        "avances con datos desglosados por origen étnico."
                    ),
                },
            },
            {
                "recommending_state": "SE",
                "response": "supported",
                "action_category": 5,
                "text": {
                    "en": (
                        "Adopt an action plan with a timeline and a dedicated budget to ensure "
                        "inclusive education for Roma children, and report on its "
                        "implementation in the voluntary mid-term report."
                    ),
                    "fr": (
                        "Adopter un plan d'action assorti d'un calendrier et d'un budget "
                        "propre pour garantir une éducation inclusive aux enfants roms, et "
                        "rendre compte de sa mise en œuvre dans le rapport volontaire à "
                        "mi-parcours."
                    ),
                    "es": (
                        "Aprobar un plan de acción con un calendario y un presupuesto "
                        "específico para garantizar una educación inclusiva a los niños y "
                        "niñas romaníes, e informar sobre su aplicación en el informe "
                        "voluntario de mitad de período."
                    ),
                },
            },
        ],
        "en": {
            "title": (
                "Combining a discrimination lawsuit with UPR follow-up on segregated schooling"
            ),
            "slug": "discrimination-lawsuit-upr-follow-up-segregated-schooling",
            "summary": (
                "A legal centre combined an anti-discrimination lawsuit with school-by-school "
                "monitoring to give weight to supported recommendations on the segregation of "
                "Roma children, and carried the results into the next review."
            ),
            "actors": (
                "A legal centre, Roma parents and community mediators, a municipality and its "
                "primary school, the regional school authority, the Ministry of Education, the "
                "national human rights institution and the embassies of recommending States."
            ),
            "context": (
                "<p>For years, Roma children in some regions had been taught in separate "
                "classes or buildings, or placed in special schools for pupils with "
                "intellectual disabilities after flawed assessments. At its third-cycle review "
                "the Government supported recommendations on ending segregation, as it had "
                "before, and adopted national strategies, but in the districts where the "
                "centre worked little had changed. The centre wanted to expose the gap between "
                "national commitments and what happened in specific schools.</p>"
            ),
            "steps": [
                [
                    "Monitoring school by school",
                    (
                        "<p>In the first year after the review, the centre and community "
                        "mediators visited twenty primary schools in two districts, counting "
                        "classes, noting where Roma pupils were taught and comparing referrals "
                        "to special education with regional averages. Parents were interviewed "
                        "in Romani or Slovak, as they preferred.</p>"
                    ),
                ],
                [
                    "Choosing a test case",
                    (
                        "<p>One municipality had moved Roma pupils into a separate building "
                        "after complaints from non-Roma parents. With the consent of several "
                        "families, the centre brought an anti-discrimination lawsuit against "
                        "the municipality and the school, citing the supported UPR "
                        "recommendations, the national anti-discrimination law and European "
                        "case law on school segregation.</p>"
                    ),
                ],
                [
                    "Briefing embassies and the ministry",
                    (
                        "<p>About eighteen months after the review, the centre shared its "
                        "monitoring findings and the lawsuit with the Ministry of Education "
                        "and with the embassies of the States that had made the "
                        "recommendations, suggesting that they ask, in bilateral meetings and "
                        "when the voluntary mid-term report was being prepared, what had "
                        "changed in the districts concerned.</p>"
                    ),
                ],
                [
                    "Carrying the results into the next cycle",
                    (
                        "<p>The centre's stakeholder submission for the fourth cycle "
                        "summarised the monitoring data and the court's findings, and proposed "
                        "SMART recommendations such as ending new enrolments in separate Roma "
                        "classes within one school year and publishing annual data on "
                        "referrals to special education.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>The first-instance court found that the separate building amounted to "
                "unlawful segregation and ordered the municipality to integrate the pupils; "
                "the ruling was appealed, but the children of the families concerned moved "
                "into mixed classes the following school year. The Ministry of Education "
                "agreed to review the diagnostic tools used for referrals to special "
                "education. At the next review, several States drew on the centre's findings, "
                "and the recommendations made were noticeably more specific.</p>"
            ),
            "why_it_worked": (
                "<p>The combination was stronger than either tactic alone: the lawsuit gave "
                "the monitoring data legal weight, and the UPR commitments showed the court "
                "and the ministry that ending segregation was an obligation the State had "
                "already accepted. Working with Roma mediators whom families trusted made the "
                "data reliable.</p>"
            ),
            "challenges": (
                "<p>The case took more than two years, and keeping families involved through "
                "the appeal was demanding. Some local officials and non-Roma parents reacted "
                "with hostility, and the ministry pointed to its national strategies to argue "
                "that the problem was being addressed. Data disaggregated by ethnicity were "
                "politically sensitive and often unavailable, so the centre had to rely on its "
                "own counts and explain their limits.</p>"
            ),
            "risks": (
                "<p>Roma families faced pressure from local authorities and neighbours, "
                "including hints that their social benefits could be reviewed. The centre made "
                "sure families could withdraw at any time, kept their names out of the media "
                "and had a lawyer accompany parents to every meeting with the municipality. "
                "Mediators were trained to document and report incidents, and the centre "
                "agreed with the national human rights institution how to respond quickly to "
                "any retaliation. Staff avoided discussing the case on their personal social "
                "media accounts.</p>"
            ),
            "replication": (
                "<ul><li>Collect your own local data when official disaggregated data do not "
                "exist, and document your method.</li><li>Cite supported UPR recommendations "
                "in litigation as evidence of commitments the State has already "
                "accepted.</li><li>Give embassies concrete local examples they can raise, not "
                "only national statistics.</li><li>Feed court findings directly into your next "
                "stakeholder submission.</li></ul>"
            ),
        },
        "fr": {
            "title": (
                "Associer une action en discrimination au suivi de l'EPU contre la ségrégation "
                "scolaire"
            ),
            "slug": "action-discrimination-suivi-epu-segregation-scolaire",
            "summary": (
                "Un centre juridique a associé une action en justice pour discrimination à un "
                "suivi école par école pour donner du poids à des recommandations acceptées "
                "sur la ségrégation des enfants roms, puis en a porté les résultats à l'examen "
                "suivant."
            ),
            "actors": (
                "Un centre juridique, des parents roms et des médiateurs communautaires, une "
                "commune et son école primaire, l'autorité scolaire régionale, le ministère de "
                "l'Éducation, l'institution nationale des droits de l'homme et les ambassades "
                "des États auteurs des recommandations."
            ),
            "context": (
                "<p>Depuis des années, dans certaines régions, des enfants roms étaient "
                "scolarisés dans des classes ou des bâtiments séparés, ou orientés vers des "
                "écoles spécialisées pour élèves présentant une déficience intellectuelle à la "
                "suite d'évaluations biaisées. Lors de son examen du troisième cycle, le "
                "Gouvernement a accepté des recommandations visant à mettre fin à la "
                "ségrégation, comme par le passé, et adopté des stratégies nationales, mais "
                "dans les districts où intervenait le centre, peu de choses avaient changé. Le "
                "centre voulait mettre en évidence l'écart entre les engagements nationaux et "
                "la réalité d'écoles précises.</p>"
            ),
            "steps": [
                [
                    "Un suivi école par école",
                    (
                        "<p>Au cours de la première année suivant l'examen, le centre et des "
                        "médiateurs communautaires ont visité vingt écoles primaires dans deux "
                        "districts, en comptant les classes, en relevant où étaient scolarisés "
                        "les élèves roms et en comparant les orientations vers l'enseignement "
                        "spécialisé aux moyennes régionales. Les parents ont été interrogés en "
                        "romani ou en slovaque, selon leur préférence.</p>"
                    ),
                ],
                [
                    "Choisir une affaire test",
                    (
                        "<p>Une commune avait transféré les élèves roms dans un bâtiment "
                        "séparé après des plaintes de parents non roms. Avec l'accord de "
                        "plusieurs familles, le centre a engagé une action pour discrimination "
                        "contre la commune et l'école, en invoquant les recommandations de "
                        "l'EPU acceptées, la loi nationale contre les discriminations et la "
                        "jurisprudence européenne sur la ségrégation scolaire.</p>"
                    ),
                ],
                [
                    "Informer les ambassades et le ministère",
                    (
                        "<p>Environ dix-huit mois après l'examen, le centre a présenté ses "
                        "constats et l'action en justice au ministère de l'Éducation et aux "
                        "ambassades des États auteurs des recommandations, en leur suggérant "
                        "de demander, lors de rencontres bilatérales et pendant la préparation "
                        "du rapport volontaire à mi-parcours, ce qui avait changé dans les "
                        "districts concernés.</p>"
                    ),
                ],
                [
                    "Porter les résultats au cycle suivant",
                    (
                        "<p>La contribution du centre pour le quatrième cycle résumait les "
                        "données de suivi et les conclusions du tribunal, et proposait des "
                        "recommandations SMART, par exemple mettre fin aux nouvelles "
                        "inscriptions dans des classes roms séparées en l'espace d'une année "
                        "scolaire et publier chaque année des données sur les orientations "
                        "vers l'enseignement spécialisé.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>Le tribunal de première instance a jugé que le bâtiment séparé constituait "
                "une ségrégation illégale et ordonné à la commune d'intégrer les élèves ; la "
                "décision a fait l'objet d'un appel, mais les enfants des familles concernées "
                "ont rejoint des classes mixtes l'année scolaire suivante. Le ministère de "
                "l'Éducation a accepté de réexaminer les outils de diagnostic utilisés pour "
                "l'orientation vers l'enseignement spécialisé. Lors de l'examen suivant, "
                "plusieurs États se sont appuyés sur les constats du centre, et les "
                "recommandations formulées étaient nettement plus précises.</p>"
            ),
            "why_it_worked": (
                "<p>La combinaison des deux approches était plus forte que chacune prise "
                "isolément : l'action en justice donnait un poids juridique aux données de "
                "suivi, et les engagements pris dans le cadre de l'EPU montraient au tribunal "
                "et au ministère que mettre fin à la ségrégation était une obligation déjà "
                "acceptée par l'État. Le travail avec des médiateurs roms en qui les familles "
                "avaient confiance a rendu les données fiables.</p>"
            ),
            "challenges": (
                "<p>La procédure a duré plus de deux ans, et maintenir l'implication des "
                "familles pendant l'appel a été exigeant. Certains élus locaux et parents non "
                "roms ont réagi avec hostilité, et le ministère invoquait ses stratégies "
                "nationales pour affirmer que le problème était pris en charge. Les données "
                "ventilées par origine ethnique étaient politiquement sensibles et souvent "
                "inexistantes, si bien que le centre a dû s'appuyer sur ses propres relevés et "
                "en expliquer les limites.</p>"
            ),
            "risks": (
                "<p>Les familles roms subissaient des pressions des autorités locales et de "
                "voisins, y compris des allusions à un réexamen de leurs prestations sociales. "
                "Le centre a veillé à ce que les familles puissent se retirer à tout moment, a "
                "tenu leurs noms à l'écart des médias et a fait accompagner les parents par un "
                "avocat à chaque réunion avec la commune. Les médiateurs ont été formés à "
                "documenter et signaler les incidents, et le centre a convenu avec "
                "l'institution nationale des droits de l'homme d'une procédure de réaction "
                "rapide en cas de représailles. Le personnel évitait d'évoquer l'affaire sur "
                "ses comptes personnels de réseaux sociaux.</p>"
            ),
            "replication": (
                "<ul><li>Collectez vos propres données locales lorsque les données officielles "
                "ventilées n'existent pas, et documentez votre méthode.</li><li>Dans vos "
                "recours, invoquez les recommandations de l'EPU acceptées comme preuve "
                "d'engagements déjà pris par l'État.</li><li>Donnez aux ambassades des "
                "exemples locaux concrets à soulever, pas seulement des statistiques "
                "nationales.</li><li>Intégrez directement les conclusions des tribunaux dans "
                "votre prochaine contribution des parties prenantes.</li></ul>"
            ),
        },
        "es": {
            "title": (
                "Demanda por discriminación y seguimiento del EPU frente a la segregación escolar"
            ),
            "slug": "demanda-discriminacion-seguimiento-epu-segregacion-escolar",
            "summary": (
                "Un centro jurídico combinó una demanda por discriminación con un monitoreo "
                "escuela por escuela para dar peso a recomendaciones apoyadas sobre la "
                "segregación de la niñez romaní, y llevó los resultados al examen siguiente."
            ),
            "actors": (
                "Un centro jurídico, madres y padres romaníes y mediadores comunitarios, un "
                "municipio y su escuela primaria, la autoridad educativa regional, el "
                "Ministerio de Educación, la institución nacional de derechos humanos y las "
                "embajadas de los Estados recomendantes."
            ),
            "context": (
                "<p>Desde hacía años, en algunas regiones, los niños y niñas romaníes "
                "estudiaban en aulas o edificios separados, o eran derivados a escuelas "
                "especiales para alumnado con discapacidad intelectual tras evaluaciones "
                "deficientes. En su examen del tercer ciclo, el Gobierno apoyó recomendaciones "
                "para acabar con la segregación, como ya lo había hecho antes, y aprobó "
                "estrategias nacionales, pero en los distritos donde trabajaba el centro poco "
                "había cambiado. El centro quería poner de manifiesto la distancia entre los "
                "compromisos nacionales y lo que ocurría en escuelas concretas.</p>"
            ),
            "steps": [
                [
                    "Monitoreo escuela por escuela",
                    (
                        "<p>Durante el primer año posterior al examen, el centro y los "
                        "mediadores comunitarios visitaron veinte escuelas primarias de dos "
                        "distritos: contaron las aulas, anotaron dónde estudiaba el alumnado "
                        "romaní y compararon las derivaciones a educación especial con los "
                        "promedios regionales. Se entrevistó a las familias en romaní o en "
                        "eslovaco, según prefirieran.</p>"
                    ),
                ],
                [
                    "Elegir un caso emblemático",
                    (
                        "<p>Un municipio había trasladado al alumnado romaní a un edificio "
                        "separado tras las quejas de familias no romaníes. Con el "
                        "consentimiento de varias familias, el centro presentó una demanda por "
                        "discriminación contra el municipio y la escuela, citando las "
                        "recomendaciones apoyadas del EPU, la ley nacional contra la "
                        "discriminación y la jurisprudencia europea sobre segregación "
                        "escolar.</p>"
                    ),
                ],
                [
                    "Informar a las embajadas y al ministerio",
                    (
                        "<p>Unos dieciocho meses después del examen, el centro compartió sus "
                        "hallazgos y la demanda con el Ministerio de Educación y con las "
                        "embajadas de los Estados que habían formulado las recomendaciones, y "
                        "les sugirió preguntar, en reuniones bilaterales y durante la "
                        "preparación del informe voluntario de mitad de período, qué había "
                        "cambiado en los distritos afectados.</p>"
                    ),
                ],
                [
                    "Llevar los resultados al ciclo siguiente",
                    (
                        "<p>La contribución del centro para el cuarto ciclo resumía los datos "
                        "del monitoreo y las conclusiones del tribunal, y proponía "
                        "recomendaciones SMART, como poner fin a las nuevas matriculaciones en "
                        "aulas romaníes separadas en el plazo de un curso escolar y publicar "
                        "cada año datos sobre las derivaciones a educación especial.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>El tribunal de primera instancia declaró que el edificio separado "
                "constituía segregación ilegal y ordenó al municipio integrar al alumnado; la "
                "sentencia fue apelada, pero los hijos e hijas de las familias demandantes "
                "pasaron a aulas mixtas el curso siguiente. El Ministerio de Educación aceptó "
                "revisar las herramientas de diagnóstico utilizadas para derivar a educación "
                "especial. En el examen siguiente, varios Estados se basaron en los hallazgos "
                "del centro, y las recomendaciones formuladas fueron claramente más "
                "específicas.</p>"
            ),
            "why_it_worked": (
                "<p>La combinación fue más eficaz que cada táctica por separado: la demanda "
                "dio peso jurídico a los datos del monitoreo, y los compromisos del EPU "
                "mostraron al tribunal y al ministerio que acabar con la segregación era una "
                "obligación que el Estado ya había aceptado. Trabajar con mediadores romaníes "
                "de confianza para las familias hizo que los datos fueran fiables.</p>"
            ),
            "challenges": (
                "<p>El proceso duró más de dos años, y mantener la implicación de las familias "
                "durante la apelación fue exigente. Algunas autoridades locales y familias no "
                "romaníes reaccionaron con hostilidad, y el ministerio invocaba sus "
                "estrategias nacionales para sostener que el problema ya se estaba atendiendo. "
                "Los datos desglosados por origen étnico eran políticamente delicados y a "
                "menudo inexistentes, por lo que el centro tuvo que basarse en sus propios "
                "recuentos y explicar sus límites.</p>"
            ),
            "risks": (
                "<p>Las familias romaníes sufrieron presiones de autoridades locales y "
                "vecinos, incluidas insinuaciones sobre la revisión de sus prestaciones "
                "sociales. El centro se aseguró de que las familias pudieran retirarse en "
                "cualquier momento, mantuvo sus nombres fuera de los medios y garantizó que un "
                "abogado acompañara a las familias a cada reunión con el municipio. Los "
                "mediadores recibieron formación para documentar y denunciar incidentes, y el "
                "centro acordó con la institución nacional de derechos humanos cómo responder "
                "con rapidez ante cualquier represalia. El personal evitó comentar el caso en "
                "sus redes sociales personales.</p>"
            ),
            "replication": (
                "<ul><li>Recoja sus propios datos locales cuando no existan datos oficiales "
                "desglosados, y documente su metodología.</li><li>En los litigios, cite las "
                "recomendaciones apoyadas del EPU como prueba de compromisos que el Estado ya "
                "ha asumido.</li><li>Ofrezca a las embajadas ejemplos locales concretos que "
                "puedan plantear, no solo estadísticas nacionales.</li><li>Incorpore "
                "directamente las conclusiones judiciales en su próxima contribución de partes "
                "interesadas.</li></ul>"
            ),
        },
    },
    {
        "key": "b-indonesia-domestic-workers-bill",
        "countries": ["ID"],
        "regions": [],
        "themes": ["labour-rights", "womens-rights"],
        "stages": ["responses", "implementation"],
        "tactics": ["parliamentary-engagement", "media-campaign", "coalition-building"],
        "cycle": 4,
        "organisation": None,
        "recommendations": [
            {
                "recommending_state": "PH",
                "response": "supported",
                "action_category": 5,
                "text": {
                    "en": (
                        "Adopt, within the current legislative term, the bill on the "
                        "protection of domestic workers, guaranteeing a written contract, a "
                        "weekly rest day, a minimum wage and access to social security."
                    ),
                    "fr": (
                        "Adopter, au cours de la législature actuelle, le projet de loi sur la "
                        "protection des travailleurs domestiques, en garantissant un contrat "
                        "écrit, un jour de repos hebdomadaire, un salaire minimum et l'accès à "
                        "la sécurité sociale."
                    ),
                    "es": (
                        "Aprobar, durante la actual legislatura, el proyecto de ley de "
                        "protección de las personas trabajadoras del hogar, que garantice un "
                        "contrato por escrito, un día de descanso semanal, un salario mínimo y "
                        "el acceso a la seguridad social."
                    ),
                },
            },
            {
                "recommending_state": "UY",
                "response": "noted",
                "action_category": 5,
                "text": {
                    "en": (
                        "Ratify the Domestic Workers Convention, 2011 (No. 189), of the "
                        "International Labour Organization."
                    ),
                    "fr": (
                        "Ratifier la Convention (n° 189) sur les travailleuses et travailleurs "
                        "domestiques, 2011, de l'Organisation internationale du Travail."
                    ),
                    "es": (
                        "Ratificar el Convenio sobre las trabajadoras y los trabajadores "
                        "domésticos, 2011 (núm. 189), de la Organización Internacional del "
                        "Trabajo."
                    ),
                },
            },
        ],
        "en": {
            "title": "From a supported recommendation to a domestic workers bill before parliament",
            "slug": "supported-recommendation-domestic-workers-bill-parliament",
            "summary": (
                "Domestic workers' unions and women's rights groups persuaded the Government "
                "to support a recommendation on a domestic workers law, then used that "
                "commitment to move the long-stalled bill through parliament."
            ),
            "actors": (
                "Domestic workers' unions, women's rights organisations and faith-based "
                "groups, the ministry responsible for labour, a parliamentary legislative "
                "committee and party faction leaders, the national human rights institutions, "
                "and national television, radio and online media."
            ),
            "context": (
                "<p>Millions of domestic workers, almost all of them women, were left outside "
                "labour law: no written contract, no limit on working hours and no minimum "
                "wage. A bill on their protection had been tabled repeatedly over many years "
                "but never passed. At the fourth-cycle review, States recommended adopting the "
                "bill and ratifying ILO Convention No. 189. The coalition's first goal was to "
                "make sure the Government supported the recommendation on the bill rather than "
                "merely noting it.</p>"
            ),
            "steps": [
                [
                    "Lobbying during the responses period",
                    (
                        "<p>In the weeks after the review, the coalition wrote to the "
                        "ministries coordinating the Government's responses, pointing out that "
                        "supporting the recommendation would only commit the Government to a "
                        "bill it already said it favoured. Sympathetic members of parliament "
                        "made the same point publicly. The Government supported the "
                        "recommendation on the bill and noted the one on ratification.</p>"
                    ),
                ],
                [
                    "Mapping parliament",
                    (
                        "<p>The coalition listed every member of the legislative committee and "
                        "each party faction leader, recorded their past positions on the bill "
                        "and identified three potential champions. Domestic workers then met "
                        "each of them in small groups, bringing payslips, contracts and "
                        "accounts of their working day.</p>"
                    ),
                ],
                [
                    "A media campaign in workers' own voices",
                    (
                        "<p>On International Domestic Workers' Day and before each committee "
                        "meeting, the coalition ran a campaign in which domestic workers "
                        "described their working day in short videos and radio spots, each "
                        "ending with a reminder that the Government had supported the "
                        "recommendation at the UN. Journalists received a fact sheet quoting "
                        "the exact wording of the recommendation.</p>"
                    ),
                ],
                [
                    "Tracking the bill",
                    (
                        "<p>The coalition kept a public tracker of the bill's progress and of "
                        "each faction's position, updated after every sitting, and shared it "
                        "with the national human rights institutions so they could include the "
                        "bill in their own monitoring of UPR implementation.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>The bill moved from the list of priority legislation into committee "
                "deliberations, and the committee held a public hearing at which domestic "
                "workers testified for the first time. It had not been adopted at the time of "
                "writing, and ratification of Convention No. 189 remained off the agenda, but "
                "the Government cited the supported recommendation whenever it was asked about "
                "the bill, and the coalition had the commitments of three factions on "
                "record.</p>"
            ),
            "why_it_worked": (
                "<p>The coalition secured a supported response by presenting the "
                "recommendation as consistent with the Government's own stated policy, which "
                "made it awkward to note. Workers speaking for themselves, in parliament and "
                "in the media, shifted coverage from charity to rights. The public tracker "
                "reminded parliamentarians that their positions were being watched.</p>"
            ),
            "challenges": (
                "<p>Domestic workers have little free time, and many could attend meetings "
                "only on their day off, if they had one. Some employers' groups and "
                "politicians argued that regulation would make domestic help unaffordable for "
                "middle-class families. Legislative priorities shifted with the political "
                "calendar, and the coalition had to restart its lobbying each time committee "
                "membership changed.</p>"
            ),
            "risks": (
                "<p>Workers who spoke publicly risked dismissal, and those living in their "
                "employers' homes could lose their accommodation overnight. Videos showed only "
                "voices and hands unless a worker chose otherwise, names were changed, and the "
                "coalition kept an emergency fund and an arrangement with a shelter for anyone "
                "dismissed. Union organisers used encrypted messaging and varied their meeting "
                "places. The organisations in the coalition asked not to be named in this case "
                "study to protect members who are still employed.</p>"
            ),
            "replication": (
                "<ul><li>Use the weeks between the review and the addendum to argue why a "
                "recommendation should be supported rather than noted.</li><li>Map every "
                "relevant parliamentarian and their past positions before asking for "
                "meetings.</li><li>Let affected people speak for themselves, protecting their "
                "identity when they want it.</li><li>Publish a simple tracker of legislative "
                "progress and of each party's position.</li></ul>"
            ),
        },
        "fr": {
            "title": (
                "D'une recommandation acceptée à une loi sur le travail domestique devant le "
                "Parlement"
            ),
            "slug": "recommandation-acceptee-loi-travail-domestique-parlement",
            "summary": (
                "Des syndicats de travailleuses domestiques et des associations de défense des "
                "droits des femmes ont convaincu le Gouvernement d'accepter une recommandation "
                "sur une loi, puis ont utilisé cet engagement pour relancer le texte au "
                "Parlement."
            ),
            "actors": (
                "Des syndicats de travailleuses domestiques, des associations de défense des "
                "droits des femmes et des organisations confessionnelles, le ministère chargé "
                "du travail, une commission législative du Parlement et les chefs de groupes "
                "parlementaires, les institutions nationales des droits de l'homme, ainsi que "
                "la télévision, la radio et les médias en ligne."
            ),
            "context": (
                "<p>Des millions de travailleuses et travailleurs domestiques, en très grande "
                "majorité des femmes, échappaient au droit du travail : ni contrat écrit, ni "
                "limite du temps de travail, ni salaire minimum. Un projet de loi sur leur "
                "protection avait été déposé à plusieurs reprises pendant de nombreuses années "
                "sans jamais être adopté. Lors de l'examen du quatrième cycle, des États ont "
                "recommandé d'adopter ce texte et de ratifier la convention n° 189 de l'OIT. "
                "Le premier objectif de la coalition était d'obtenir que le Gouvernement "
                "accepte la recommandation sur la loi au lieu de simplement en prendre "
                "note.</p>"
            ),
            "steps": [
                [
                    "Plaider pendant la période des réponses",
                    (
                        "<p>Dans les semaines suivant l'examen, la coalition a écrit aux "
                        "ministères chargés de coordonner les réponses du Gouvernement pour "
                        "souligner qu'accepter la recommandation l'engagerait seulement envers "
                        "un texte qu'il disait déjà soutenir. Des parlementaires favorables "
                        "ont relayé publiquement cet argument. Le Gouvernement a accepté la "
                        "recommandation sur la loi et pris note de celle sur la "
                        "ratification.</p>"
                    ),
                ],
                [
                    "Cartographier le Parlement",
                    (
                        "<p>La coalition a dressé la liste de tous les membres de la "
                        "commission législative et des chefs de groupe, relevé leurs positions "
                        "passées sur le texte et repéré trois soutiens potentiels. Des "
                        "travailleuses domestiques les ont ensuite rencontrés en petits "
                        "groupes, munies de fiches de paie, de contrats et de récits de leur "
                        "journée de travail.</p>"
                    ),
                ],
                [
                    "Une campagne médiatique portée par les travailleuses",
                    (
                        "<p>Lors de la Journée internationale des travailleurs domestiques et "
                        "avant chaque réunion de la commission, la coalition a mené une "
                        "campagne dans laquelle des travailleuses décrivaient leur journée "
                        "dans de courtes vidéos et des spots radio, qui se terminaient tous en "
                        "rappelant que le Gouvernement avait accepté la recommandation à "
                        "l'ONU. Les journalistes recevaient une fiche citant le texte exact de "
                        "la recommandation.</p>"
                    ),
                ],
                [
                    "Suivre le parcours du texte",
                    (
                        "<p>La coalition a tenu un tableau de suivi public de l'avancement du "
                        "projet de loi et de la position de chaque groupe, mis à jour après "
                        "chaque séance, et l'a partagé avec les institutions nationales des "
                        "droits de l'homme pour qu'elles l'intègrent à leur propre suivi de la "
                        "mise en œuvre de l'EPU.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>Le projet de loi est passé de la liste des textes prioritaires à l'examen "
                "en commission, et la commission a tenu une audition publique où des "
                "travailleuses domestiques ont témoigné pour la première fois. Il n'était pas "
                "encore adopté au moment de la rédaction, et la ratification de la convention "
                "n° 189 n'était toujours pas à l'ordre du jour, mais le Gouvernement invoquait "
                "la recommandation acceptée chaque fois qu'il était interrogé sur le texte, et "
                "la coalition avait obtenu des engagements publics de trois groupes "
                "parlementaires.</p>"
            ),
            "why_it_worked": (
                "<p>La coalition a obtenu l'acceptation en présentant la recommandation comme "
                "conforme à la politique affichée par le Gouvernement, ce qui rendait "
                "difficile de simplement en prendre note. La parole directe des travailleuses, "
                "au Parlement et dans les médias, a fait passer le traitement du sujet de la "
                "charité aux droits. Le tableau de suivi public rappelait aux parlementaires "
                "que leurs positions étaient observées.</p>"
            ),
            "challenges": (
                "<p>Les travailleuses domestiques disposent de peu de temps libre, et beaucoup "
                "ne pouvaient assister aux réunions que pendant leur jour de repos, quand "
                "elles en avaient un. Certains groupements d'employeurs et responsables "
                "politiques affirmaient que la réglementation rendrait l'emploi domestique "
                "inabordable pour les classes moyennes. Les priorités législatives évoluaient "
                "au gré du calendrier politique, et la coalition a dû relancer son plaidoyer à "
                "chaque changement de composition de la commission.</p>"
            ),
            "risks": (
                "<p>Les travailleuses qui prenaient la parole risquaient d'être licenciées, et "
                "celles qui logeaient chez leur employeur pouvaient se retrouver sans toit du "
                "jour au lendemain. Les vidéos ne montraient que des voix et des mains, sauf "
                "choix contraire de la travailleuse, les noms étaient modifiés, et la "
                "coalition disposait d'un fonds d'urgence et d'un accord avec un foyer "
                "d'accueil pour toute personne licenciée. Les responsables syndicales "
                "utilisaient une messagerie chiffrée et changeaient de lieu de réunion. Les "
                "organisations de la coalition ont demandé à ne pas être nommées dans cette "
                "étude de cas afin de protéger leurs membres toujours en emploi.</p>"
            ),
            "replication": (
                "<ul><li>Profitez des semaines entre l'examen et l'additif pour expliquer "
                "pourquoi une recommandation devrait être acceptée plutôt que faire l'objet "
                "d'une simple prise de note.</li><li>Recensez tous les parlementaires "
                "concernés et leurs positions passées avant de solliciter des "
                "rendez-vous.</li><li>Laissez les personnes concernées s'exprimer elles-mêmes, "
                "en protégeant leur identité si elles le souhaitent.</li><li>Publiez un "
                "tableau simple de l'avancement du texte et de la position de chaque "
                "parti.</li></ul>"
            ),
        },
        "es": {
            "title": "De una recomendación apoyada a una ley de trabajo del hogar en el Parlamento",
            "slug": "recomendacion-apoyada-ley-trabajo-del-hogar-parlamento",
            "summary": (
                "Sindicatos de trabajadoras del hogar y organizaciones de mujeres lograron que "
                "el Gobierno apoyara una recomendación sobre una ley de trabajo del hogar y "
                "usaron ese compromiso para reactivar el proyecto en el Parlamento."
            ),
            "actors": (
                "Sindicatos de trabajadoras del hogar, organizaciones de derechos de las "
                "mujeres y grupos religiosos, el ministerio competente en materia laboral, una "
                "comisión legislativa del Parlamento y las jefaturas de las bancadas, las "
                "instituciones nacionales de derechos humanos, y la televisión, la radio y los "
                "medios digitales."
            ),
            "context": (
                "<p>Millones de personas trabajadoras del hogar, casi todas mujeres, quedaban "
                "fuera de la legislación laboral: sin contrato escrito, sin límite de jornada "
                "y sin salario mínimo. Un proyecto de ley para protegerlas se había presentado "
                "una y otra vez durante muchos años sin llegar a aprobarse. En el examen del "
                "cuarto ciclo, varios Estados recomendaron aprobar el proyecto y ratificar el "
                "Convenio núm. 189 de la OIT. El primer objetivo de la coalición era que el "
                "Gobierno apoyara la recomendación sobre la ley en lugar de limitarse a tomar "
                "nota de ella.</p>"
            ),
            "steps": [
                [
                    "Incidencia durante el período de respuestas",
                    (
                        "<p>En las semanas posteriores al examen, la coalición escribió a los "
                        "ministerios que coordinaban las respuestas del Gobierno para señalar "
                        "que apoyar la recomendación solo lo comprometía con un proyecto que "
                        "ya decía respaldar. Parlamentarios afines repitieron públicamente el "
                        "argumento. El Gobierno apoyó la recomendación sobre la ley y tomó "
                        "nota de la relativa a la ratificación.</p>"
                    ),
                ],
                [
                    "Mapear el Parlamento",
                    (
                        "<p>La coalición elaboró una lista de todos los miembros de la "
                        "comisión legislativa y de las jefaturas de bancada, registró sus "
                        "posiciones anteriores sobre el proyecto e identificó a tres posibles "
                        "impulsores. Después, trabajadoras del hogar se reunieron con cada uno "
                        "en grupos pequeños, llevando recibos de sueldo, contratos y relatos "
                        "de su jornada laboral.</p>"
                    ),
                ],
                [
                    "Una campaña mediática con la voz de las trabajadoras",
                    (
                        "<p>En el Día Internacional de las Trabajadoras y los Trabajadores del "
                        "Hogar y antes de cada sesión de la comisión, la coalición realizó una "
                        "campaña en la que trabajadoras del hogar describían su jornada en "
                        "videos breves y cuñas de radio, que terminaban recordando que el "
                        "Gobierno había apoyado la recomendación en la ONU. La prensa recibía "
                        "una ficha con el texto exacto de la recomendación.</p>"
                    ),
                ],
                [
                    "Seguir el proyecto de ley",
                    (
                        "<p>La coalición mantuvo un tablero público con el avance del proyecto "
                        "y la posición de cada bancada, actualizado tras cada sesión, y lo "
                        "compartió con las instituciones nacionales de derechos humanos para "
                        "que lo incluyeran en su propio seguimiento de la implementación del "
                        "EPU.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>El proyecto pasó de la lista de leyes prioritarias al debate en comisión, "
                "y la comisión celebró una audiencia pública en la que trabajadoras del hogar "
                "declararon por primera vez. No se había aprobado en el momento de redactar "
                "este caso, y la ratificación del Convenio núm. 189 seguía fuera de la agenda, "
                "pero el Gobierno citaba la recomendación apoyada cada vez que se le "
                "preguntaba por el proyecto, y la coalición contaba con compromisos públicos "
                "de tres bancadas.</p>"
            ),
            "why_it_worked": (
                "<p>La coalición consiguió el apoyo presentando la recomendación como "
                "coherente con la política declarada del propio Gobierno, lo que hacía "
                "incómodo tomar solo nota de ella. Que las trabajadoras hablaran por sí "
                "mismas, en el Parlamento y en los medios, hizo que la cobertura pasara de la "
                "caridad a los derechos. El tablero público recordaba a los parlamentarios que "
                "sus posiciones estaban siendo observadas.</p>"
            ),
            "challenges": (
                "<p>Las trabajadoras del hogar tienen poco tiempo libre, y muchas solo podían "
                "asistir a reuniones en su día de descanso, si lo tenían. Algunas asociaciones "
                "de empleadores y políticos sostenían que la regulación haría inasequible el "
                "trabajo del hogar para las familias de clase media. Las prioridades "
                "legislativas cambiaban con el calendario político, y la coalición tuvo que "
                "reiniciar su incidencia cada vez que cambiaba la composición de la "
                "comisión.</p>"
            ),
            "risks": (
                "<p>Las trabajadoras que hablaban en público se arriesgaban al despido, y las "
                "que vivían en casa de sus empleadores podían quedarse sin alojamiento de un "
                "día para otro. Los videos solo mostraban voces y manos, salvo que la "
                "trabajadora decidiera otra cosa, se cambiaron los nombres, y la coalición "
                "mantuvo un fondo de emergencia y un acuerdo con un albergue para cualquier "
                "persona despedida. Las organizadoras sindicales usaban mensajería cifrada y "
                "variaban los lugares de reunión. Las organizaciones de la coalición pidieron "
                "no aparecer con su nombre en este estudio de caso para proteger a las "
                "afiliadas que siguen empleadas.</p>"
            ),
            "replication": (
                "<ul><li>Aproveche las semanas entre el examen y la adición para argumentar "
                "por qué una recomendación debe apoyarse en lugar de solo tomarse nota de "
                "ella.</li><li>Identifique a todos los parlamentarios pertinentes y sus "
                "posiciones anteriores antes de pedir reuniones.</li><li>Deje que las personas "
                "afectadas hablen por sí mismas, protegiendo su identidad si así lo "
                "desean.</li><li>Publique un tablero sencillo del avance legislativo y de la "
                "posición de cada partido.</li></ul>"
            ),
        },
    },
    {
        "key": "b-nigeria-journalists-quarterly-embassy-briefings",
        "countries": ["NG"],
        "regions": [],
        "themes": ["freedom-of-expression", "human-rights-defenders"],
        "stages": ["implementation", "mid-term-reporting"],
        "tactics": ["monitoring-reporting", "embassy-engagement", "dialogue-government"],
        "cycle": 3,
        "organisation": None,
        "recommendations": [
            {
                "recommending_state": "NL",
                "response": "supported",
                "action_category": 5,
                "text": {
                    "en": (
                        "Amend the cybercrime legislation to repeal or narrow vaguely worded "
                        "offences, such as cyberstalking, that are used to prosecute "
                        "journalists, and bring it into line with article 19 of the "
                        "International Covenant on Civil and Political Rights."
                    ),
                    "fr": (
                        "Modifier la législation sur la cybercriminalité afin d'abroger ou de "
                        "circonscrire les infractions formulées en termes vagues, comme le "
                        "cyberharcèlement, qui servent à poursuivre des journalistes, et la "
                        "rendre conforme à l'article 19 du Pacte international relatif aux "
                        "droits civils et politiques."
                    ),
                    "es": (
                        "Modificar la legislación sobre ciberdelincuencia para derogar o "
                        "acotar los delitos redactados en términos vagos, como el ciberacoso, "
                        "que se utilizan para procesar a periodistas, y ajustarla al artículo "
                        "19 del Pacto Internacional de Derechos Civiles y Políticos."
                    ),
                },
            },
            {
                "recommending_state": "CR",
                "response": "supported",
                "action_category": 4,
                "text": {
                    "en": (
                        "Ensure that journalists and human rights defenders can carry out "
                        "their work without harassment, arbitrary arrest or detention, and "
                        "that attacks against them are promptly and impartially investigated."
                    ),
                    "fr": (
                        "Veiller à ce que les journalistes et les défenseurs des droits de "
                        "l'homme puissent exercer leurs activités sans harcèlement, "
                        "arrestation ou détention arbitraire, et à ce que les attaques dont "
                        "ils sont victimes fassent rapidement l'objet d'enquêtes impartiales."
                    ),
                    "es": (
                        "Garantizar que los periodistas y los defensores de los derechos "
                        "humanos puedan ejercer su labor sin hostigamiento, detención o "
                        "reclusión arbitraria, y que las agresiones contra ellos se "
                        "investiguen con prontitud e imparcialidad."
                    ),
                },
            },
        ],
        "en": {
            "title": "Quarterly embassy briefings on arrests of journalists under cybercrime law",
            "slug": "quarterly-embassy-briefings-arrests-journalists-cybercrime-law",
            "summary": (
                "A press freedom group logged every arrest of a journalist under cybercrime "
                "legislation and briefed recommending embassies every quarter, keeping two "
                "supported recommendations on the diplomatic agenda between reviews."
            ),
            "actors": (
                "A press freedom organisation, journalists' unions and media lawyers, the "
                "justice and information ministries, the national human rights commission, the "
                "embassies of recommending States and an informal group of diplomats working "
                "on media freedom."
            ),
            "context": (
                "<p>Journalists and bloggers were regularly arrested under a cybercrime "
                "provision on so-called cyberstalking after publishing reports critical of "
                "politicians or business figures, and were often held for days before being "
                "charged or released. At its third-cycle review, the Government supported a "
                "recommendation to amend the legislation and another on protecting "
                "journalists. The organisation knew that similar supported recommendations "
                "from earlier cycles had changed little, and wanted to keep recommending "
                "States engaged after the review.</p>"
            ),
            "steps": [
                [
                    "Setting up an incident log",
                    (
                        "<p>From the month after the plenary adoption, the organisation "
                        "recorded every arrest, summons, detention or charge against a "
                        "journalist or blogger on a standard form: date, location, provision "
                        "used, length of detention, outcome and source. A media lawyer "
                        "verified each entry before it was counted.</p>"
                    ),
                ],
                [
                    "Quarterly briefings for embassies",
                    (
                        "<p>Every three months, the organisation sent a four-page briefing to "
                        "the embassies of the States that had made the two recommendations, "
                        "with trends, three anonymised cases and two suggested actions, such "
                        "as raising a specific detention with the authorities or observing a "
                        "court hearing. Embassies in an informal media freedom group discussed "
                        "the briefings together.</p>"
                    ),
                ],
                [
                    "Dialogue with the ministries",
                    (
                        "<p>About a year after the review, the organisation offered the "
                        "justice ministry a drafting note with proposed amendments and joined "
                        "a technical committee reviewing the cybercrime legislation. It also "
                        "asked the national human rights commission to include both "
                        "recommendations in its own monitoring.</p>"
                    ),
                ],
                [
                    "A contribution at mid-term",
                    (
                        "<p>About two years after the review, the organisation consolidated "
                        "its data into a stakeholder mid-term report and urged the Government "
                        "to cover both recommendations in a voluntary mid-term report, sharing "
                        "its figures with the officials responsible for drafting it.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>Embassies raised several individual detentions with the authorities, and "
                "in some of these cases journalists were released on bail shortly afterwards, "
                "although the organisation could not prove a causal link. The technical "
                "committee's proposals included narrowing the cyberstalking offence, and an "
                "amending bill was sent to parliament. Arrests continued, but the incident log "
                "showed fewer journalists held for more than a week before being brought "
                "before a court.</p>"
            ),
            "why_it_worked": (
                "<p>Short, regular and reliable briefings were easier for busy diplomats to "
                "use than long reports, and suggesting precise actions helped embassies act "
                "without having to design a response themselves. The organisation's "
                "credibility with the ministry came from offering legal drafting help rather "
                "than criticism alone.</p>"
            ),
            "challenges": (
                "<p>Verifying incidents across a large federal country with a small team was "
                "hard, and some arrests came to light only weeks later. Diplomatic staff "
                "rotated every few years, so relationships had to be rebuilt. Some journalists "
                "did not want their cases shared at all, which left gaps in the data.</p>"
            ),
            "risks": (
                "<p>Documenting arrests of journalists exposed both the organisation and the "
                "journalists to reprisals, including surveillance and accusations of working "
                "for foreign interests. Cases were anonymised in embassy briefings unless the "
                "journalist gave explicit consent, briefings were shared through encrypted "
                "channels, meetings with diplomats took place at varied venues and no "
                "individual staff member was named in public documents. The organisation "
                "agreed in advance with two embassies and with OHCHR's reprisals focal point "
                "how it would alert them if staff were threatened, and it chose to remain "
                "anonymous in this case study.</p>"
            ),
            "replication": (
                "<ul><li>Use one standard form for every incident and have each entry verified "
                "before it is counted.</li><li>Brief embassies briefly and regularly, with "
                "suggested actions they can take.</li><li>Offer the Government practical "
                "drafting help alongside criticism.</li><li>Agree a reprisals alert plan with "
                "trusted embassies before you need it.</li></ul>"
            ),
        },
        "fr": {
            "title": "Des notes trimestrielles aux ambassades sur les arrestations de journalistes",
            "slug": "notes-trimestrielles-ambassades-arrestations-journalistes",
            "summary": (
                "Une ONG de défense de la liberté de la presse a recensé chaque arrestation de "
                "journaliste au titre de la loi sur la cybercriminalité et informé les "
                "ambassades chaque trimestre, maintenant deux recommandations acceptées à "
                "l'ordre du jour."
            ),
            "actors": (
                "Une organisation de défense de la liberté de la presse, des syndicats de "
                "journalistes et des avocats spécialisés, les ministères de la Justice et de "
                "l'Information, la commission nationale des droits de l'homme, les ambassades "
                "des États auteurs des recommandations et un groupe informel de diplomates "
                "consacré à la liberté des médias."
            ),
            "context": (
                "<p>Des journalistes et des blogueurs étaient régulièrement arrêtés en vertu "
                "d'une disposition sur le « cyberharcèlement » après avoir publié des articles "
                "critiques envers des responsables politiques ou des hommes d'affaires, et "
                "souvent détenus plusieurs jours avant d'être inculpés ou relâchés. Lors de "
                "son examen du troisième cycle, le Gouvernement a accepté une recommandation "
                "visant à modifier la législation et une autre sur la protection des "
                "journalistes. L'organisation savait que des recommandations similaires, "
                "acceptées lors des cycles précédents, avaient peu changé les choses, et "
                "voulait maintenir l'engagement des États auteurs après l'examen.</p>"
            ),
            "steps": [
                [
                    "Créer un registre des incidents",
                    (
                        "<p>Dès le mois suivant l'adoption en plénière, l'organisation a "
                        "consigné chaque arrestation, convocation, détention ou inculpation "
                        "visant un journaliste ou un blogueur sur un formulaire type : date, "
                        "lieu, disposition invoquée, durée de la détention, issue et source. "
                        "Un avocat spécialisé vérifiait chaque entrée avant qu'elle soit "
                        "comptabilisée.</p>"
                    ),
                ],
                [
                    "Des notes trimestrielles pour les ambassades",
                    (
                        "<p>Tous les trois mois, l'organisation a adressé une note de quatre "
                        "pages aux ambassades des États auteurs des deux recommandations, avec "
                        "les tendances, trois cas anonymisés et deux actions suggérées, par "
                        "exemple évoquer une détention précise auprès des autorités ou "
                        "assister à une audience. Les ambassades membres d'un groupe informel "
                        "sur la liberté des médias examinaient ces notes ensemble.</p>"
                    ),
                ],
                [
                    "Dialoguer avec les ministères",
                    (
                        "<p>Environ un an après l'examen, l'organisation a proposé au "
                        "ministère de la Justice une note de rédaction contenant des projets "
                        "d'amendements et a rejoint un comité technique chargé de réviser la "
                        "législation sur la cybercriminalité. Elle a aussi demandé à la "
                        "commission nationale des droits de l'homme d'intégrer les deux "
                        "recommandations à son propre suivi.</p>"
                    ),
                ],
                [
                    "Une contribution à mi-parcours",
                    (
                        "<p>Environ deux ans après l'examen, l'organisation a réuni ses "
                        "données dans un rapport à mi-parcours des parties prenantes et a "
                        "encouragé le Gouvernement à traiter les deux recommandations dans un "
                        "rapport volontaire à mi-parcours, en communiquant ses chiffres aux "
                        "fonctionnaires chargés de le rédiger.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>Les ambassades ont évoqué plusieurs détentions individuelles auprès des "
                "autorités, et dans certains cas les journalistes ont été libérés sous caution "
                "peu après, sans que l'organisation puisse prouver un lien de cause à effet. "
                "Les propositions du comité technique prévoyaient de circonscrire l'infraction "
                "de cyberharcèlement, et un projet de loi modificatif a été transmis au "
                "Parlement. Les arrestations se sont poursuivies, mais le registre faisait "
                "apparaître moins de journalistes détenus plus d'une semaine avant d'être "
                "présentés à un juge.</p>"
            ),
            "why_it_worked": (
                "<p>Des notes courtes, régulières et fiables étaient plus faciles à exploiter "
                "pour des diplomates débordés que de longs rapports, et les actions suggérées "
                "les aidaient à agir sans avoir à concevoir elles-mêmes une réponse. La "
                "crédibilité de l'organisation auprès du ministère tenait à son offre d'aide à "
                "la rédaction juridique plutôt qu'à la seule critique.</p>"
            ),
            "challenges": (
                "<p>Vérifier les incidents dans un grand pays fédéral avec une petite équipe "
                "était difficile, et certaines arrestations n'étaient connues que des semaines "
                "plus tard. Le personnel diplomatique changeait tous les quelques ans, et il "
                "fallait reconstruire les relations. Certains journalistes refusaient que leur "
                "cas soit partagé, ce qui laissait des lacunes dans les données.</p>"
            ),
            "risks": (
                "<p>Documenter les arrestations de journalistes exposait l'organisation comme "
                "les journalistes à des représailles, notamment à la surveillance et à des "
                "accusations de servir des intérêts étrangers. Les cas étaient anonymisés dans "
                "les notes aux ambassades sauf consentement explicite du journaliste, les "
                "notes circulaient par des canaux chiffrés, les rencontres avec les diplomates "
                "se tenaient dans des lieux variés et aucun membre du personnel n'était nommé "
                "dans les documents publics. L'organisation avait convenu à l'avance avec deux "
                "ambassades et avec le point focal du HCDH sur les représailles de la manière "
                "de les alerter en cas de menace contre son personnel, et elle a choisi de "
                "rester anonyme dans cette étude de cas.</p>"
            ),
            "replication": (
                "<ul><li>Utilisez un formulaire type pour chaque incident et faites vérifier "
                "chaque entrée avant de la comptabiliser.</li><li>Informez les ambassades de "
                "façon brève et régulière, en suggérant des actions qu'elles peuvent "
                "mener.</li><li>Proposez au Gouvernement une aide concrète à la rédaction en "
                "plus de vos critiques.</li><li>Convenez d'un plan d'alerte en cas de "
                "représailles avec des ambassades de confiance avant d'en avoir "
                "besoin.</li></ul>"
            ),
        },
        "es": {
            "title": (
                "Notas trimestrales a las embajadas sobre detenciones de periodistas por "
                "ciberdelitos"
            ),
            "slug": "notas-trimestrales-embajadas-detenciones-periodistas-ciberdelitos",
            "summary": (
                "Una organización de libertad de prensa registró cada detención de periodistas "
                "basada en la ley de ciberdelincuencia e informó cada trimestre a las "
                "embajadas recomendantes, manteniendo dos recomendaciones apoyadas en la "
                "agenda diplomática."
            ),
            "actors": (
                "Una organización de libertad de prensa, sindicatos de periodistas y abogados "
                "especializados en medios, los ministerios de Justicia y de Información, la "
                "comisión nacional de derechos humanos, las embajadas de los Estados "
                "recomendantes y un grupo informal de diplomáticos dedicado a la libertad de "
                "los medios."
            ),
            "context": (
                "<p>Periodistas y blogueros eran detenidos con frecuencia en aplicación de una "
                "disposición sobre el llamado ciberacoso tras publicar informaciones críticas "
                "con políticos o empresarios, y a menudo pasaban días detenidos antes de ser "
                "acusados o puestos en libertad. En su examen del tercer ciclo, el Gobierno "
                "apoyó una recomendación para modificar la legislación y otra sobre la "
                "protección de periodistas. La organización sabía que recomendaciones "
                "similares apoyadas en ciclos anteriores habían cambiado poco, y quería "
                "mantener implicados a los Estados recomendantes después del examen.</p>"
            ),
            "steps": [
                [
                    "Crear un registro de incidentes",
                    (
                        "<p>Desde el mes siguiente a la aprobación en el pleno, la "
                        "organización registró cada detención, citación, privación de libertad "
                        "o acusación contra periodistas o blogueros en un formulario "
                        "normalizado: fecha, lugar, disposición aplicada, duración de la "
                        "detención, resultado y fuente. Un abogado especializado verificaba "
                        "cada entrada antes de contabilizarla.</p>"
                    ),
                ],
                [
                    "Notas trimestrales para las embajadas",
                    (
                        "<p>Cada tres meses, la organización enviaba una nota de cuatro "
                        "páginas a las embajadas de los Estados que habían formulado las dos "
                        "recomendaciones, con tendencias, tres casos anonimizados y dos "
                        "acciones sugeridas, como plantear una detención concreta ante las "
                        "autoridades u observar una audiencia judicial. Las embajadas de un "
                        "grupo informal sobre libertad de los medios analizaban las notas "
                        "conjuntamente.</p>"
                    ),
                ],
                [
                    "Diálogo con los ministerios",
                    (
                        "<p>Alrededor de un año después del examen, la organización ofreció al "
                        "Ministerio de Justicia una nota de redacción con propuestas de "
                        "enmienda y se incorporó a un comité técnico encargado de revisar la "
                        "legislación sobre ciberdelincuencia. También pidió a la comisión "
                        "nacional de derechos humanos que incluyera ambas recomendaciones en "
                        "su propio seguimiento.</p>"
                    ),
                ],
                [
                    "Una contribución a mitad de período",
                    (
                        "<p>Unos dos años después del examen, la organización reunió sus datos "
                        "en un informe de mitad de período de partes interesadas e instó al "
                        "Gobierno a abordar ambas recomendaciones en un informe voluntario de "
                        "mitad de período, compartiendo sus cifras con los funcionarios "
                        "encargados de redactarlo.</p>"
                    ),
                ],
            ],
            "outcomes": (
                "<p>Las embajadas plantearon varias detenciones concretas ante las autoridades "
                "y, en algunos casos, los periodistas quedaron en libertad bajo fianza poco "
                "después, aunque la organización no pudo demostrar una relación causal. Las "
                "propuestas del comité técnico incluían acotar el delito de ciberacoso, y se "
                "remitió al Parlamento un proyecto de reforma. Las detenciones continuaron, "
                "pero el registro mostró menos periodistas retenidos más de una semana antes "
                "de comparecer ante un juez.</p>"
            ),
            "why_it_worked": (
                "<p>Las notas breves, periódicas y fiables resultaban más útiles para un "
                "personal diplomático con poco tiempo que los informes largos, y sugerir "
                "acciones precisas ayudaba a las embajadas a actuar sin tener que diseñar una "
                "respuesta propia. La credibilidad de la organización ante el ministerio "
                "provenía de ofrecer apoyo en la redacción jurídica y no solo críticas.</p>"
            ),
            "challenges": (
                "<p>Verificar incidentes en un país federal extenso con un equipo pequeño era "
                "difícil, y algunas detenciones se conocían semanas después. El personal "
                "diplomático rotaba cada pocos años, por lo que había que reconstruir las "
                "relaciones. Algunos periodistas no querían que su caso se compartiera en "
                "absoluto, lo que dejaba lagunas en los datos.</p>"
            ),
            "risks": (
                "<p>Documentar detenciones de periodistas exponía tanto a la organización como "
                "a los periodistas a represalias, como la vigilancia o acusaciones de servir a "
                "intereses extranjeros. Los casos se anonimizaban en las notas a las embajadas "
                "salvo consentimiento expreso del periodista, las notas se compartían por "
                "canales cifrados, las reuniones con diplomáticos se celebraban en lugares "
                "distintos y ningún miembro del personal aparecía con su nombre en documentos "
                "públicos. La organización acordó de antemano con dos embajadas y con el punto "
                "focal del ACNUDH sobre represalias cómo alertarles si su personal recibía "
                "amenazas, y decidió permanecer en el anonimato en este estudio de caso.</p>"
            ),
            "replication": (
                "<ul><li>Use un formulario normalizado para cada incidente y haga verificar "
                "cada entrada antes de contabilizarla.</li><li>Informe a las embajadas de "
                "forma breve y periódica, con acciones concretas que puedan "
                "emprender.</li><li>Ofrezca al Gobierno apoyo práctico en la redacción además "
                "de sus críticas.</li><li>Acuerde con embajadas de confianza un plan de alerta "
                "ante represalias antes de necesitarlo.</li></ul>"
            ),
        },
    },
]

# Two curated collections of case studies.
SETS = [
    {
        "key": "engaging-embassies",
        "cases": [
            "b-mexico-disappearances-smart-joint-submission",
            "b-slovakia-roma-school-segregation",
            "b-nigeria-journalists-quarterly-embassy-briefings",
            "b-italy-nhri-cross-party-bill",
        ],
        "en": {
            "title": "Engaging embassies",
            "slug": "engaging-embassies",
            "summary": (
                "Case studies showing how CSOs worked with the embassies of recommending "
                "States, from offering SMART recommendations before the review to sending "
                "implementation updates years later."
            ),
            "intro": (
                "<p>Embassies of recommending States are among the most useful allies CSOs "
                "have in the UPR: before a review, when States decide what to recommend, and "
                "afterwards, when diplomats can ask about implementation in bilateral "
                "meetings. This collection brings together cases in which CSOs approached "
                "embassies at different moments of the cycle, offering ready-to-use SMART "
                "recommendations, sending short and regular implementation updates, and asking "
                "diplomats to host exchanges with peers from other countries.</p><p>In a "
                "workshop, a trainer can ask small groups to read one case each and note when "
                "the embassies were approached, what material they received and what exactly "
                "they were asked to do. The groups then compare timing and materials, and "
                "finish by drafting a one-page embassy briefing and a contact calendar for "
                "their own country's next review.</p>"
            ),
        },
        "fr": {
            "title": "Mobiliser les ambassades",
            "slug": "mobiliser-les-ambassades",
            "summary": (
                "Des études de cas montrant comment des OSC ont travaillé avec les ambassades "
                "des États auteurs de recommandations, des recommandations SMART proposées "
                "avant l'examen aux informations de suivi envoyées des années après."
            ),
            "intro": (
                "<p>Les ambassades des États qui formulent des recommandations comptent parmi "
                "les alliés les plus utiles des OSC dans l'EPU : avant l'examen, lorsque les "
                "États choisissent leurs recommandations, et après, lorsque les diplomates "
                "peuvent s'enquérir de la mise en œuvre lors de rencontres bilatérales. Cette "
                "collection réunit des cas dans lesquels des OSC ont sollicité des ambassades "
                "à différents moments du cycle, en leur proposant des recommandations SMART "
                "prêtes à l'emploi, en leur envoyant des informations de suivi brèves et "
                "régulières, ou en leur demandant d'organiser des échanges avec des homologues "
                "d'autres pays.</p><p>En atelier, la personne formatrice peut demander à de "
                "petits groupes de lire chacun un cas et de relever à quel moment les "
                "ambassades ont été contactées, quels documents elles ont reçus et ce qu'on "
                "leur a précisément demandé. Les groupes comparent ensuite le calendrier et "
                "les supports, puis rédigent une note d'une page destinée aux ambassades et un "
                "calendrier de contacts pour le prochain examen de leur pays.</p>"
            ),
        },
        "es": {
            "title": "Trabajar con las embajadas",
            "slug": "trabajar-con-las-embajadas",
            "summary": (
                "Estudios de caso que muestran cómo las OSC trabajaron con las embajadas de "
                "los Estados recomendantes, desde ofrecer recomendaciones SMART antes del "
                "examen hasta enviar actualizaciones sobre la implementación años después."
            ),
            "intro": (
                "<p>Las embajadas de los Estados recomendantes figuran entre los aliados más "
                "útiles de las OSC en el EPU: antes del examen, cuando los Estados deciden qué "
                "recomendar, y después, cuando el personal diplomático puede preguntar por la "
                "implementación en reuniones bilaterales. Esta colección reúne casos en los "
                "que las OSC se dirigieron a las embajadas en distintos momentos del ciclo, "
                "ofreciéndoles recomendaciones SMART listas para usar, enviándoles "
                "actualizaciones breves y periódicas sobre la implementación o pidiéndoles que "
                "organizaran intercambios con homólogos de otros países.</p><p>En un taller, "
                "la persona facilitadora puede pedir a grupos pequeños que lean un caso cada "
                "uno y anoten cuándo se contactó a las embajadas, qué materiales recibieron y "
                "qué se les pidió exactamente. Después, los grupos comparan los tiempos y los "
                "materiales, y terminan redactando una nota de una página para embajadas y un "
                "calendario de contactos para el próximo examen de su país.</p>"
            ),
        },
    },
    {
        "key": "after-the-review",
        "cases": [
            "b-indonesia-domestic-workers-bill",
            "b-italy-nhri-cross-party-bill",
            "b-tanzania-death-penalty-noted-recommendation",
            "b-nigeria-journalists-quarterly-embassy-briefings",
            "b-spain-identity-checks-mid-term-report",
        ],
        "en": {
            "title": "After the review: from responses to follow-up",
            "slug": "after-the-review",
            "summary": (
                "Case studies on the later UPR stages: influencing the Government's responses, "
                "the plenary adoption, implementation, mid-term reporting and follow-up into "
                "the next cycle."
            ),
            "intro": (
                "<p>Much UPR advocacy is concentrated in the months before the review, yet "
                "most of the work that changes people's lives happens afterwards. This "
                "collection follows CSOs through the later stages of the cycle: lobbying on "
                "the responses before the addendum, speaking at the plenary adoption, tracking "
                "implementation, producing a stakeholder mid-term report and carrying evidence "
                "into the next review. It includes cases built on supported recommendations "
                "and one in which the key recommendation was noted.</p><p>In a workshop, a "
                "trainer can draw on a wall a timeline of the four and a half years that "
                "follow a review and ask participants to place each step of the cases on it. "
                "The discussion can then turn to the gaps: which moments their own "
                "organisations usually miss, what a minimum follow-up plan would look like, "
                "and how to protect staff and partners when advocacy goes on for years.</p>"
            ),
        },
        "fr": {
            "title": "Après l'examen : des réponses au suivi",
            "slug": "apres-l-examen",
            "summary": (
                "Des études de cas sur les dernières étapes de l'EPU : influer sur les "
                "réponses du Gouvernement, l'adoption en plénière, la mise en œuvre, les "
                "rapports à mi-parcours et le suivi jusqu'au cycle suivant."
            ),
            "intro": (
                "<p>Une grande partie du plaidoyer autour de l'EPU se concentre sur les mois "
                "qui précèdent l'examen, alors que l'essentiel du travail qui change la vie "
                "des gens se fait ensuite. Cette collection suit des OSC tout au long des "
                "dernières étapes du cycle : plaidoyer sur les réponses avant l'additif, "
                "déclaration lors de l'adoption en plénière, suivi de la mise en œuvre, "
                "rapport à mi-parcours des parties prenantes et transmission des éléments "
                "recueillis à l'examen suivant. Elle comprend des cas fondés sur des "
                "recommandations acceptées et un cas où la recommandation principale a fait "
                "l'objet d'une prise de note.</p><p>En atelier, la personne formatrice peut "
                "tracer au mur une frise des quatre ans et demi qui suivent un examen et "
                "demander aux participants d'y placer chaque étape des cas. La discussion peut "
                "ensuite porter sur les lacunes : les moments que leur organisation laisse "
                "habituellement passer, ce que serait un plan de suivi minimal et la manière "
                "de protéger le personnel et les partenaires lorsque le plaidoyer dure des "
                "années.</p>"
            ),
        },
        "es": {
            "title": "Después del examen: de las respuestas al seguimiento",
            "slug": "despues-del-examen",
            "summary": (
                "Estudios de caso sobre las etapas finales del EPU: incidir en las respuestas "
                "del Gobierno, la aprobación en el pleno, la implementación, los informes de "
                "mitad de período y el seguimiento hasta el ciclo siguiente."
            ),
            "intro": (
                "<p>Buena parte de la incidencia en el EPU se concentra en los meses previos "
                "al examen, pero la mayor parte del trabajo que cambia la vida de las personas "
                "ocurre después. Esta colección acompaña a las OSC en las etapas finales del "
                "ciclo: la incidencia sobre las respuestas antes de la adición, las "
                "declaraciones en la aprobación en el pleno, el seguimiento de la "
                "implementación, el informe de mitad de período de partes interesadas y el "
                "traslado de la evidencia al examen siguiente. Incluye casos basados en "
                "recomendaciones apoyadas y uno en el que se tomó nota de la recomendación "
                "principal.</p><p>En un taller, la persona facilitadora puede dibujar en la "
                "pared una línea del tiempo de los cuatro años y medio que siguen a un examen "
                "y pedir a las personas participantes que sitúen en ella cada paso de los "
                "casos. La conversación puede centrarse luego en los vacíos: qué momentos "
                "suele dejar pasar su organización, cómo sería un plan mínimo de seguimiento y "
                "cómo proteger al personal y a las organizaciones aliadas cuando la incidencia "
                "se prolonga durante años.</p>"
            ),
        },
    },
]

# Two submissions sent by CSOs through the public form, awaiting moderation.
PENDING_SUBMISSIONS = [
    {
        "language": "es",
        "anonymous": True,
        "organisation": "",
        "countries": ["GT"],
        "themes": ["indigenous-peoples", "human-rights-defenders"],
        "stages": ["implementation", "follow-up"],
        "tactics": ["monitoring-reporting", "coalition-building", "embassy-engagement"],
        "cycle": 4,
        "title": (
            "Matriz comunitaria para dar seguimiento a recomendaciones sobre consulta indígena"
        ),
        "summary": (
            "Organizaciones comunitarias de dos departamentos armamos una matriz sencilla para "
            "seguir las recomendaciones del EPU sobre consulta a pueblos indígenas y "
            "protección de defensores, y la usamos en reuniones con autoridades y embajadas."
        ),
        "context": (
            "Somos varias organizaciones comunitarias y de mujeres indígenas que trabajamos en "
            "dos departamentos donde hay proyectos de minería e hidroeléctricas. En el último "
            "examen el Estado apoyó varias recomendaciones sobre consulta libre, previa e "
            "informada y sobre protección de defensores, pero en las comunidades casi nadie "
            "sabía que existían y las autoridades locales decían que eso era asunto de la "
            "capital. Muchos compañeros que se oponen a los proyectos tienen denuncias penales "
            "abiertas."
        ),
        "what_was_done": (
            "Primero tradujimos las recomendaciones a lenguaje sencillo y a dos idiomas mayas, "
            "y las explicamos en asambleas comunitarias. Con apoyo de una abogada armamos una "
            "matriz en una hoja de cálculo: cada recomendación, qué institución es "
            "responsable, qué se ha hecho, qué pasa en las comunidades y quién de nosotros lo "
            "revisa. La actualizamos cada cuatro meses con lo que nos reportan las comunidades "
            "y con las respuestas a solicitudes de información pública.\n\nCon la matriz "
            "pedimos reuniones con la institución nacional de derechos humanos y con el "
            "ministerio de energía. Como unos dos años después del examen también la llevamos "
            "a tres embajadas de países que habían hecho recomendaciones sobre consulta, y les "
            "pedimos que preguntaran al Gobierno por los casos de criminalización."
        ),
        "outcomes": (
            "La institución de derechos humanos abrió un expediente de seguimiento sobre uno "
            "de los proyectos y acompañó una asamblea. Una embajada mandó personal a una "
            "audiencia de un compañero acusado. El ministerio nos recibió una vez pero no ha "
            "cambiado nada en el tema de consulta. Vamos a usar la matriz para preparar "
            "nuestra contribución al próximo examen."
        ),
        "lessons": (
            "Funcionó porque la matriz es sencilla y la pueden entender las autoridades "
            "comunitarias, no solo los técnicos. También ayudó que las mujeres participaran en "
            "la actualización, porque ellas saben mejor lo que pasa en las comunidades. Lo "
            "difícil fue conseguir información oficial, muchas solicitudes no nos las "
            "respondieron a tiempo. También cuesta el transporte y el tiempo de la gente, y "
            "hubo desacuerdos entre organizaciones sobre qué casos priorizar."
        ),
        "risks": (
            "Hay riesgo de criminalización y de amenazas, sobre todo para los líderes que "
            "aparecen en público. Por eso no ponemos nombres de personas en la matriz que "
            "compartimos, las reuniones con embajadas las hacemos en la capital y no en la "
            "comunidad, y usamos mensajería cifrada. Avisamos a la oficina de la ONU en el "
            "país cuando fuimos a las embajadas, por si había represalias. Preferimos que esta "
            "experiencia se publique sin el nombre de nuestras organizaciones."
        ),
        "replication": (
            "Cualquier grupo puede hacer una matriz así con una hoja de cálculo. Lo importante "
            "es traducir las recomendaciones a un lenguaje que entienda la gente, decidir "
            "quién actualiza cada parte y revisarla cada cierto tiempo, no solo antes del "
            "examen. Recomendamos no poner datos personales en documentos que van a circular."
        ),
        "contact_name": "",
        "contact_email": "",
    },
    {
        "language": "fr",
        "anonymous": False,
        "organisation": "Collectif Citoyen pour la Dignité en Détention",
        "countries": ["BJ"],
        "themes": ["detention-conditions", "justice-rule-of-law"],
        "stages": ["implementation", "mid-term-reporting"],
        "tactics": ["monitoring-reporting", "dialogue-government"],
        "cycle": 4,
        "title": "Suivre la détention provisoire prolongée avec les greffes des tribunaux",
        "summary": (
            "Notre collectif a recensé pendant deux ans les cas de détention provisoire "
            "prolongée dans trois prisons civiles et a partagé les chiffres avec le ministère "
            "de la Justice pour suivre une recommandation acceptée lors de l'EPU."
        ),
        "context": (
            "Lors du dernier examen, l'État a accepté une recommandation demandant de réduire "
            "le recours à la détention provisoire et la surpopulation carcérale. Dans les "
            "prisons où nous intervenons, beaucoup de détenus attendent leur jugement depuis "
            "plus longtemps que la peine maximale prévue pour l'infraction, souvent parce que "
            "leur dossier est perdu ou qu'ils n'ont pas d'avocat. Il n'existait pas de "
            "chiffres publics sur cette situation."
        ),
        "what_was_done": (
            "Avec l'autorisation de l'administration pénitentiaire, nos parajuristes ont "
            "visité trois prisons civiles tous les deux mois. Ils ont relevé, pour chaque "
            "personne en détention provisoire rencontrée, la date d'entrée, l'infraction "
            "reprochée et l'état de la procédure, puis ont vérifié les informations auprès des "
            "greffes des tribunaux. Les données étaient saisies dans un tableau sans noms, "
            "seulement avec un code.\n\nTous les six mois, nous avons présenté un bilan au "
            "ministère de la Justice et aux chefs de juridiction, avec une liste des dossiers "
            "les plus anciens. Environ deux ans après l'examen, nous avons rédigé un court "
            "rapport à mi-parcours avec d'autres OSC et l'avons transmis au comité chargé du "
            "suivi des recommandations."
        ),
        "outcomes": (
            "Plusieurs audiences ont été programmées pour des dossiers bloqués depuis des "
            "années et une soixantaine de personnes ont été jugées ou libérées. Le ministère a "
            "demandé aux greffes de faire un inventaire des dossiers en souffrance. La "
            "surpopulation reste très forte et la loi n'a pas changé."
        ),
        "lessons": (
            "Ce qui a marché, c'est de travailler avec les greffes et de proposer des "
            "solutions dossier par dossier, au lieu de seulement dénoncer. Les magistrats ont "
            "vu que nos chiffres étaient vérifiés. Ce qui a été difficile : l'accès aux "
            "prisons dépend parfois de la personne en poste, les parajuristes sont bénévoles "
            "et certains sont partis, et il faut beaucoup de temps pour vérifier chaque "
            "dossier."
        ),
        "risks": (
            "Certains agents ont vu notre travail comme une critique et l'accès a été suspendu "
            "une fois pendant quelques semaines. Nous avons toujours présenté les résultats "
            "d'abord au ministère avant de parler à la presse, et nous n'avons jamais publié "
            "de noms de détenus ni d'agents. Les données sont gardées sur un ordinateur "
            "protégé par mot de passe et chiffré. Nos parajuristes ont une lettre du collectif "
            "et une personne à contacter en cas de problème."
        ),
        "replication": (
            "Il faut d'abord obtenir une autorisation écrite pour accéder aux prisons et "
            "expliquer l'objectif aux autorités. Un formulaire simple et la vérification "
            "auprès des greffes rendent les données crédibles. Présenter les résultats "
            "régulièrement, et pas seulement au moment de l'examen, permet de garder le "
            "dialogue ouvert."
        ),
        "contact_name": "Rodrigue",
        "contact_email": "rodrigue@example.org",
    },
]
