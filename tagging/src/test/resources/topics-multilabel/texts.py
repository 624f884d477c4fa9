#!/usr/bin/env python3
"""Writes texts.jsonl: short invented news texts with the IPTC topics a careful editor would give them
(one to three). Written for newsflow; run once after editing the list below."""
import json, os

P, E, S, C, W = "politics", "economy, business and finance", "sport", "crime, law and justice", "conflict, war and peace"
H, SC, EN, D, A = "health", "science and technology", "environment", "disaster, accident and emergency incident", "arts, culture, entertainment and media"
ED, L, WX, SO, LI, R = "education", "labour", "weather", "society", "lifestyle and leisure", "religion"

TEXTS = [
 # single-topic texts
 ("Central bank holds rates as inflation eases",
  "The central bank kept its main interest rate at 4.25 percent on Thursday, saying inflation had eased to 2.6 percent and that it wanted more evidence before cutting borrowing costs. The currency rose against the dollar and bond yields fell. Economists had expected the decision after retail sales and factory output slowed in the second quarter.", [E]),
 ("Striker scores twice as leaders extend lead",
  "The league leaders beat their nearest rivals 3-1 on Saturday to move six points clear at the top of the table. Their striker scored twice in the first half and the goalkeeper saved a penalty ten minutes from time. The coach said the title race was far from over with eleven games left.", [S]),
 ("Parliament passes electoral reform after long debate",
  "Lawmakers approved a bill on Tuesday that redraws constituency boundaries and lowers the voting age to 16 for local elections. The governing coalition won the vote by 14 votes after the opposition leader called the reform an attempt to rig the next general election. The president is expected to sign it next week.", [P]),
 ("Telescope finds water vapour on distant planet",
  "Astronomers using a space telescope have detected water vapour in the atmosphere of a planet orbiting a small star 120 light years away. The researchers said in a scientific journal that the planet is about twice the size of Earth and may have an ocean. The findings will be checked with new instruments next year.", [SC]),
 ("Man jailed for 14 years over armed robbery",
  "A man was jailed for 14 years on Friday for robbing three jewellery shops at gunpoint. The judge told the court that the defendant had terrified staff and customers. Police said two accomplices were still being sought and a reward had been offered for information leading to their arrest.", [C]),
 ("Novel about fishing village wins literary prize",
  "A debut novel about three generations of a fishing family won the country's leading literary prize on Wednesday. The judges praised its humour and its portrait of a village emptied by tourism. The author, a former schoolteacher, said she wrote the book over seven winters. Her publisher has ordered a reprint.", [A]),
 ("Heavy snow expected across the north this weekend",
  "Forecasters warned of heavy snow and freezing temperatures across the north from Friday night, with up to 30 cm on high ground and icy roads in the valleys. The weather service issued an amber warning and said temperatures could fall to minus 12 degrees. Milder air will arrive on Tuesday.", [WX]),
 ("Hospital waiting lists fall for the first time in three years",
  "The number of patients waiting for planned hospital treatment fell for the first time in three years, health officials said on Thursday. Waits for cancer care and hip operations shortened after hospitals added evening and weekend clinics. Doctors' groups said the gains were fragile and staff shortages remained.", [H]),
 ("Teachers back new curriculum for primary schools",
  "Primary school teachers have backed a new curriculum that puts more time into reading and mathematics and less into tests. The education ministry said pupils would sit fewer exams from next September and schools would get extra money for libraries. Head teachers said the change was overdue.", [ED]),
 ("Troops advance on rebel-held town",
  "Government troops backed by artillery and air strikes advanced on a rebel-held town in the east on Monday after a week of heavy fighting. The army said it had killed dozens of fighters and captured two villages. Residents fleeing the town said shelling had destroyed the market and the hospital.", [W]),
 ("Ferry capsizes in storm, dozens missing",
  "A passenger ferry capsized in rough seas on Sunday with more than 200 people on board, and rescuers pulled 150 survivors from the water. Dozens are missing. The coast guard said the ferry had been overloaded and had sailed despite a warning. Divers will search the wreck when the sea calms.", [D]),
 ("Ancient forest protected after campaign",
  "An ancient oak forest that is home to rare bats and beetles will be protected as a nature reserve after a ten-year campaign by local people. The environment agency said logging would be banned and a new footpath built. Conservation groups said it was a model for saving the last old woodlands.", [EN]),
 ("Chip maker's profit doubles on demand for AI servers",
  "The chip maker reported on Wednesday that its quarterly profit had doubled, as cloud companies bought its processors for data centres that run artificial intelligence software. Revenue rose 80 percent to $22 billion and the company raised its forecast for the year. Its shares rose 6 percent in after-hours trade.", [E, SC]),
 ("Pilgrims gather for annual festival",
  "Hundreds of thousands of pilgrims gathered at the shrine on Friday for the start of the annual religious festival, praying and lighting candles through the night. Church leaders called for peace and for help for the poor. The celebrations end on Sunday with a procession through the old town.", [R]),
 ("Union calls strike at car plants over pay",
  "The main engineering union called a two-day strike at three car plants next week after talks on pay broke down. The union is seeking a 9 percent raise over two years, while management has offered 5 percent. Workers said the cost of living had risen faster than wages for three years. The company warned the strike would cost jobs.", [L]),
 # two-topic texts
 ("Minister resigns over hospital contract scandal",
  "The health minister resigned on Monday after a newspaper revealed that a company run by her brother had won a contract to supply hospitals with protective equipment without a tender. The prime minister accepted the resignation and ordered an inquiry. Opposition parties called for a vote of no confidence in the government.", [P, H]),
 ("Floods ruin harvest and push up food prices",
  "Floods that covered farmland across the south after a week of torrential rain have destroyed a third of the rice harvest, and prices in markets have risen by half. The disaster agency said 40,000 families had lost their homes. Economists warned that higher food prices would push inflation above the central bank's target.", [D, E]),
 ("Ceasefire talks open as fighting continues",
  "Foreign ministers from four countries opened talks on a ceasefire on Tuesday as fighting continued around the port city. The mediators said both sides had agreed to discuss a prisoner exchange and humanitarian corridors. The government's delegation said it would not accept any deal that left rebel troops in the city.", [W, P]),
 ("Football club fined over fans' racist chants",
  "The football association fined the club 100,000 euros and ordered it to play two home matches behind closed doors after fans directed racist chants at a visiting player. Police have arrested six supporters. The player said he had considered walking off the pitch during the second half of the match.", [S, C]),
 ("Drought forces water rationing in capital",
  "Authorities in the capital began rationing water on Monday after the worst drought in 40 years left reservoirs at 12 percent of capacity. Households will get water for 12 hours a day. Scientists said climate change had made such droughts more frequent and urged the city to repair leaking pipes and recycle waste water.", [EN, D]),
 ("Court blocks government plan to deport migrants",
  "The supreme court ruled on Wednesday that the government's plan to deport asylum seekers to a third country was unlawful, dealing a blow to the prime minister's immigration policy. The judges said the country could not guarantee that the migrants would be safe. The interior minister said the government would draft new legislation.", [C, P]),
 ("Tech firm cuts 5,000 jobs as sales slow",
  "The software company said on Thursday it would cut 5,000 jobs, about 8 percent of its staff, as sales of its cloud products slowed. The chief executive said the company would invest more in artificial intelligence. Unions in two countries said they would challenge the lay-offs, and the company's shares rose 3 percent.", [E, L]),
 ("Vaccine trial shows promise against malaria",
  "A new malaria vaccine cut infections in young children by three quarters in a trial in four countries, researchers reported on Tuesday in a medical journal. The scientists said the vaccine, which uses a new protein design, could be made cheaply. Health ministries hope to begin giving it to children next year.", [H, SC]),
 ("Museum returns looted statues to temple",
  "The national museum returned four bronze statues looted from a temple during the colonial era, handing them to the temple's priests at a ceremony on Saturday. Curators said the statues, dating from the 12th century, had been bought by a collector in 1905. The culture minister called the return an act of justice.", [A, R]),
 ("Teachers strike over pay closes schools",
  "Most state schools were closed on Wednesday as teachers went on strike for higher pay, the third walkout this term. The teachers' union said salaries had fallen by a fifth in real terms over a decade. The education minister said the government had offered a 6 percent rise and parents should not be punished for the dispute.", [ED, L]),
 ("Olympic champion banned for doping",
  "The Olympic 400 metres champion was banned for four years on Thursday after testing positive for a banned steroid, and will lose the gold medal she won last summer. The anti-doping agency said her explanation that the drug came from contaminated meat was not credible. Her lawyer said she would appeal to the sports court.", [S, C]),
 ("Heatwave sends hospital admissions soaring",
  "Hospitals across the south reported a sharp rise in admissions of elderly people during a heatwave that pushed temperatures above 44 degrees for five days. The weather service said the heat would last until Sunday. Health officials urged people to drink water, stay indoors in the afternoon and check on elderly neighbours.", [WX, H]),
 ("Election campaign dominated by cost of living",
  "With two weeks to go before the general election, polls show voters care most about prices, rents and wages. The ruling party has promised to cut fuel taxes, while the opposition pledges to raise the minimum wage and build 500,000 homes. Economists say neither plan says how it would be paid for.", [P, E]),
 # three-topic texts
 ("Oil spill after tanker collision threatens coast and fishing",
  "A tanker collided with a cargo ship off the coast on Sunday, spilling 6,000 tonnes of crude oil that is drifting toward beaches and fishing grounds. The coast guard rescued all 25 crew. Environmental groups said seabirds were already dying. Fishermen said they had been ordered to stay in port and feared for their income, and the shipping company's shares fell 9 percent.", [D, EN, E]),
 ("President's ally charged with corruption as army deploys in capital",
  "Prosecutors charged the president's chief of staff with taking bribes from arms suppliers on Friday, hours after the army deployed tanks in the capital following protests. The opposition said the deployment was meant to intimidate protesters, while the defence ministry said troops were guarding government buildings after clashes in which two people were killed.", [P, C, W]),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "texts.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for i, (title, text, topics) in enumerate(TEXTS, 1):
            fh.write(json.dumps({"id": "ml-%02d" % i, "title": title, "text": text, "topics": topics}) + "\n")
    print("wrote %d texts, %.2f labels per text" % (len(TEXTS), sum(len(t[2]) for t in TEXTS) / len(TEXTS)))


if __name__ == "__main__":
    main()
