"""The themes and UPR stages the hub ships with, in English, French and Spanish.

Production data, loaded by ``manage.py load_taxonomy`` (hub/data/load.py) on every site;
editors manage and translate them afterwards under *Taxonomy* in the admin. Every fact
here must agree with the project's UPR fact sheet.
"""

# Themes of UPR recommendations, in display order (after UPR Info's issues and
# OHCHR's Universal Human Rights Index themes).
THEMES = [
    {
        "slug": "womens-rights",
        "en": {
            "name": "Women's rights",
            "description": (
                "Recommendations on equality between women and men, violence against women, "
                "discriminatory laws, women's political participation, and sexual and reproductive "
                "health and rights."
            ),
        },
        "fr": {
            "name": "Droits des femmes",
            "description": (
                "Recommandations sur l'égalité femmes-hommes, les violences faites aux femmes, les "
                "lois discriminatoires, la participation politique des femmes et la santé et les "
                "droits sexuels et reproductifs."
            ),
        },
        "es": {
            "name": "Derechos de las mujeres",
            "description": (
                "Recomendaciones sobre igualdad entre mujeres y hombres, violencia contra las "
                "mujeres, leyes discriminatorias, participación política de las mujeres y salud y "
                "derechos sexuales y reproductivos."
            ),
        },
    },
    {
        "slug": "rights-of-the-child",
        "en": {
            "name": "Rights of the child",
            "description": (
                "Recommendations on child protection, birth registration, child marriage, child "
                "labour, corporal punishment and justice for children."
            ),
        },
        "fr": {
            "name": "Droits de l'enfant",
            "description": (
                "Recommandations sur la protection de l'enfance, l'enregistrement des naissances, "
                "le mariage d'enfants, le travail des enfants, les châtiments corporels et la "
                "justice pour mineurs."
            ),
        },
        "es": {
            "name": "Derechos del niño",
            "description": (
                "Recomendaciones sobre protección de la infancia, registro de nacimientos, "
                "matrimonio infantil, trabajo infantil, castigo corporal y justicia juvenil."
            ),
        },
    },
    {
        "slug": "torture",
        "en": {
            "name": "Torture and other ill-treatment",
            "description": (
                "Recommendations to prohibit and prevent torture and ill-treatment, investigate "
                "allegations, ratify the Convention against Torture and its Optional Protocol, and "
                "set up a preventive mechanism."
            ),
        },
        "fr": {
            "name": "Torture et autres mauvais traitements",
            "description": (
                "Recommandations visant à interdire et prévenir la torture et les mauvais "
                "traitements, à enquêter sur les allégations et à ratifier la Convention contre la "
                "torture et son Protocole facultatif."
            ),
        },
        "es": {
            "name": "Tortura y otros malos tratos",
            "description": (
                "Recomendaciones para prohibir y prevenir la tortura y los malos tratos, "
                "investigar las denuncias, ratificar la Convención contra la Tortura y su "
                "Protocolo Facultativo y crear un mecanismo preventivo."
            ),
        },
    },
    {
        "slug": "justice-rule-of-law",
        "en": {
            "name": "Justice and the rule of law",
            "description": (
                "Recommendations on independent courts, fair trials, access to justice and legal "
                "aid, and reform of the police, prosecution services and judiciary."
            ),
        },
        "fr": {
            "name": "Justice et état de droit",
            "description": (
                "Recommandations sur l'indépendance de la justice, le droit à un procès équitable, "
                "l'accès à la justice et à l'aide juridictionnelle, et la réforme de la police, du "
                "parquet et de la magistrature."
            ),
        },
        "es": {
            "name": "Justicia y Estado de derecho",
            "description": (
                "Recomendaciones sobre independencia judicial, debido proceso, acceso a la "
                "justicia y asistencia jurídica, y reforma de la policía, la fiscalía y el poder "
                "judicial."
            ),
        },
    },
    {
        "slug": "detention-conditions",
        "en": {
            "name": "Detention conditions",
            "description": (
                "Recommendations on prison overcrowding, pre-trial detention, health care and "
                "treatment of detainees, and independent monitoring of places of detention."
            ),
        },
        "fr": {
            "name": "Conditions de détention",
            "description": (
                "Recommandations sur la surpopulation carcérale, la détention provisoire, les "
                "soins et le traitement des personnes détenues et le contrôle indépendant des "
                "lieux de détention."
            ),
        },
        "es": {
            "name": "Condiciones de detención",
            "description": (
                "Recomendaciones sobre hacinamiento carcelario, prisión preventiva, atención "
                "médica y trato de las personas privadas de libertad y supervisión independiente "
                "de los lugares de detención."
            ),
        },
    },
    {
        "slug": "freedom-of-expression",
        "en": {
            "name": "Freedom of expression and of the press",
            "description": (
                "Recommendations on media freedom, the safety of journalists, defamation and "
                "online speech laws, censorship and access to information."
            ),
        },
        "fr": {
            "name": "Liberté d'expression et de la presse",
            "description": (
                "Recommandations sur la liberté des médias, la sécurité des journalistes, les lois "
                "sur la diffamation et sur l'expression en ligne, la censure et l'accès à "
                "l'information."
            ),
        },
        "es": {
            "name": "Libertad de expresión y de prensa",
            "description": (
                "Recomendaciones sobre libertad de los medios, seguridad de periodistas, leyes de "
                "difamación y de expresión en línea, censura y acceso a la información."
            ),
        },
    },
    {
        "slug": "freedom-of-association-assembly",
        "en": {
            "name": "Freedom of association and peaceful assembly",
            "description": (
                "Recommendations on laws governing NGOs, their registration and funding, and the "
                "right to protest peacefully without excessive force or arbitrary arrest."
            ),
        },
        "fr": {
            "name": "Liberté d'association et de réunion pacifique",
            "description": (
                "Recommandations sur les lois encadrant les ONG, leur enregistrement et leur "
                "financement, et le droit de manifester pacifiquement sans usage excessif de la "
                "force ni arrestation arbitraire."
            ),
        },
        "es": {
            "name": "Libertad de asociación y de reunión pacífica",
            "description": (
                "Recomendaciones sobre las leyes que regulan a las ONG, su registro y "
                "financiación, y el derecho a manifestarse pacíficamente sin uso excesivo de la "
                "fuerza ni detenciones arbitrarias."
            ),
        },
    },
    {
        "slug": "human-rights-defenders",
        "en": {
            "name": "Human rights defenders",
            "description": (
                "Recommendations to recognise and protect human rights defenders, investigate "
                "attacks and threats against them, and end reprisals for cooperating with the UN."
            ),
        },
        "fr": {
            "name": "Défenseurs des droits humains",
            "description": (
                "Recommandations visant à reconnaître et protéger les défenseurs des droits "
                "humains, enquêter sur les menaces et attaques qu'ils subissent et mettre fin aux "
                "représailles pour coopération avec l'ONU."
            ),
        },
        "es": {
            "name": "Personas defensoras de derechos humanos",
            "description": (
                "Recomendaciones para reconocer y proteger a las personas defensoras, investigar "
                "las agresiones y amenazas en su contra y poner fin a las represalias por cooperar "
                "con la ONU."
            ),
        },
    },
    {
        "slug": "death-penalty",
        "en": {
            "name": "Death penalty",
            "description": (
                "Recommendations to impose a moratorium on executions, abolish the death penalty, "
                "ratify the Second Optional Protocol to the ICCPR and, meanwhile, restrict its "
                "use."
            ),
        },
        "fr": {
            "name": "Peine de mort",
            "description": (
                "Recommandations visant à instaurer un moratoire sur les exécutions, abolir la "
                "peine de mort, ratifier le deuxième Protocole facultatif se rapportant au PIDCP "
                "et, d'ici là, en restreindre l'usage."
            ),
        },
        "es": {
            "name": "Pena de muerte",
            "description": (
                "Recomendaciones para establecer una moratoria de las ejecuciones, abolir la pena "
                "de muerte, ratificar el Segundo Protocolo Facultativo del PIDCP y, mientras "
                "tanto, restringir su aplicación."
            ),
        },
    },
    {
        "slug": "racial-discrimination",
        "en": {
            "name": "Racial discrimination",
            "description": (
                "Recommendations on anti-discrimination laws and bodies, hate speech and hate "
                "crimes, racial profiling, and discrimination based on race, colour, descent or "
                "ethnic origin."
            ),
        },
        "fr": {
            "name": "Discrimination raciale",
            "description": (
                "Recommandations sur la législation antidiscrimination, les discours et crimes de "
                "haine, le profilage racial et la discrimination fondée sur la race, la couleur, "
                "l'ascendance ou l'origine ethnique."
            ),
        },
        "es": {
            "name": "Discriminación racial",
            "description": (
                "Recomendaciones sobre leyes y organismos contra la discriminación, discurso y "
                "delitos de odio, perfilamiento racial y discriminación por motivos de raza, "
                "color, linaje u origen étnico."
            ),
        },
    },
    {
        "slug": "migrants-refugees",
        "en": {
            "name": "Migrants, refugees and asylum seekers",
            "description": (
                "Recommendations on asylum procedures, non-refoulement, immigration detention, "
                "statelessness and the rights of migrant workers and their families."
            ),
        },
        "fr": {
            "name": "Migrants, réfugiés et demandeurs d'asile",
            "description": (
                "Recommandations sur les procédures d'asile, le non-refoulement, la rétention des "
                "migrants, l'apatridie et les droits des travailleurs migrants et de leur famille."
            ),
        },
        "es": {
            "name": "Personas migrantes, refugiadas y solicitantes de asilo",
            "description": (
                "Recomendaciones sobre procedimientos de asilo, no devolución, detención "
                "migratoria, apatridia y derechos de las personas trabajadoras migratorias y sus "
                "familias."
            ),
        },
    },
    {
        "slug": "trafficking",
        "en": {
            "name": "Trafficking in persons",
            "description": (
                "Recommendations to criminalise and prosecute trafficking, identify and assist "
                "victims, ratify the Palermo Protocol and cooperate across borders."
            ),
        },
        "fr": {
            "name": "Traite des personnes",
            "description": (
                "Recommandations visant à incriminer et poursuivre la traite, identifier et aider "
                "les victimes, ratifier le Protocole de Palerme et renforcer la coopération "
                "transfrontalière."
            ),
        },
        "es": {
            "name": "Trata de personas",
            "description": (
                "Recomendaciones para tipificar y perseguir la trata, identificar y asistir a las "
                "víctimas, ratificar el Protocolo de Palermo y cooperar más allá de las fronteras."
            ),
        },
    },
    {
        "slug": "persons-with-disabilities",
        "en": {
            "name": "Rights of persons with disabilities",
            "description": (
                "Recommendations on ratifying and applying the Convention on the Rights of Persons "
                "with Disabilities, accessibility, inclusive education, legal capacity and "
                "independent living."
            ),
        },
        "fr": {
            "name": "Droits des personnes handicapées",
            "description": (
                "Recommandations sur la ratification et l'application de la Convention relative "
                "aux droits des personnes handicapées, l'accessibilité, l'éducation inclusive et "
                "la capacité juridique."
            ),
        },
        "es": {
            "name": "Derechos de las personas con discapacidad",
            "description": (
                "Recomendaciones sobre la ratificación y aplicación de la Convención sobre los "
                "Derechos de las Personas con Discapacidad, accesibilidad, educación inclusiva y "
                "capacidad jurídica."
            ),
        },
    },
    {
        "slug": "lgbti-rights",
        "en": {
            "name": "LGBTI rights",
            "description": (
                "Recommendations to decriminalise consensual same-sex relations, prohibit "
                "discrimination based on sexual orientation, gender identity and sex "
                "characteristics, and address violence."
            ),
        },
        "fr": {
            "name": "Droits des personnes LGBTI",
            "description": (
                "Recommandations visant à dépénaliser les relations homosexuelles consenties, "
                "interdire la discrimination fondée sur l'orientation sexuelle ou l'identité de "
                "genre et combattre les violences."
            ),
        },
        "es": {
            "name": "Derechos de las personas LGBTI",
            "description": (
                "Recomendaciones para despenalizar las relaciones consentidas entre personas del "
                "mismo sexo, prohibir la discriminación por orientación sexual o identidad de "
                "género y combatir la violencia."
            ),
        },
    },
    {
        "slug": "indigenous-peoples",
        "en": {
            "name": "Indigenous peoples",
            "description": (
                "Recommendations on land and resource rights, free, prior and informed consent, "
                "and the UN Declaration on the Rights of Indigenous Peoples and ILO Convention No. "
                "169."
            ),
        },
        "fr": {
            "name": "Peuples autochtones",
            "description": (
                "Recommandations sur les droits fonciers, le consentement préalable, libre et "
                "éclairé, la Déclaration des Nations Unies sur les droits des peuples autochtones "
                "et la Convention n° 169 de l'OIT."
            ),
        },
        "es": {
            "name": "Pueblos indígenas",
            "description": (
                "Recomendaciones sobre derechos a la tierra y los recursos, consentimiento libre, "
                "previo e informado, la Declaración de la ONU sobre los Derechos de los Pueblos "
                "Indígenas y el Convenio 169 de la OIT."
            ),
        },
    },
    {
        "slug": "minorities",
        "en": {
            "name": "Minorities",
            "description": (
                "Recommendations on the rights of national, ethnic, religious and linguistic "
                "minorities, including non-discrimination, participation, language rights and "
                "freedom of religion or belief."
            ),
        },
        "fr": {
            "name": "Minorités",
            "description": (
                "Recommandations sur les droits des minorités nationales, ethniques, religieuses "
                "et linguistiques : non-discrimination, participation, droits linguistiques et "
                "liberté de religion ou de conviction."
            ),
        },
        "es": {
            "name": "Minorías",
            "description": (
                "Recomendaciones sobre los derechos de las minorías nacionales, étnicas, "
                "religiosas y lingüísticas: no discriminación, participación, derechos "
                "lingüísticos y libertad de religión o de creencias."
            ),
        },
    },
    {
        "slug": "right-to-health",
        "en": {
            "name": "Right to health",
            "description": (
                "Recommendations on access to health care, maternal and child health, HIV, mental "
                "health, health budgets and health services for marginalised groups."
            ),
        },
        "fr": {
            "name": "Droit à la santé",
            "description": (
                "Recommandations sur l'accès aux soins, la santé maternelle et infantile, le VIH, "
                "la santé mentale, les budgets de santé et l'accès des groupes marginalisés aux "
                "services de santé."
            ),
        },
        "es": {
            "name": "Derecho a la salud",
            "description": (
                "Recomendaciones sobre acceso a la atención de salud, salud materna e infantil, "
                "VIH, salud mental, presupuestos de salud y acceso de los grupos marginados a los "
                "servicios de salud."
            ),
        },
    },
    {
        "slug": "right-to-education",
        "en": {
            "name": "Right to education",
            "description": (
                "Recommendations on free and compulsory primary education, access for girls and "
                "marginalised children, the quality of schooling and human rights education."
            ),
        },
        "fr": {
            "name": "Droit à l'éducation",
            "description": (
                "Recommandations sur l'enseignement primaire gratuit et obligatoire, l'accès des "
                "filles et des enfants marginalisés à l'école, la qualité de l'enseignement et "
                "l'éducation aux droits humains."
            ),
        },
        "es": {
            "name": "Derecho a la educación",
            "description": (
                "Recomendaciones sobre educación primaria gratuita y obligatoria, acceso de las "
                "niñas y de la niñez marginada, calidad educativa y educación en derechos humanos."
            ),
        },
    },
    {
        "slug": "labour-rights",
        "en": {
            "name": "Labour rights",
            "description": (
                "Recommendations on decent work, minimum wages, trade union rights, forced labour, "
                "domestic workers, safety at work and ratifying ILO conventions."
            ),
        },
        "fr": {
            "name": "Droits des travailleurs",
            "description": (
                "Recommandations sur le travail décent, le salaire minimum, les droits syndicaux, "
                "le travail forcé, les travailleurs domestiques, la sécurité au travail et la "
                "ratification des conventions de l'OIT."
            ),
        },
        "es": {
            "name": "Derechos laborales",
            "description": (
                "Recomendaciones sobre trabajo decente, salario mínimo, derechos sindicales, "
                "trabajo forzoso, trabajo doméstico, seguridad laboral y ratificación de convenios "
                "de la OIT."
            ),
        },
    },
    {
        "slug": "environment-climate",
        "en": {
            "name": "Environment and climate",
            "description": (
                "Recommendations on the right to a healthy environment, climate change adaptation "
                "and mitigation, pollution, and communities affected by environmental harm."
            ),
        },
        "fr": {
            "name": "Environnement et climat",
            "description": (
                "Recommandations sur le droit à un environnement sain, l'adaptation aux "
                "changements climatiques et leur atténuation, la pollution et les communautés "
                "touchées par les atteintes à l'environnement."
            ),
        },
        "es": {
            "name": "Medio ambiente y clima",
            "description": (
                "Recomendaciones sobre el derecho a un medio ambiente sano, adaptación al cambio "
                "climático y mitigación, contaminación y comunidades afectadas por daños "
                "ambientales."
            ),
        },
    },
    {
        "slug": "business-human-rights",
        "en": {
            "name": "Business and human rights",
            "description": (
                "Recommendations on the UN Guiding Principles on Business and Human Rights, "
                "national action plans, corporate accountability and remedies for people harmed by "
                "companies."
            ),
        },
        "fr": {
            "name": "Entreprises et droits humains",
            "description": (
                "Recommandations sur les Principes directeurs relatifs aux entreprises et aux "
                "droits de l'homme, les plans d'action nationaux, la responsabilité des "
                "entreprises et les recours des victimes."
            ),
        },
        "es": {
            "name": "Empresas y derechos humanos",
            "description": (
                "Recomendaciones sobre los Principios Rectores sobre las Empresas y los Derechos "
                "Humanos, planes de acción nacionales, rendición de cuentas empresarial y "
                "reparación para las víctimas."
            ),
        },
    },
    {
        "slug": "international-instruments",
        "en": {
            "name": "International instruments and ratification",
            "description": (
                "Recommendations to ratify or accede to human rights treaties and optional "
                "protocols, withdraw reservations and bring national law into line with them."
            ),
        },
        "fr": {
            "name": "Instruments internationaux et ratification",
            "description": (
                "Recommandations visant à ratifier les traités relatifs aux droits humains et "
                "leurs protocoles facultatifs ou à y adhérer, à lever les réserves et à mettre le "
                "droit interne en conformité."
            ),
        },
        "es": {
            "name": "Instrumentos internacionales y ratificación",
            "description": (
                "Recomendaciones para ratificar los tratados de derechos humanos y sus protocolos "
                "facultativos o adherirse a ellos, retirar reservas y armonizar con ellos la "
                "legislación nacional."
            ),
        },
    },
    {
        "slug": "cooperation-un-mechanisms",
        "en": {
            "name": "Cooperation with UN mechanisms",
            "description": (
                "Recommendations to issue a standing invitation to the special procedures, accept "
                "their visits, report to treaty bodies on time and work with OHCHR."
            ),
        },
        "fr": {
            "name": "Coopération avec les mécanismes de l'ONU",
            "description": (
                "Recommandations visant à adresser une invitation permanente aux procédures "
                "spéciales, accepter leurs visites, soumettre à temps les rapports aux organes "
                "conventionnels et coopérer avec le HCDH."
            ),
        },
        "es": {
            "name": "Cooperación con los mecanismos de la ONU",
            "description": (
                "Recomendaciones para cursar una invitación permanente a los procedimientos "
                "especiales, aceptar sus visitas, presentar a tiempo los informes a los órganos de "
                "tratados y cooperar con el ACNUDH."
            ),
        },
    },
    {
        "slug": "nhri",
        "en": {
            "name": "National human rights institutions",
            "description": (
                "Recommendations to establish or strengthen a national human rights institution in "
                "line with the Paris Principles, with independence, a broad mandate and adequate "
                "resources."
            ),
        },
        "fr": {
            "name": "Institutions nationales des droits de l'homme",
            "description": (
                "Recommandations visant à créer ou renforcer une institution nationale des droits "
                "de l'homme conforme aux Principes de Paris, indépendante, dotée d'un mandat large "
                "et de moyens suffisants."
            ),
        },
        "es": {
            "name": "Instituciones nacionales de derechos humanos",
            "description": (
                "Recomendaciones para crear o fortalecer una institución nacional de derechos "
                "humanos conforme a los Principios de París, independiente, con un mandato amplio "
                "y recursos suficientes."
            ),
        },
    },
    {
        "slug": "impunity-enforced-disappearances",
        "en": {
            "name": "Impunity and enforced disappearances",
            "description": (
                "Recommendations to investigate and prosecute serious violations, criminalise "
                "enforced disappearance, search for the disappeared, support their families and "
                "ratify the relevant Convention."
            ),
        },
        "fr": {
            "name": "Impunité et disparitions forcées",
            "description": (
                "Recommandations visant à enquêter sur les violations graves et en poursuivre les "
                "auteurs, incriminer la disparition forcée, rechercher les personnes disparues et "
                "soutenir leurs familles."
            ),
        },
        "es": {
            "name": "Impunidad y desapariciones forzadas",
            "description": (
                "Recomendaciones para investigar y juzgar las violaciones graves, tipificar la "
                "desaparición forzada, buscar a las personas desaparecidas, apoyar a sus familias "
                "y ratificar la Convención en la materia."
            ),
        },
    },
    {
        "slug": "esc-rights-poverty",
        "en": {
            "name": "Poverty and economic, social and cultural rights",
            "description": (
                "Recommendations on poverty reduction, social protection, the rights to food, "
                "water, sanitation and adequate housing, and the Sustainable Development Goals."
            ),
        },
        "fr": {
            "name": "Pauvreté et droits économiques, sociaux et culturels",
            "description": (
                "Recommandations sur la réduction de la pauvreté, la protection sociale, les "
                "droits à l'alimentation, à l'eau, à l'assainissement et à un logement convenable, "
                "et les objectifs de développement durable."
            ),
        },
        "es": {
            "name": "Pobreza y derechos económicos, sociales y culturales",
            "description": (
                "Recomendaciones sobre reducción de la pobreza, protección social, derechos a la "
                "alimentación, al agua, al saneamiento y a una vivienda adecuada, y los Objetivos "
                "de Desarrollo Sostenible."
            ),
        },
    },
]

