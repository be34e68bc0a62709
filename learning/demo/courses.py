"""Demo courses: agendas that trainers build out of the training modules.

Pure data, in English, French and Spanish with identical structure. Each agenda item is a
module session (with the trainer's notes) or a break; times run on from ``start_time`` and a
session marked ``starts_new_day`` begins the next day at ``start_time`` again. Facts follow
the project's UPR facts sheet.
"""

from __future__ import annotations

COURSES: list[dict] = [
    {
        "key": "one-day-introduction",
        "start_time": "09:00",
        "agenda": [
            {
                "type": "module",
                "module": "upr-basics",
                "duration_minutes": 75,
                "starts_new_day": False,
                "notes": {
                    "en": (
                        "Use the first 15 minutes for the welcome, introductions and the group "
                        "agreement on confidentiality and photos, then run the module as written. "
                        "Give the cycle-mapping exercise its full 30 minutes and keep the "
                        "timelines on the wall, as the later sessions come back to them. Ask each "
                        "participant to mark when their country's next review is due: that date "
                        "sets the deadline for the submission discussed in the next session."
                    ),
                    "fr": (
                        "Consacrez les 15 premières minutes à l'accueil, aux présentations et à "
                        "l'accord de groupe sur la confidentialité et les photos, puis déroulez le "
                        "module tel qu'il est prévu. Laissez à l'exercice de cartographie du cycle "
                        "ses 30 minutes entières et gardez les lignes du temps au mur : les "
                        "séances suivantes y reviendront. Demandez à chaque participant d'indiquer "
                        "la date du prochain examen de son pays, car c'est elle qui fixe "
                        "l'échéance de la contribution abordée dans la séance suivante."
                    ),
                    "es": (
                        "Dedique los primeros 15 minutos a la bienvenida, las presentaciones y el "
                        "acuerdo de grupo sobre confidencialidad y fotografías, y luego desarrolle "
                        "el módulo tal como está previsto. Reserve los 30 minutos completos para "
                        "el ejercicio de mapeo del ciclo y deje las líneas de tiempo en la pared, "
                        "porque las sesiones siguientes volverán a ellas. Pida a cada participante "
                        "que marque la fecha del próximo examen de su país: de ella depende el "
                        "plazo de la contribución que se trabajará en la sesión siguiente."
                    ),
                },
            },
            {
                "type": "break",
                "duration_minutes": 15,
                "title": {
                    "en": "Coffee break",
                    "fr": "Pause café",
                    "es": "Pausa para el café",
                },
            },
            {
                "type": "module",
                "module": "stakeholder-submission",
                "duration_minutes": 90,
                "starts_new_day": False,
                "notes": {
                    "en": (
                        "Run the module in full; with a group new to the UPR, spend more time on "
                        "the structure of a submission and on how OHCHR's summary condenses it "
                        "than on the logistics of a coalition. In the drafting exercise, let "
                        "groups choose an issue they know well, so that their effort goes into "
                        "structure and evidence rather than research. Quote deadlines and length "
                        "limits from OHCHR's current technical guidelines, not from older material."
                    ),
                    "fr": (
                        "Déroulez le module en entier ; avec un groupe qui découvre l'EPU, "
                        "attardez-vous davantage sur la structure d'une contribution et sur la "
                        "manière dont le résumé du HCDH la condense que sur l'organisation d'une "
                        "coalition. Pour l'exercice de rédaction, laissez les groupes choisir une "
                        "question qu'ils connaissent bien, afin que leur effort porte sur la "
                        "structure et les preuves plutôt que sur la recherche. Citez les délais et "
                        "les limites de longueur d'après les directives techniques en vigueur du "
                        "HCDH, et non d'après des documents plus anciens."
                    ),
                    "es": (
                        "Desarrolle el módulo completo; con un grupo que se inicia en el EPU, "
                        "dedique más tiempo a la estructura de una contribución y a cómo la "
                        "condensa el resumen del ACNUDH que a la logística de una coalición. En el "
                        "ejercicio de redacción, deje que cada grupo elija un tema que conozca "
                        "bien, para que el esfuerzo se centre en la estructura y las pruebas y no "
                        "en la investigación. Cite los plazos y los límites de extensión según las "
                        "directrices técnicas vigentes del ACNUDH, no según materiales anteriores."
                    ),
                },
            },
            {
                "type": "break",
                "duration_minutes": 60,
                "title": {
                    "en": "Lunch break",
                    "fr": "Pause déjeuner",
                    "es": "Almuerzo",
                },
            },
            {
                "type": "module",
                "module": "smart-recommendations",
                "duration_minutes": 75,
                "starts_new_day": False,
                "notes": {
                    "en": (
                        "Straight after lunch, open with the exercise rather than a presentation: "
                        "groups rewrite one vague recommendation, and you introduce the SMART "
                        "criteria and the action categories using their drafts. Present the action "
                        "categories with the handout's caveat that the wording of categories 1 to "
                        "4 is a widely used summary. If the morning ran over, bring the session "
                        "down to 60 minutes by having each group work on two recommendations "
                        "instead of four."
                    ),
                    "fr": (
                        "Juste après le déjeuner, commencez par l'exercice plutôt que par un "
                        "exposé : les groupes réécrivent une recommandation vague, puis vous "
                        "présentez les critères SMART et les catégories d'action à partir de leurs "
                        "propositions. Présentez les catégories d'action avec la mise en garde du "
                        "document distribué : la formulation des catégories 1 à 4 est un résumé "
                        "largement utilisé. Si la matinée a pris du retard, ramenez la séance à 60 "
                        "minutes en faisant travailler chaque groupe sur deux recommandations au "
                        "lieu de quatre."
                    ),
                    "es": (
                        "Justo después del almuerzo, empiece con el ejercicio y no con una "
                        "exposición: los grupos reescriben una recomendación vaga y, a partir de "
                        "sus borradores, usted presenta los criterios SMART y las categorías de "
                        "acción. Presente las categorías de acción con la advertencia que figura "
                        "en el material: la redacción de las categorías 1 a 4 es un resumen de uso "
                        "extendido. Si la mañana se alargó, reduzca la sesión a 60 minutos "
                        "haciendo que cada grupo trabaje con dos recomendaciones en lugar de "
                        "cuatro."
                    ),
                },
            },
            {
                "type": "break",
                "duration_minutes": 15,
                "title": {
                    "en": "Afternoon break",
                    "fr": "Pause de l'après-midi",
                    "es": "Pausa de la tarde",
                },
            },
            {
                "type": "module",
                "module": "reprisals-digital-safety",
                "duration_minutes": 90,
                "starts_new_day": False,
                "notes": {
                    "en": (
                        "Keep this session whole even if the day runs late, and take any time you "
                        "need from the SMART session instead. Run the module in 75 minutes and "
                        "keep the last 15 for the closing: each participant names one protective "
                        "measure and one next step for their organisation, then fills in an "
                        "anonymous evaluation form. Remind everyone where to seek support if they "
                        "face intimidation, and end on what participants can do rather than on the "
                        "risks."
                    ),
                    "fr": (
                        "Préservez cette séance même si la journée prend du retard, et prenez "
                        "plutôt le temps nécessaire sur la séance SMART. Déroulez le module en 75 "
                        "minutes et gardez les 15 dernières pour la clôture : chaque participant "
                        "cite une mesure de protection et une prochaine étape pour son "
                        "organisation, puis remplit une fiche d'évaluation anonyme. Rappelez à qui "
                        "s'adresser en cas d'intimidation et terminez sur ce que les participants "
                        "peuvent faire plutôt que sur les risques."
                    ),
                    "es": (
                        "Mantenga esta sesión completa aunque el día se alargue, y tome el tiempo "
                        "que necesite de la sesión sobre recomendaciones SMART. Desarrolle el "
                        "módulo en 75 minutos y reserve los 15 últimos para el cierre: cada "
                        "participante menciona una medida de protección y un próximo paso para su "
                        "organización, y después completa un formulario de evaluación anónimo. "
                        "Recuerde a quién acudir en caso de intimidación y termine con lo que las "
                        "personas participantes pueden hacer, no con los riesgos."
                    ),
                },
            },
        ],
        "en": {
            "title": "The UPR in one day: an introduction for civil society",
            "slug": "one-day-introduction-to-the-upr",
            "summary": (
                "A one-day introduction to the Universal Periodic Review for CSO staff who are new "
                "to it: how the cycle works, how to write a stakeholder submission and SMART "
                "recommendations, and how to engage safely."
            ),
            "audience": (
                "Staff and volunteers of civil society organisations (CSOs) who are new to the UPR "
                "and are preparing their organisation's first engagement with it."
            ),
            "objectives": [
                (
                    "Explain how the UPR works and identify the moments in the cycle when their "
                    "organisation can act."
                ),
                (
                    "Plan a stakeholder submission: deadline, structure, evidence and whether to "
                    "work in a coalition."
                ),
                (
                    "Rewrite vague recommendations so that they are specific, measurable, "
                    "achievable, relevant and time-bound."
                ),
                (
                    "Assess the risks of engaging with the UPR and agree on basic measures to "
                    "protect people and data."
                ),
            ],
            "facilitator_notes": (
                "<p><strong>Before the workshop.</strong> Send a short questionnaire two weeks "
                "ahead and prepare material on the participants' own countries.</p><ul><li>Ask "
                "about each participant's role, the issues they work on, any previous contact with "
                "UN mechanisms, access or language needs, and any safety concerns they would like "
                "to share with the facilitators in confidence.</li><li>For each country "
                "represented, note the date of the next review from OHCHR's UPR calendar and print "
                "the recommendations from the last Working Group report.</li><li>Check OHCHR's "
                "current technical guidelines for stakeholder submissions, so that the deadlines "
                "and length limits you quote are up to date.</li><li>If you can, work in pairs: "
                "one facilitator leads while the other keeps time and watches the "
                "group.</li></ul><p><strong>Room set-up.</strong> Set tables for groups of four to "
                "six and keep a long stretch of wall free for the cycle timelines, which stay up "
                "all day. Bring flipcharts, sticky notes in two colours, markers and a timer, and "
                "keep one flipchart for questions to come back to. The day works without an "
                "internet connection; if you use slides, have printed copies as a "
                "backup.</p><p><strong>Safety and consent.</strong> Some participants may face "
                "reprisals for engaging with the UN, so build safety into the whole day rather "
                "than leaving it to the last session.</p><ul><li>Do not share the attendance list "
                "or participants' contact details with anyone, other participants included, "
                "without each person's consent; if a funder needs a record, agree in advance what "
                "it contains and where it is kept.</li><li>Take no photos of participants, or of "
                "flipcharts showing names, without explicit consent; accept a refusal without "
                "asking why, and post nothing about the workshop on social media until the group "
                "has agreed.</li><li>Agree on a confidentiality rule at the opening, for example "
                "that what is said in the room may be used but not who said it.</li><li>Work with "
                "the modules' fictional cases: nobody should have to share details of their own "
                "cases, and you should know where to refer someone who discloses a "
                "threat.</li></ul><p><strong>Adapting to the group.</strong> With participants "
                "from a single country, replace the fictional material with that country's actual "
                "recommendations and dates; with a mixed group, form groups by region or by theme. "
                "If some participants already know the basics, shorten the first session and give "
                "the time to drafting. If the day runs late, shorten the SMART session, never the "
                "safety session.</p>"
            ),
        },
        "fr": {
            "title": "L'EPU en une journée : introduction pour la société civile",
            "slug": "introduction-a-l-epu-en-une-journee",
            "summary": (
                "Une journée d'introduction à l'Examen périodique universel (EPU) pour le "
                "personnel des OSC qui le découvre : le déroulement du cycle, la rédaction d'une "
                "contribution et de recommandations SMART, et la sécurité."
            ),
            "audience": (
                "Personnel et bénévoles d'organisations de la société civile (OSC) qui découvrent "
                "l'EPU et préparent la première participation de leur organisation."
            ),
            "objectives": [
                (
                    "Expliquer le fonctionnement de l'EPU et repérer les moments du cycle où leur "
                    "organisation peut agir."
                ),
                (
                    "Planifier une contribution des parties prenantes : échéance, structure, "
                    "preuves et intérêt d'une coalition."
                ),
                (
                    "Réécrire des recommandations vagues pour les rendre spécifiques, mesurables, "
                    "atteignables, pertinentes et assorties d'un délai."
                ),
                (
                    "Évaluer les risques liés à la participation à l'EPU et convenir de mesures de "
                    "base pour protéger les personnes et les données."
                ),
            ],
            "facilitator_notes": (
                "<p><strong>Avant l'atelier.</strong> Envoyez un court questionnaire deux semaines "
                "à l'avance et préparez des documents sur les pays des "
                "participants.</p><ul><li>Renseignez-vous sur la fonction de chaque participant, "
                "les questions sur lesquelles il travaille, ses éventuels contacts antérieurs avec "
                "les mécanismes de l'ONU, ses besoins d'accessibilité ou de langue, et les "
                "préoccupations de sécurité qu'il souhaiterait confier à l'équipe de "
                "formation.</li><li>Pour chaque pays représenté, relevez la date du prochain "
                "examen dans le calendrier de l'EPU du HCDH et imprimez les recommandations du "
                "dernier rapport du Groupe de travail.</li><li>Consultez les directives techniques "
                "en vigueur du HCDH sur les contributions des parties prenantes, afin que les "
                "délais et les limites de longueur que vous citez soient à jour.</li><li>Si "
                "possible, travaillez en binôme : un formateur ou une formatrice anime pendant que "
                "l'autre gère le temps et observe le groupe.</li></ul><p><strong>Aménagement de la "
                "salle.</strong> Disposez des tables pour des groupes de quatre à six personnes et "
                "gardez un long pan de mur libre pour les lignes du temps du cycle, qui restent "
                "affichées toute la journée. Prévoyez des tableaux à feuilles, des notes adhésives "
                "de deux couleurs, des marqueurs et un minuteur, ainsi qu'une feuille réservée aux "
                "questions à reprendre plus tard. La journée se déroule sans connexion internet ; "
                "si vous utilisez des diapositives, ayez-en une version "
                "imprimée.</p><p><strong>Sécurité et consentement.</strong> Certains participants "
                "peuvent subir des représailles pour avoir coopéré avec l'ONU : intégrez la "
                "sécurité à toute la journée au lieu de la réserver à la dernière "
                "séance.</p><ul><li>Ne communiquez ni la liste de présence ni les coordonnées des "
                "participants à qui que ce soit, y compris aux autres participants, sans le "
                "consentement de chaque personne ; si un bailleur exige une trace, convenez à "
                "l'avance de son contenu et du lieu où elle sera conservée.</li><li>Ne prenez "
                "aucune photo des participants, ni des feuilles où figurent des noms, sans "
                "consentement explicite ; acceptez un refus sans demander pourquoi et ne publiez "
                "rien sur l'atelier dans les réseaux sociaux tant que le groupe n'a pas donné son "
                "accord.</li><li>Convenez d'une règle de confidentialité dès l'ouverture, par "
                "exemple : ce qui est dit dans la salle peut être réutilisé, mais pas le nom de la "
                "personne qui l'a dit.</li><li>Travaillez avec les cas fictifs des modules : "
                "personne ne doit être obligé de donner des détails sur ses propres dossiers, et "
                "vous devez savoir vers qui orienter une personne qui fait état de "
                "menaces.</li></ul><p><strong>Adapter l'atelier au groupe.</strong> Si les "
                "participants viennent tous du même pays, remplacez les documents fictifs par les "
                "recommandations et les dates réelles de ce pays ; avec un groupe de plusieurs "
                "pays, formez des groupes par région ou par thème. Si certains connaissent déjà "
                "les bases, raccourcissez la première séance et consacrez le temps gagné à la "
                "rédaction. Si la journée prend du retard, raccourcissez la séance sur les "
                "recommandations SMART, jamais celle sur la sécurité.</p>"
            ),
        },
        "es": {
            "title": "El EPU en un día: introducción para la sociedad civil",
            "slug": "introduccion-al-epu-en-un-dia",
            "summary": (
                "Una jornada de introducción al Examen Periódico Universal (EPU) para personal de "
                "OSC que se inicia en él: cómo funciona el ciclo, cómo redactar una contribución y "
                "recomendaciones SMART y cómo participar con seguridad."
            ),
            "audience": (
                "Personal y voluntariado de organizaciones de la sociedad civil (OSC) que se "
                "inician en el EPU y preparan la primera participación de su organización."
            ),
            "objectives": [
                (
                    "Explicar cómo funciona el EPU e identificar los momentos del ciclo en los que "
                    "su organización puede actuar."
                ),
                (
                    "Planificar una contribución de las partes interesadas: plazo, estructura, "
                    "pruebas y conveniencia de trabajar en coalición."
                ),
                (
                    "Reescribir recomendaciones vagas para que sean específicas, medibles, "
                    "alcanzables, pertinentes y con plazos definidos."
                ),
                (
                    "Evaluar los riesgos de participar en el EPU y acordar medidas básicas para "
                    "proteger a las personas y los datos."
                ),
            ],
            "facilitator_notes": (
                "<p><strong>Antes del taller.</strong> Envíe un breve cuestionario con dos semanas "
                "de antelación y prepare material sobre los países de las personas "
                "participantes.</p><ul><li>Pregunte por la función de cada participante, los temas "
                "que trabaja, su contacto previo con mecanismos de la ONU, sus necesidades de "
                "accesibilidad o de idioma y cualquier preocupación de seguridad que quiera "
                "compartir de forma confidencial con el equipo facilitador.</li><li>Para cada país "
                "representado, anote la fecha del próximo examen según el calendario del EPU del "
                "ACNUDH e imprima las recomendaciones del último informe del Grupo de "
                "Trabajo.</li><li>Consulte las directrices técnicas vigentes del ACNUDH para las "
                "contribuciones de las partes interesadas, de modo que los plazos y límites de "
                "extensión que mencione estén actualizados.</li><li>Si es posible, trabaje en "
                "pareja: una persona facilitadora conduce mientras la otra controla el tiempo y "
                "observa al grupo.</li></ul><p><strong>Preparación de la sala.</strong> Disponga "
                "mesas para grupos de cuatro a seis personas y deje libre un tramo largo de pared "
                "para las líneas de tiempo del ciclo, que permanecen colgadas todo el día. Lleve "
                "rotafolios, notas adhesivas de dos colores, marcadores y un cronómetro, y reserve "
                "una hoja para las preguntas que se retomarán más adelante. La jornada no requiere "
                "conexión a internet; si usa diapositivas, tenga una copia "
                "impresa.</p><p><strong>Seguridad y consentimiento.</strong> Algunas personas "
                "participantes pueden sufrir represalias por colaborar con la ONU, así que integre "
                "la seguridad en toda la jornada en lugar de dejarla para la última "
                "sesión.</p><ul><li>No comparta la lista de asistencia ni los datos de contacto de "
                "las personas participantes con nadie, tampoco con el resto del grupo, sin el "
                "consentimiento de cada persona; si una entidad financiadora necesita un registro, "
                "acuerde de antemano qué contiene y dónde se guarda.</li><li>No tome fotografías "
                "de las personas participantes ni de hojas en las que aparezcan nombres sin su "
                "consentimiento explícito; acepte una negativa sin pedir explicaciones y no "
                "publique nada sobre el taller en redes sociales hasta que el grupo lo haya "
                "acordado.</li><li>Acuerde una regla de confidencialidad al comienzo, por ejemplo: "
                "lo que se dice en la sala puede utilizarse, pero no quién lo "
                "dijo.</li><li>Trabaje con los casos ficticios de los módulos: nadie debe verse "
                "obligado a dar detalles de sus propios casos, y usted debe saber a dónde derivar "
                "a una persona que revele una amenaza.</li></ul><p><strong>Adaptación al "
                "grupo.</strong> Si todas las personas participantes vienen del mismo país, "
                "sustituya el material ficticio por las recomendaciones y fechas reales de ese "
                "país; con un grupo de varios países, forme grupos por región o por tema. Si "
                "algunas personas ya conocen lo básico, acorte la primera sesión y dedique ese "
                "tiempo a la redacción. Si la jornada se retrasa, acorte la sesión sobre "
                "recomendaciones SMART, nunca la de seguridad.</p>"
            ),
        },
    },
    {
        "key": "two-day-implementation-workshop",
        "start_time": "09:00",
        "agenda": [
            {
                "type": "module",
                "module": "working-with-government",
                "duration_minutes": 90,
                "starts_new_day": False,
                "notes": {
                    "en": (
                        "Open with 20 minutes of introductions, expectations and the group "
                        "agreement on confidentiality and photos, including a quick recap of the "
                        "later UPR stages. Then cover the module's sections on State responses, "
                        "plenary adoption and who coordinates follow-up in government, using the "
                        "recommendations participants have brought. Close by asking each group to "
                        "name the body that coordinates UPR follow-up in their country; not "
                        "knowing is a finding worth recording too."
                    ),
                    "fr": (
                        "Ouvrez par 20 minutes de présentations, de recueil des attentes et "
                        "d'accord de groupe sur la confidentialité et les photos, avec un bref "
                        "rappel des dernières étapes de l'EPU. Abordez ensuite les parties du "
                        "module consacrées aux réponses de l'État, à l'adoption en plénière et aux "
                        "services chargés du suivi au sein du gouvernement, en partant des "
                        "recommandations apportées par les participants. Pour conclure, demandez à "
                        "chaque groupe de nommer l'organe qui coordonne le suivi de l'EPU dans son "
                        "pays : ne pas le savoir est aussi un constat à noter."
                    ),
                    "es": (
                        "Abra con 20 minutos de presentaciones, expectativas y acuerdo de grupo "
                        "sobre confidencialidad y fotografías, con un breve repaso de las etapas "
                        "posteriores del EPU. Después trabaje las secciones del módulo sobre las "
                        "respuestas del Estado, la aprobación en el pleno y quién coordina el "
                        "seguimiento dentro del gobierno, a partir de las recomendaciones que "
                        "hayan traído las personas participantes. Para cerrar, pida a cada grupo "
                        "que nombre el organismo que coordina el seguimiento del EPU en su país: "
                        "no saberlo también es un dato que conviene anotar."
                    ),
                },
            },
            {
                "type": "break",
                "duration_minutes": 15,
                "title": {
                    "en": "Coffee break",
                    "fr": "Pause café",
                    "es": "Pausa para el café",
                },
            },
            {
                "type": "module",
                "module": "working-with-government",
                "duration_minutes": 90,
                "starts_new_day": False,
                "notes": {
                    "en": (
                        "Second part of the module: run the role-play of a first meeting with the "
                        "ministry in two rounds, so that everyone plays both the civil society "
                        "side and the government side, and debrief after each round. Spend the "
                        "last 25 minutes on noted recommendations: which ones the group will keep "
                        "pursuing, and with which allies, such as the NHRI, parliament or "
                        "embassies of recommending States. Each group leaves with a one-page "
                        "engagement plan for the next six months."
                    ),
                    "fr": (
                        "Deuxième partie du module : organisez le jeu de rôle de la première "
                        "réunion au ministère en deux tours, afin que chacun joue à la fois la "
                        "société civile et le gouvernement, et faites un retour après chaque tour. "
                        "Consacrez les 25 dernières minutes aux recommandations dont l'État a pris "
                        "note : lesquelles le groupe continuera de défendre, et avec quels alliés "
                        "(INDH, parlement, ambassades des États auteurs des recommandations). "
                        "Chaque groupe repart avec un plan de dialogue d'une page pour les six "
                        "prochains mois."
                    ),
                    "es": (
                        "Segunda parte del módulo: organice el juego de roles de una primera "
                        "reunión con el ministerio en dos rondas, para que todas las personas "
                        "representen tanto a la sociedad civil como al gobierno, y haga una puesta "
                        "en común después de cada ronda. Dedique los últimos 25 minutos a las "
                        "recomendaciones de las que se tomó nota: cuáles seguirá impulsando el "
                        "grupo y con qué aliados, como la INDH, el parlamento o las embajadas de "
                        "los Estados que las formularon. Cada grupo se lleva un plan de diálogo de "
                        "una página para los próximos seis meses."
                    ),
                },
            },
            {
                "type": "break",
                "duration_minutes": 60,
                "title": {
                    "en": "Lunch break",
                    "fr": "Pause déjeuner",
                    "es": "Almuerzo",
                },
            },
            {
                "type": "module",
                "module": "smart-recommendations",
                "duration_minutes": 90,
                "starts_new_day": False,
                "notes": {
                    "en": (
                        "Run the module in full, then use the extra 15 minutes for groups to test "
                        "two recommendations their country actually received against the SMART "
                        "checklist. Stress that after the review SMART becomes a monitoring tool: "
                        "even a vague recommendation can be tracked once the group defines what "
                        "progress would look like. Keep the handout's caveat on the wording of "
                        "action categories 1 to 4."
                    ),
                    "fr": (
                        "Déroulez le module en entier, puis utilisez les 15 minutes "
                        "supplémentaires pour que les groupes confrontent à la liste de contrôle "
                        "SMART deux recommandations réellement reçues par leur pays. Insistez sur "
                        "le fait qu'après l'examen, SMART devient un outil de suivi : même une "
                        "recommandation vague peut être suivie dès que le groupe a défini ce que "
                        "serait un progrès. Conservez la mise en garde du document distribué sur "
                        "la formulation des catégories d'action 1 à 4."
                    ),
                    "es": (
                        "Desarrolle el módulo completo y use los 15 minutos adicionales para que "
                        "los grupos contrasten con la lista de verificación SMART dos "
                        "recomendaciones que su país haya recibido realmente. Subraye que, después "
                        "del examen, SMART se convierte en una herramienta de seguimiento: incluso "
                        "una recomendación vaga puede seguirse en cuanto el grupo define cómo "
                        "sería un avance. Mantenga la advertencia del material sobre la redacción "
                        "de las categorías de acción 1 a 4."
                    ),
                },
            },
            {
                "type": "break",
                "duration_minutes": 15,
                "title": {
                    "en": "Afternoon break",
                    "fr": "Pause de l'après-midi",
                    "es": "Pausa de la tarde",
                },
            },
            {
                "type": "module",
                "module": "smart-recommendations",
                "duration_minutes": 60,
                "starts_new_day": False,
                "notes": {
                    "en": (
                        "Second part: groups start a tracking table for their own country's "
                        "recommendations, recording for each one the response (supported or "
                        "noted), the action category and the ministry responsible. Aim for five to "
                        "ten recommendations per group rather than a complete list; indicators and "
                        "evidence come on day 2. Use the last 10 minutes to review the day and "
                        "gather open questions on the flipchart kept for them."
                    ),
                    "fr": (
                        "Deuxième partie : les groupes commencent un tableau de suivi des "
                        "recommandations adressées à leur pays, en indiquant pour chacune la "
                        "réponse (acceptée ou dont l'État a pris note), la catégorie d'action et "
                        "le ministère responsable. Visez cinq à dix recommandations par groupe "
                        "plutôt qu'une liste complète ; les indicateurs et les preuves viendront "
                        "le deuxième jour. Gardez les 10 dernières minutes pour faire le bilan de "
                        "la journée et noter les questions en suspens sur la feuille prévue à cet "
                        "effet."
                    ),
                    "es": (
                        "Segunda parte: los grupos empiezan una tabla de seguimiento de las "
                        "recomendaciones dirigidas a su país y anotan para cada una la respuesta "
                        "(apoyada o de la que se tomó nota), la categoría de acción y el "
                        "ministerio responsable. Basta con cinco a diez recomendaciones por grupo, "
                        "sin buscar una lista completa; los indicadores y las pruebas llegarán el "
                        "segundo día. Reserve los 10 últimos minutos para repasar la jornada y "
                        "recoger las preguntas pendientes en la hoja prevista para ello."
                    ),
                },
            },
            {
                "type": "module",
                "module": "monitoring-mid-term",
                "duration_minutes": 105,
                "starts_new_day": True,
                "notes": {
                    "en": (
                        "Start day 2 with a 15-minute recap in which each group presents one row "
                        "of its tracking table. Then run the module, using those tables in the "
                        "exercise instead of the blank templates wherever you can. When you "
                        "present mid-term reporting, make clear that the State's mid-term report "
                        "is voluntary and expected about two to two and a half years after the "
                        "review, and that stakeholders can write their own."
                    ),
                    "fr": (
                        "Commencez le deuxième jour par un rappel de 15 minutes au cours duquel "
                        "chaque groupe présente une ligne de son tableau de suivi. Déroulez "
                        "ensuite le module en utilisant, chaque fois que possible, ces tableaux "
                        "dans l'exercice à la place des modèles vierges. En présentant les "
                        "rapports à mi-parcours, précisez que celui de l'État est volontaire et "
                        "attendu deux ans à deux ans et demi environ après l'examen, et que les "
                        "parties prenantes peuvent rédiger le leur."
                    ),
                    "es": (
                        "Empiece el segundo día con un repaso de 15 minutos en el que cada grupo "
                        "presenta una fila de su tabla de seguimiento. Luego desarrolle el módulo "
                        "y, siempre que pueda, use esas tablas en el ejercicio en lugar de las "
                        "plantillas en blanco. Al presentar los informes de mitad de período, deje "
                        "claro que el del Estado es voluntario y se espera unos dos años o dos "
                        "años y medio después del examen, y que las partes interesadas pueden "
                        "redactar el suyo."
                    ),
                },
            },
            {
                "type": "break",
                "duration_minutes": 15,
                "title": {
                    "en": "Coffee break",
                    "fr": "Pause café",
                    "es": "Pausa para el café",
                },
            },
            {
                "type": "module",
                "module": "reprisals-digital-safety",
                "duration_minutes": 90,
                "starts_new_day": False,
                "notes": {
                    "en": (
                        "Run the module, then spend 15 minutes applying the risk matrix to the "
                        "monitoring plans drawn up in the morning: who collects testimony, where "
                        "the data is stored, what will be published and under whose name. Keep "
                        "examples fictional and let participants talk about their own situation "
                        "only as far as they choose. Make sure everyone leaves knowing where to "
                        "seek support if they face intimidation or reprisals."
                    ),
                    "fr": (
                        "Déroulez le module, puis consacrez 15 minutes à appliquer la matrice des "
                        "risques aux plans de suivi élaborés le matin : qui recueille les "
                        "témoignages, où les données sont conservées, ce qui sera publié et sous "
                        "quel nom. Gardez des exemples fictifs et laissez les participants parler "
                        "de leur propre situation uniquement dans la mesure où ils le souhaitent. "
                        "Veillez à ce que chacun sache, en repartant, à qui s'adresser en cas "
                        "d'intimidation ou de représailles."
                    ),
                    "es": (
                        "Desarrolle el módulo y dedique después 15 minutos a aplicar la matriz de "
                        "riesgos a los planes de seguimiento elaborados por la mañana: quién "
                        "recoge los testimonios, dónde se guardan los datos, qué se publicará y "
                        "con qué nombre. Mantenga ejemplos ficticios y deje que las personas "
                        "participantes hablen de su propia situación solo en la medida en que lo "
                        "deseen. Asegúrese de que todo el mundo se vaya sabiendo a quién acudir en "
                        "caso de intimidación o represalias."
                    ),
                },
            },
            {
                "type": "break",
                "duration_minutes": 60,
                "title": {
                    "en": "Lunch break",
                    "fr": "Pause déjeuner",
                    "es": "Almuerzo",
                },
            },
            {
                "type": "module",
                "module": "other-un-mechanisms",
                "duration_minutes": 90,
                "starts_new_day": False,
                "notes": {
                    "en": (
                        "Run the module and its cross-mechanism mapping exercise. If the "
                        "connection is reliable, demonstrate a search of the Universal Human "
                        "Rights Index for one participant's country and theme; if not, stay with "
                        "the printed handout. Ask each group to add to its tracking table one "
                        "treaty-body recommendation that reinforces a UPR recommendation."
                    ),
                    "fr": (
                        "Déroulez le module et son exercice de cartographie entre mécanismes. Si "
                        "la connexion est fiable, faites une démonstration de recherche dans "
                        "l'Index universel des droits de l'homme sur le pays et le thème d'un "
                        "participant ; sinon, restez-en au document imprimé. Demandez à chaque "
                        "groupe d'ajouter à son tableau de suivi une recommandation d'un organe "
                        "conventionnel qui renforce une recommandation de l'EPU."
                    ),
                    "es": (
                        "Desarrolle el módulo y su ejercicio de mapeo entre mecanismos. Si la "
                        "conexión es fiable, haga una demostración de búsqueda en el Índice "
                        "Universal de los Derechos Humanos con el país y el tema de una persona "
                        "participante; si no, utilice el material impreso. Pida a cada grupo que "
                        "añada a su tabla de seguimiento una recomendación de un órgano de "
                        "tratados que refuerce una recomendación del EPU."
                    ),
                },
            },
            {
                "type": "break",
                "duration_minutes": 15,
                "title": {
                    "en": "Afternoon break",
                    "fr": "Pause de l'après-midi",
                    "es": "Pausa de la tarde",
                },
            },
            {
                "type": "module",
                "module": "other-un-mechanisms",
                "duration_minutes": 45,
                "starts_new_day": False,
                "notes": {
                    "en": (
                        "Closing session: each organisation drafts a 12-month action plan that "
                        "combines UPR follow-up with the reporting calendars of other mechanisms "
                        "and the mid-term point of its country's review. Pairs give each other "
                        "feedback, and the workshop ends with a round of commitments and an "
                        "anonymous evaluation."
                    ),
                    "fr": (
                        "Séance de clôture : chaque organisation rédige un plan d'action sur douze "
                        "mois qui combine le suivi de l'EPU, le calendrier des rapports aux autres "
                        "mécanismes et l'échéance à mi-parcours de l'examen de son pays. Les "
                        "participants se font mutuellement des retours par deux, et l'atelier se "
                        "termine par un tour d'engagements et une évaluation anonyme."
                    ),
                    "es": (
                        "Sesión de cierre: cada organización redacta un plan de acción a doce "
                        "meses que combina el seguimiento del EPU con el calendario de informes a "
                        "otros mecanismos y el punto de mitad de período del examen de su país. "
                        "Las personas participantes se dan retroalimentación en parejas, y el "
                        "taller termina con una ronda de compromisos y una evaluación anónima."
                    ),
                },
            },
        ],
        "en": {
            "title": "From recommendations to results: a two-day workshop on implementation",
            "slug": "two-day-implementation-workshop",
            "summary": (
                "A two-day workshop on the later stages of the UPR: working with government after "
                "the review, tracking recommendations, mid-term reporting, staying safe and "
                "linking the UPR with other UN mechanisms."
            ),
            "audience": (
                "CSO staff who know the basics of the UPR and want to follow up the "
                "recommendations their country received, from the State's responses to the next "
                "review."
            ),
            "objectives": [
                (
                    "Plan engagement with government on supported recommendations and decide how "
                    "to pursue noted ones."
                ),
                (
                    "Build a tracking table for their country's recommendations, with indicators "
                    "and sources of evidence."
                ),
                (
                    "Plan a stakeholder mid-term report and use its findings to prepare the next "
                    "review."
                ),
                (
                    "Manage the risks of monitoring work and reinforce UPR recommendations through "
                    "other UN mechanisms."
                ),
            ],
            "facilitator_notes": (
                "<p><strong>Before the workshop.</strong> This workshop assumes that participants "
                "know the basics of the UPR; send anyone who does not the introductory module to "
                "read beforehand.</p><ul><li>Ask each organisation to bring the recommendations "
                "their country received at its last review, the State's responses in the addendum "
                "to the Working Group report, and any national follow-up plan or State mid-term "
                "report.</li><li>Note where each country stands in the cycle: the date of its last "
                "review, the mid-term point about two to two and a half years later, and the next "
                "review.</li><li>Print the role cards, recommendation handouts, blank "
                "tracking-table templates and risk matrix from the modules.</li><li>If you plan to "
                "invite a government official or a representative of the national human rights "
                "institution (NHRI) for part of day 1, tell participants in advance and go ahead "
                "only with their agreement.</li></ul><p><strong>Room set-up.</strong> Seat "
                "participants by country or coalition, so that the tracking tables started on day "
                "1 can be continued on day 2. Leave flipcharts up overnight only if the room is "
                "locked; otherwise take them down and store them safely, as they may contain "
                "sensitive information. Laptops help with the tracking tables but are not "
                "essential; an internet connection is needed only to demonstrate the Universal "
                "Human Rights Index.</p><p><strong>Safety and consent.</strong> Monitoring means "
                "collecting information, sometimes from victims and witnesses, so raise the risks "
                "on day 1 rather than waiting for the safety session.</p><ul><li>Do not share the "
                "attendance list or participants' contact details without each person's consent, "
                "and never with officials who attend.</li><li>Take no photos of participants, or "
                "of flipcharts showing names, without explicit consent; accept a refusal without "
                "asking why.</li><li>In tracking tables, refer to sources by a code rather than a "
                "name, and do not photograph tables that contain sensitive information.</li><li>If "
                "an official or NHRI representative attends, agree beforehand which sessions are "
                "open to them and what may be reported outside the "
                "room.</li></ul><p><strong>Adapting to the group.</strong> If the country's review "
                "is recent and plenary adoption is still ahead, give more time to working with "
                "government; if the mid-term point is near, extend the monitoring session and "
                "shorten the closing. With an experienced group, merge the two SMART sessions and "
                "use the time for the tracking tables. With participants from several countries, "
                "pair organisations that face similar recommendations.</p>"
            ),
        },
        "fr": {
            "title": (
                "Des recommandations aux résultats : atelier de deux jours sur la mise en œuvre"
            ),
            "slug": "atelier-de-deux-jours-sur-la-mise-en-oeuvre",
            "summary": (
                "Un atelier de deux jours sur les dernières étapes de l'EPU : dialoguer avec le "
                "gouvernement après l'examen, suivre les recommandations, rendre compte à "
                "mi-parcours, se protéger et articuler l'EPU avec les autres mécanismes de l'ONU."
            ),
            "audience": (
                "Membres du personnel d'OSC qui connaissent les bases de l'EPU et veulent assurer "
                "le suivi des recommandations reçues par leur pays, des réponses de l'État jusqu'à "
                "l'examen suivant."
            ),
            "objectives": [
                (
                    "Planifier le dialogue avec le gouvernement sur les recommandations acceptées "
                    "et décider comment défendre celles dont l'État a pris note."
                ),
                (
                    "Construire un tableau de suivi des recommandations adressées à leur pays, "
                    "avec des indicateurs et des sources de preuves."
                ),
                (
                    "Planifier un rapport à mi-parcours des parties prenantes et en utiliser les "
                    "conclusions pour préparer l'examen suivant."
                ),
                (
                    "Gérer les risques du travail de suivi et renforcer les recommandations de "
                    "l'EPU grâce aux autres mécanismes de l'ONU."
                ),
            ],
            "facilitator_notes": (
                "<p><strong>Avant l'atelier.</strong> Cet atelier suppose que les participants "
                "connaissent les bases de l'EPU ; envoyez le module d'introduction à lire au "
                "préalable à ceux qui ne les connaissent pas.</p><ul><li>Demandez à chaque "
                "organisation d'apporter les recommandations reçues par son pays lors de son "
                "dernier examen, les réponses de l'État figurant dans l'additif au rapport du "
                "Groupe de travail, ainsi que tout plan national de suivi ou rapport à mi-parcours "
                "de l'État.</li><li>Situez chaque pays dans le cycle : la date de son dernier "
                "examen, l'échéance à mi-parcours deux ans à deux ans et demi environ plus tard, "
                "et le prochain examen.</li><li>Imprimez les cartes de rôle, les documents de "
                "recommandations, les modèles vierges de tableau de suivi et la matrice des "
                "risques tirés des modules.</li><li>Si vous prévoyez d'inviter un représentant du "
                "gouvernement ou de l'institution nationale des droits de l'homme (INDH) pour une "
                "partie du premier jour, prévenez les participants à l'avance et ne le faites "
                "qu'avec leur accord.</li></ul><p><strong>Aménagement de la salle.</strong> Placez "
                "les participants par pays ou par coalition, afin que les tableaux de suivi "
                "commencés le premier jour puissent être poursuivis le deuxième. Ne laissez les "
                "feuilles affichées pendant la nuit que si la salle est fermée à clé ; sinon, "
                "décrochez-les et rangez-les en lieu sûr, car elles peuvent contenir des "
                "informations sensibles. Des ordinateurs portables facilitent le travail sur les "
                "tableaux de suivi sans être indispensables ; une connexion internet n'est "
                "nécessaire que pour la démonstration de l'Index universel des droits de "
                "l'homme.</p><p><strong>Sécurité et consentement.</strong> Le suivi suppose de "
                "recueillir des informations, parfois auprès de victimes et de témoins : abordez "
                "les risques dès le premier jour au lieu d'attendre la séance sur la "
                "sécurité.</p><ul><li>Ne communiquez ni la liste de présence ni les coordonnées "
                "des participants sans le consentement de chaque personne, et jamais aux "
                "représentants de l'État présents.</li><li>Ne prenez aucune photo des "
                "participants, ni des feuilles où figurent des noms, sans consentement explicite ; "
                "acceptez un refus sans demander pourquoi.</li><li>Dans les tableaux de suivi, "
                "désignez les sources par un code plutôt que par un nom, et ne photographiez pas "
                "les tableaux qui contiennent des informations sensibles.</li><li>Si un "
                "représentant du gouvernement ou de l'INDH participe, convenez à l'avance des "
                "séances qui lui sont ouvertes et de ce qui peut être rapporté en dehors de la "
                "salle.</li></ul><p><strong>Adapter l'atelier au groupe.</strong> Si l'examen du "
                "pays est récent et que l'adoption en plénière n'a pas encore eu lieu, donnez plus "
                "de temps au dialogue avec le gouvernement ; si l'échéance à mi-parcours approche, "
                "allongez la séance sur le suivi et raccourcissez la clôture. Avec un groupe "
                "expérimenté, fusionnez les deux séances SMART et consacrez le temps gagné aux "
                "tableaux de suivi. Avec des participants de plusieurs pays, formez des binômes "
                "d'organisations confrontées à des recommandations similaires.</p>"
            ),
        },
        "es": {
            "title": (
                "De las recomendaciones a los resultados: taller de dos días sobre implementación"
            ),
            "slug": "taller-de-dos-dias-sobre-implementacion",
            "summary": (
                "Un taller de dos días sobre las etapas posteriores del EPU: trabajar con el "
                "gobierno después del examen, dar seguimiento a las recomendaciones, informar a "
                "mitad de período, protegerse y combinar el EPU con otros mecanismos de la ONU."
            ),
            "audience": (
                "Personal de OSC que conoce lo básico del EPU y quiere dar seguimiento a las "
                "recomendaciones que recibió su país, desde las respuestas del Estado hasta el "
                "siguiente examen."
            ),
            "objectives": [
                (
                    "Planificar el diálogo con el gobierno sobre las recomendaciones apoyadas y "
                    "decidir cómo impulsar aquellas de las que se tomó nota."
                ),
                (
                    "Elaborar una tabla de seguimiento de las recomendaciones dirigidas a su país, "
                    "con indicadores y fuentes de prueba."
                ),
                (
                    "Planificar un informe de mitad de período de las partes interesadas y usar "
                    "sus conclusiones para preparar el siguiente examen."
                ),
                (
                    "Gestionar los riesgos del trabajo de seguimiento y reforzar las "
                    "recomendaciones del EPU mediante otros mecanismos de la ONU."
                ),
            ],
            "facilitator_notes": (
                "<p><strong>Antes del taller.</strong> Este taller parte de que las personas "
                "participantes conocen lo básico del EPU; a quien no lo conozca, envíele el módulo "
                "de introducción para que lo lea con antelación.</p><ul><li>Pida a cada "
                "organización que traiga las recomendaciones que recibió su país en el último "
                "examen, las respuestas del Estado recogidas en la adición al informe del Grupo de "
                "Trabajo y cualquier plan nacional de seguimiento o informe de mitad de período "
                "del Estado.</li><li>Sitúe a cada país en el ciclo: la fecha de su último examen, "
                "el punto de mitad de período unos dos años o dos años y medio después, y el "
                "próximo examen.</li><li>Imprima las tarjetas de rol, el material con "
                "recomendaciones, las plantillas en blanco de la tabla de seguimiento y la matriz "
                "de riesgos de los módulos.</li><li>Si tiene previsto invitar a una persona del "
                "gobierno o de la institución nacional de derechos humanos (INDH) a una parte del "
                "primer día, avise con antelación a las personas participantes y hágalo solo con "
                "su acuerdo.</li></ul><p><strong>Preparación de la sala.</strong> Siente a las "
                "personas participantes por país o por coalición, para que las tablas de "
                "seguimiento empezadas el primer día puedan continuarse el segundo. Deje los "
                "rotafolios colgados por la noche solo si la sala se cierra con llave; si no, "
                "descuélguelos y guárdelos en un lugar seguro, porque pueden contener información "
                "sensible. Los ordenadores portátiles ayudan con las tablas de seguimiento, pero "
                "no son imprescindibles; solo se necesita conexión a internet para la demostración "
                "del Índice Universal de los Derechos Humanos.</p><p><strong>Seguridad y "
                "consentimiento.</strong> El seguimiento implica recoger información, a veces de "
                "víctimas y testigos, así que hable de los riesgos desde el primer día en lugar de "
                "esperar a la sesión sobre seguridad.</p><ul><li>No comparta la lista de "
                "asistencia ni los datos de contacto de las personas participantes sin el "
                "consentimiento de cada una, y nunca con representantes del Estado "
                "presentes.</li><li>No tome fotografías de las personas participantes ni de hojas "
                "en las que aparezcan nombres sin su consentimiento explícito; acepte una negativa "
                "sin pedir explicaciones.</li><li>En las tablas de seguimiento, identifique las "
                "fuentes con un código y no con un nombre, y no fotografíe tablas que contengan "
                "información sensible.</li><li>Si asiste una persona del gobierno o de la INDH, "
                "acuerde de antemano a qué sesiones puede asistir y qué puede contarse fuera de la "
                "sala.</li></ul><p><strong>Adaptación al grupo.</strong> Si el examen del país es "
                "reciente y la aprobación en el pleno aún no ha tenido lugar, dedique más tiempo "
                "al trabajo con el gobierno; si se acerca el punto de mitad de período, amplíe la "
                "sesión sobre seguimiento y acorte el cierre. Con un grupo con experiencia, una "
                "las dos sesiones sobre recomendaciones SMART y dedique ese tiempo a las tablas de "
                "seguimiento. Con personas de varios países, forme parejas de organizaciones que "
                "afronten recomendaciones similares.</p>"
            ),
        },
    },
]