# Stages of the UPR cycle, in order. The last five are the "later stages" covered by
# the guide. Timings are relative to the Working Group review.
STAGES = [
    {
        "slug": "preparation",
        "is_later_stage": False,
        "en": {
            "name": "Preparation: national consultations and the national report",
            "description": (
                "The State is encouraged to hold national consultations, including with civil "
                "society, before writing its national report (at most 10,700 words), which is due "
                "about 12 weeks before the review."
            ),
        },
        "fr": {
            "name": "Préparation : consultations nationales et rapport national",
            "description": (
                "L'État est encouragé à mener des consultations nationales, notamment avec la "
                "société civile, avant de rédiger son rapport national (10 700 mots au maximum), à "
                "remettre environ 12 semaines avant l'examen."
            ),
        },
        "es": {
            "name": "Preparación: consultas nacionales e informe nacional",
            "description": (
                "Se alienta al Estado a celebrar consultas nacionales, también con la sociedad "
                "civil, antes de redactar su informe nacional (un máximo de 10.700 palabras), que "
                "debe presentar unas 12 semanas antes del examen."
            ),
        },
    },
    {
        "slug": "stakeholder-submissions",
        "is_later_stage": False,
        "en": {
            "name": "Stakeholder submissions",
            "description": (
                "CSOs and national human rights institutions send written information to OHCHR, "
                "alone or in coalitions, about 6 to 8 months before the review. Check OHCHR's "
                "current technical guidelines for deadlines and length limits."
            ),
        },
        "fr": {
            "name": "Contributions des parties prenantes",
            "description": (
                "Les OSC et les institutions nationales des droits de l'homme transmettent des "
                "informations écrites au HCDH, seules ou en coalition, environ 6 à 8 mois avant "
                "l'examen. Délais et limites de longueur : voir les directives techniques en "
                "vigueur du HCDH."
            ),
        },
        "es": {
            "name": "Contribuciones de las partes interesadas",
            "description": (
                "Las OSC y las instituciones nacionales de derechos humanos envían información "
                "escrita al ACNUDH, por separado o en coalición, unos 6 a 8 meses antes del "
                "examen. Consulte plazos y límites de extensión en las directrices técnicas "
                "vigentes del ACNUDH."
            ),
        },
    },
    {
        "slug": "pre-sessions-lobbying",
        "is_later_stage": False,
        "en": {
            "name": "Pre-sessions and lobbying",
            "description": (
                "Months before the review, CSOs brief embassies in their capital on their priority "
                "recommendations; about a month before, UPR Info's pre-sessions in Geneva give CSO "
                "and NHRI speakers about five minutes each to address Permanent Missions."
            ),
        },
        "fr": {
            "name": "Pré-sessions et plaidoyer auprès des États",
            "description": (
                "Des mois avant l'examen, les OSC présentent leurs recommandations prioritaires "
                "aux ambassades dans leur capitale ; environ un mois avant, aux pré-sessions d'UPR "
                "Info à Genève, OSC et INDH disposent d'environ cinq minutes devant les missions "
                "permanentes."
            ),
        },
        "es": {
            "name": "Presesiones e incidencia ante los Estados",
            "description": (
                "Meses antes del examen, las OSC presentan sus recomendaciones prioritarias a las "
                "embajadas en su capital; alrededor de un mes antes, en las presesiones de UPR "
                "Info en Ginebra, OSC e INDH disponen de unos cinco minutos ante las misiones "
                "permanentes."
            ),
        },
    },
    {
        "slug": "review",
        "is_later_stage": False,
        "en": {
            "name": "The review in the Working Group",
            "description": (
                "A 3.5-hour interactive dialogue in the Working Group in Geneva, in which other "
                "States make recommendations to the State under review; NGOs may attend but not "
                "speak. The recommendations are published about 48 hours later."
            ),
        },
        "fr": {
            "name": "L'examen par le Groupe de travail",
            "description": (
                "Dialogue interactif de trois heures et demie au sein du Groupe de travail, à "
                "Genève, où d'autres États adressent des recommandations à l'État examiné ; les "
                "ONG peuvent y assister sans prendre la parole. Les recommandations sont publiées "
                "environ 48 heures plus tard."
            ),
        },
        "es": {
            "name": "El examen en el Grupo de Trabajo",
            "description": (
                "Diálogo interactivo de tres horas y media en el Grupo de Trabajo, en Ginebra, en "
                "el que otros Estados formulan recomendaciones al Estado examinado; las ONG pueden "
                "asistir, pero no intervenir. Las recomendaciones se publican unas 48 horas "
                "después."
            ),
        },
    },
    {
        "slug": "responses",
        "is_later_stage": True,
        "en": {
            "name": "The State's responses to recommendations",
            "description": (
                "The State decides whether it supports or notes each recommendation and sets out "
                "its responses in an addendum (at most 2,675 words), submitted before adoption at "
                "the Human Rights Council plenary."
            ),
        },
        "fr": {
            "name": "Les réponses de l'État aux recommandations",
            "description": (
                "L'État indique, pour chaque recommandation, s'il l'appuie ou s'il en prend note, "
                "et présente ses réponses dans un additif (2 675 mots au maximum) soumis avant "
                "l'adoption en séance plénière du Conseil."
            ),
        },
        "es": {
            "name": "Las respuestas del Estado a las recomendaciones",
            "description": (
                "El Estado decide si apoya cada recomendación o toma nota de ella, y expone sus "
                "respuestas en una adición (un máximo de 2.675 palabras) que presenta antes de la "
                "aprobación en el pleno del Consejo."
            ),
        },
    },
    {
        "slug": "plenary-adoption",
        "is_later_stage": True,
        "en": {
            "name": "Adoption at the Human Rights Council plenary",
            "description": (
                "About 3 to 4 months after the review, the Human Rights Council adopts the outcome "
                "under agenda item 6, in about one hour per State; NGOs with ECOSOC consultative "
                "status and NHRIs can make short statements."
            ),
        },
        "fr": {
            "name": "Adoption en séance plénière du Conseil des droits de l'homme",
            "description": (
                "Environ 3 à 4 mois après l'examen, le Conseil des droits de l'homme adopte le "
                "document final au titre du point 6, en une heure environ par État ; les ONG "
                "dotées du statut consultatif auprès de l'ECOSOC et les INDH peuvent faire de "
                "brèves déclarations."
            ),
        },
        "es": {
            "name": "Aprobación en el pleno del Consejo de Derechos Humanos",
            "description": (
                "Unos 3 a 4 meses después del examen, el Consejo de Derechos Humanos aprueba el "
                "resultado en relación con el tema 6, en cerca de una hora por Estado; las ONG con "
                "estatus consultivo ante el ECOSOC y las INDH pueden hacer breves declaraciones."
            ),
        },
    },
    {
        "slug": "implementation",
        "is_later_stage": True,
        "en": {
            "name": "Implementation",
            "description": (
                "Between reviews, the State is responsible for implementing the recommendations; "
                "CSOs monitor progress, advocate, and work with the government, parliament, the "
                "national human rights institution and embassies of recommending States."
            ),
        },
        "fr": {
            "name": "Mise en œuvre",
            "description": (
                "Entre deux examens, il incombe à l'État de mettre en œuvre les recommandations ; "
                "les OSC suivent les progrès, mènent leur plaidoyer et travaillent avec le "
                "gouvernement, le parlement, l'INDH et les ambassades des États auteurs de "
                "recommandations."
            ),
        },
        "es": {
            "name": "Implementación",
            "description": (
                "Entre un examen y otro, corresponde al Estado implementar las recomendaciones; "
                "las OSC monitorean los avances, hacen incidencia y trabajan con el gobierno, el "
                "parlamento, la INDH y las embajadas de los Estados que formularon "
                "recomendaciones."
            ),
        },
    },
    {
        "slug": "mid-term-reporting",
        "is_later_stage": True,
        "en": {
            "name": "Mid-term reporting",
            "description": (
                "About 2 to 2.5 years after the review, States are encouraged to submit a "
                "voluntary mid-term report on implementation; CSOs can write their own mid-term "
                "reports to show what has and has not changed."
            ),
        },
        "fr": {
            "name": "Rapport à mi-parcours",
            "description": (
                "Environ deux ans à deux ans et demi après l'examen, les États sont encouragés à "
                "présenter un rapport volontaire à mi-parcours sur la mise en œuvre ; les OSC "
                "peuvent rédiger leur propre rapport pour montrer ce qui a changé ou non."
            ),
        },
        "es": {
            "name": "Informe de mitad de período",
            "description": (
                "Unos dos años o dos años y medio después del examen, se alienta a los Estados a "
                "presentar un informe voluntario de mitad de período sobre la implementación; las "
                "OSC pueden redactar el suyo para mostrar qué ha cambiado y qué no."
            ),
        },
    },
    {
        "slug": "follow-up",
        "is_later_stage": True,
        "en": {
            "name": "Follow-up into the next cycle",
            "description": (
                "The next review, about 4.5 years after the last, focuses on the implementation of "
                "earlier recommendations, and unmet ones are often repeated; the evidence CSOs "
                "gather between reviews feeds their next submission."
            ),
        },
        "fr": {
            "name": "Suivi jusqu'au cycle suivant",
            "description": (
                "L'examen suivant, environ quatre ans et demi plus tard, porte sur la mise en "
                "œuvre des recommandations précédentes, et celles qui n'ont pas été appliquées "
                "sont souvent réitérées ; les informations réunies par les OSC nourrissent leur "
                "prochaine contribution."
            ),
        },
        "es": {
            "name": "Seguimiento hacia el próximo ciclo",
            "description": (
                "El siguiente examen, unos cuatro años y medio después, se centra en la "
                "implementación de las recomendaciones anteriores, y las que no se cumplieron "
                "suelen repetirse; la información que reúnen las OSC alimenta su próxima "
                "contribución."
            ),
        },
    },
]
