/// The shortcode table as `name emoji` pairs, a theme per line.
enum EmojiShortcodeTable {
    static let entries = """
    smile 😄 smiley 😃 grinning 😀 grin 😁 laughing 😆 satisfied 😆 sweat_smile 😅 joy 😂 rofl 🤣 relaxed ☺️ blush 😊
    innocent 😇 slightly_smiling_face 🙂 upside_down_face 🙃 wink 😉 relieved 😌 heart_eyes 😍 smiling_face_with_three_hearts 🥰
    kissing_heart 😘 kissing 😗 yum 😋 stuck_out_tongue 😛 stuck_out_tongue_winking_eye 😜 zany_face 🤪 nerd_face 🤓
    sunglasses 😎 star_struck 🤩 partying_face 🥳 smirk 😏 unamused 😒 disappointed 😞 pensive 😔 worried 😟 confused 😕
    slightly_frowning_face 🙁 frowning_face ☹️ persevere 😣 confounded 😖 tired_face 😫 weary 😩 pleading_face 🥺 cry 😢
    sob 😭 triumph 😤 angry 😠 rage 😡 exploding_head 🤯 flushed 😳 hot_face 🥵 cold_face 🥶 scream 😱 fearful 😨
    cold_sweat 😰 disappointed_relieved 😥 sweat 😓 hugs 🤗 thinking 🤔 shushing_face 🤫 lying_face 🤥 no_mouth 😶
    neutral_face 😐 expressionless 😑 grimacing 😬 roll_eyes 🙄 hushed 😯 astonished 😲 open_mouth 😮 yawning_face 🥱
    sleeping 😴 drooling_face 🤤 sleepy 😪 dizzy_face 😵 zipper_mouth_face 🤐 woozy_face 🥴 nauseated_face 🤢 mask 😷
    face_with_thermometer 🤒 money_mouth_face 🤑 cowboy_hat_face 🤠 smiling_imp 😈 imp 👿 clown_face 🤡 poop 💩 hankey 💩
    ghost 👻 skull 💀 alien 👽 robot 🤖 jack_o_lantern 🎃 smiley_cat 😺 heart_eyes_cat 😻 see_no_evil 🙈 hear_no_evil 🙉 speak_no_evil 🙊
    wave 👋 raised_back_of_hand 🤚 raised_hand ✋ hand ✋ vulcan_salute 🖖 ok_hand 👌 pinching_hand 🤏 v ✌️ crossed_fingers 🤞
    love_you_gesture 🤟 metal 🤘 call_me_hand 🤙 point_left 👈 point_right 👉 point_up_2 👆 point_down 👇 point_up ☝️
    +1 👍 thumbsup 👍 -1 👎 thumbsdown 👎 fist ✊ fist_raised ✊ facepunch 👊 punch 👊 clap 👏 raised_hands 🙌 open_hands 👐
    palms_up_together 🤲 handshake 🤝 pray 🙏 writing_hand ✍️ nail_care 💅 selfie 🤳 muscle 💪 brain 🧠 eyes 👀 eye 👁️
    tongue 👅 lips 👄 baby 👶 boy 👦 girl 👧 man 👨 woman 👩 older_man 👴 older_woman 👵 person_frowning 🙍 bow 🙇
    facepalm 🤦 shrug 🤷 man_technologist 👨‍💻 woman_technologist 👩‍💻 technologist 🧑‍💻 scientist 🧑‍🔬 teacher 🧑‍🏫
    ninja 🥷 superhero 🦸 mage 🧙 detective 🕵️ construction_worker 👷 runner 🏃 running 🏃 walking 🚶 dancer 💃
    people_holding_hands 🧑‍🤝‍🧑 family 👪 busts_in_silhouette 👥 bust_in_silhouette 👤 speaking_head 🗣️ footprints 👣
    heart ❤️ red_heart ❤️ orange_heart 🧡 yellow_heart 💛 green_heart 💚 blue_heart 💙 purple_heart 💜 black_heart 🖤
    white_heart 🤍 brown_heart 🤎 broken_heart 💔 two_hearts 💕 sparkling_heart 💖 heartpulse 💗 heartbeat 💓 revolving_hearts 💞
    cupid 💘 gift_heart 💝 heart_exclamation ❣️ kiss 💋 100 💯 anger 💢 boom 💥 collision 💥 dizzy 💫 sweat_drops 💦
    dash 💨 hole 🕳️ bomb 💣 speech_balloon 💬 thought_balloon 💭 left_speech_bubble 🗨️ zzz 💤
    dog 🐶 cat 🐱 mouse 🐭 hamster 🐹 rabbit 🐰 fox_face 🦊 bear 🐻 panda_face 🐼 koala 🐨 tiger 🐯 lion 🦁 cow 🐮
    pig 🐷 frog 🐸 monkey_face 🐵 monkey 🐒 chicken 🐔 penguin 🐧 bird 🐦 baby_chick 🐤 eagle 🦅 duck 🦆 owl 🦉 bat 🦇
    wolf 🐺 boar 🐗 horse 🐴 unicorn 🦄 bee 🐝 honeybee 🐝 bug 🐛 butterfly 🦋 snail 🐌 beetle 🐞 lady_beetle 🐞 ant 🐜
    spider 🕷️ scorpion 🦂 turtle 🐢 snake 🐍 lizard 🦎 t-rex 🦖 sauropod 🦕 octopus 🐙 squid 🦑 shrimp 🦐 crab 🦀
    tropical_fish 🐠 fish 🐟 blowfish 🐡 dolphin 🐬 whale 🐳 whale2 🐋 shark 🦈 crocodile 🐊 elephant 🐘 camel 🐫
    giraffe 🦒 kangaroo 🦘 sheep 🐑 goat 🐐 deer 🦌 dog2 🐕 poodle 🐩 cat2 🐈 rooster 🐓 turkey 🦃 dove 🕊️ parrot 🦜
    sloth 🦥 otter 🦦 hedgehog 🦔 dragon 🐉 dragon_face 🐲 cactus 🌵 christmas_tree 🎄 evergreen_tree 🌲 deciduous_tree 🌳
    palm_tree 🌴 seedling 🌱 herb 🌿 shamrock ☘️ four_leaf_clover 🍀 bamboo 🎍 leaves 🍃 fallen_leaf 🍂 maple_leaf 🍁
    mushroom 🍄 ear_of_rice 🌾 bouquet 💐 tulip 🌷 rose 🌹 wilted_flower 🥀 hibiscus 🌺 cherry_blossom 🌸 blossom 🌼
    sunflower 🌻 sun_with_face 🌞 full_moon_with_face 🌝 crescent_moon 🌙 new_moon 🌑 full_moon 🌕 earth_africa 🌍
    earth_americas 🌎 earth_asia 🌏 globe_with_meridians 🌐 star ⭐ star2 🌟 sparkles ✨ zap ⚡ fire 🔥 comet ☄️
    sunny ☀️ partly_sunny ⛅ cloud ☁️ cloud_with_rain 🌧️ cloud_with_lightning_and_rain ⛈️ snowflake ❄️ snowman ⛄
    snowman_with_snow ☃️ rainbow 🌈 umbrella ☔ droplet 💧 ocean 🌊 tornado 🌪️ fog 🌫️ wind_face 🌬️ volcano 🌋
    apple 🍎 green_apple 🍏 pear 🍐 tangerine 🍊 orange 🍊 lemon 🍋 banana 🍌 watermelon 🍉 grapes 🍇 strawberry 🍓
    melon 🍈 cherries 🍒 peach 🍑 mango 🥭 pineapple 🍍 coconut 🥥 kiwi_fruit 🥝 tomato 🍅 avocado 🥑 eggplant 🍆
    potato 🥔 carrot 🥕 corn 🌽 hot_pepper 🌶️ cucumber 🥒 broccoli 🥦 garlic 🧄 onion 🧅 peanuts 🥜 bread 🍞
    croissant 🥐 cheese 🧀 egg 🥚 bacon 🥓 hamburger 🍔 fries 🍟 pizza 🍕 hotdog 🌭 sandwich 🥪 taco 🌮 burrito 🌯
    ramen 🍜 spaghetti 🍝 sushi 🍣 bento 🍱 rice 🍚 curry 🍛 icecream 🍦 doughnut 🍩 cookie 🍪 cake 🍰 birthday 🎂
    cupcake 🧁 chocolate_bar 🍫 candy 🍬 lollipop 🍭 popcorn 🍿 coffee ☕ tea 🍵 beer 🍺 beers 🍻 wine_glass 🍷
    cocktail 🍸 tropical_drink 🍹 champagne 🍾 clinking_glasses 🥂 tumbler_glass 🥃 cup_with_straw 🥤 milk_glass 🥛
    fork_and_knife 🍴 spoon 🥄 hocho 🔪 knife 🔪 soccer ⚽ basketball 🏀 football 🏈 baseball ⚾ tennis 🎾 volleyball 🏐
    rugby_football 🏉 8ball 🎱 ping_pong 🏓 badminton 🏸 golf ⛳ trophy 🏆 medal_sports 🏅 1st_place_medal 🥇
    2nd_place_medal 🥈 3rd_place_medal 🥉 dart 🎯 bowling 🎳 video_game 🎮 joystick 🕹️ game_die 🎲 jigsaw 🧩
    chess_pawn ♟️ performing_arts 🎭 art 🎨 clapper 🎬 microphone 🎤 headphones 🎧 musical_note 🎵 notes 🎶 musical_score 🎼
    piano 🎹 guitar 🎸 trumpet 🎺 violin 🎻 drum 🥁 tada 🎉 confetti_ball 🎊 balloon 🎈 gift 🎁 ribbon 🎀 ticket 🎫
    car 🚗 red_car 🚗 taxi 🚕 bus 🚌 ambulance 🚑 fire_engine 🚒 police_car 🚓 truck 🚚 tractor 🚜 bike 🚲 motorcycle 🏍️
    scooter 🛴 train 🚆 train2 🚆 bullettrain_side 🚄 metro 🚇 tram 🚊 station 🚉 airplane ✈️ flight_departure 🛫
    flight_arrival 🛬 rocket 🚀 flying_saucer 🛸 helicopter 🚁 boat ⛵ sailboat ⛵ speedboat 🚤 ship 🚢 anchor ⚓
    construction 🚧 fuelpump ⛽ busstop 🚏 vertical_traffic_light 🚦 traffic_light 🚥 world_map 🗺️ compass 🧭
    mountain ⛰️ mountain_snow 🏔️ camping 🏕️ beach_umbrella 🏖️ desert 🏜️ desert_island 🏝️ house 🏠 house_with_garden 🏡
    office 🏢 post_office 🏣 hospital 🏥 bank 🏦 hotel 🏨 school 🏫 factory 🏭 castle 🏰 stadium 🏟️ tent ⛺
    building_construction 🏗️ houses 🏘️ bridge_at_night 🌉 city_sunset 🌆 night_with_stars 🌃 statue_of_liberty 🗽
    watch ⌚ iphone 📱 calling 📲 computer 💻 keyboard ⌨️ desktop_computer 🖥️ printer 🖨️ computer_mouse 🖱️ trackball 🖲️
    minidisc 💽 floppy_disk 💾 cd 💿 dvd 📀 abacus 🧮 movie_camera 🎥 film_strip 🎞️ camera 📷 camera_flash 📸
    video_camera 📹 vhs 📼 mag 🔍 mag_right 🔎 bulb 💡 flashlight 🔦 candle 🕯️ telephone ☎️ phone ☎️
    telephone_receiver 📞 pager 📟 fax 📠 tv 📺 radio 📻 stopwatch ⏱️ timer_clock ⏲️ alarm_clock ⏰ hourglass ⌛
    hourglass_flowing_sand ⏳ satellite 📡 battery 🔋 electric_plug 🔌 moneybag 💰 dollar 💵 euro 💶 pound 💷 yen 💴
    credit_card 💳 gem 💎 balance_scale ⚖️ wrench 🔧 hammer 🔨 hammer_and_wrench 🛠️ pick ⛏️ nut_and_bolt 🔩 gear ⚙️
    chains ⛓️ toolbox 🧰 magnet 🧲 test_tube 🧪 petri_dish 🧫 dna 🧬 microscope 🔬 telescope 🔭 syringe 💉 pill 💊
    door 🚪 bed 🛏️ couch_and_lamp 🛋️ toilet 🚽 shower 🚿 bathtub 🛁 key 🔑 old_key 🗝️ lock 🔒 unlock 🔓
    closed_lock_with_key 🔐 lock_with_ink_pen 🔏 shield 🛡️ dagger 🗡️ crossed_swords ⚔️ gun 🔫 bow_and_arrow 🏹
    link 🔗 paperclip 📎 paperclips 🖇️ straight_ruler 📏 triangular_ruler 📐 scissors ✂️ card_file_box 🗃️
    file_cabinet 🗄️ wastebasket 🗑️ pushpin 📌 round_pushpin 📍 triangular_flag_on_post 🚩 pen 🖊️ fountain_pen 🖋️
    black_nib ✒️ paintbrush 🖌️ crayon 🖍️ memo 📝 pencil 📝 pencil2 ✏️ briefcase 💼 file_folder 📁 open_file_folder 📂
    card_index_dividers 🗂️ date 📅 calendar 📆 spiral_notepad 🗒️ spiral_calendar 🗓️ card_index 📇 chart_with_upwards_trend 📈
    chart_with_downwards_trend 📉 bar_chart 📊 clipboard 📋 page_facing_up 📄 page_with_curl 📃 bookmark_tabs 📑
    bookmark 🔖 label 🏷️ newspaper 📰 newspaper_roll 🗞️ notebook 📓 notebook_with_decorative_cover 📔 ledger 📒
    closed_book 📕 green_book 📗 blue_book 📘 orange_book 📙 books 📚 book 📖 open_book 📖 scroll 📜 email 📧
    envelope ✉️ e-mail 📧 incoming_envelope 📨 envelope_with_arrow 📩 outbox_tray 📤 inbox_tray 📥 package 📦
    mailbox 📫 mailbox_with_mail 📬 postbox 📮 ballot_box 🗳️ loudspeaker 📢 mega 📣 bell 🔔 no_bell 🔕 mute 🔇
    speaker 🔈 sound 🔉 loud_sound 🔊 hourglass_done ⌛ crystal_ball 🔮 dart_board 🎯 money_with_wings 💸 receipt 🧾
    white_check_mark ✅ heavy_check_mark ✔️ check ✔️ ballot_box_with_check ☑️ x ❌ negative_squared_cross_mark ❎
    heavy_multiplication_x ✖️ heavy_plus_sign ➕ heavy_minus_sign ➖ heavy_division_sign ➗ curly_loop ➰ loop ➿
    question ❓ grey_question ❔ exclamation ❗ heavy_exclamation_mark ❗ grey_exclamation ❕ bangbang ‼️ interrobang ⁉️
    warning ⚠️ no_entry ⛔ no_entry_sign 🚫 stop_sign 🛑 sos 🆘 information_source ℹ️ recycle ♻️ beginner 🔰
    trident 🔱 o ⭕ o2 🅾️ a 🅰️ b 🅱️ ab 🆎 cl 🆑 cool 🆒 free 🆓 id 🆔 new 🆕 ng 🆖 ok 🆗 up 🆙 vs 🆚 top 🔝
    soon 🔜 on 🔛 back 🔙 end 🔚 new_moon_with_face 🌚 copyright ©️ registered ®️ tm ™️ hash #️⃣ asterisk *️⃣
    zero 0️⃣ one 1️⃣ two 2️⃣ three 3️⃣ four 4️⃣ five 5️⃣ six 6️⃣ seven 7️⃣ eight 8️⃣ nine 9️⃣ keycap_ten 🔟 1234 🔢
    arrow_up ⬆️ arrow_down ⬇️ arrow_left ⬅️ arrow_right ➡️ arrow_upper_right ↗️ arrow_lower_right ↘️
    arrow_lower_left ↙️ arrow_upper_left ↖️ arrow_up_down ↕️ left_right_arrow ↔️ arrows_counterclockwise 🔄
    arrows_clockwise 🔃 arrow_forward ▶️ arrow_backward ◀️ fast_forward ⏩ rewind ⏪ arrow_double_up ⏫
    arrow_double_down ⏬ arrow_heading_up ⤴️ arrow_heading_down ⤵️ leftwards_arrow_with_hook ↩️ arrow_right_hook ↪️
    twisted_rightwards_arrows 🔀 repeat 🔁 repeat_one 🔂 pause_button ⏸️ stop_button ⏹️ record_button ⏺️ eject_button ⏏️
    red_circle 🔴 orange_circle 🟠 yellow_circle 🟡 green_circle 🟢 large_blue_circle 🔵 blue_circle 🔵 purple_circle 🟣
    brown_circle 🟤 black_circle ⚫ white_circle ⚪ red_square 🟥 orange_square 🟧 yellow_square 🟨 green_square 🟩
    blue_square 🟦 purple_square 🟪 brown_square 🟫 black_large_square ⬛ white_large_square ⬜ black_small_square ▪️
    white_small_square ▫️ large_orange_diamond 🔶 large_blue_diamond 🔷 small_orange_diamond 🔸 small_blue_diamond 🔹
    small_red_triangle 🔺 small_red_triangle_down 🔻 diamond_shape_with_a_dot_inside 💠 radio_button 🔘
    white_flower 💮 heavy_dollar_sign 💲 currency_exchange 💱 infinity ♾️ peace_symbol ☮️ yin_yang ☯️ atom_symbol ⚛️
    checkered_flag 🏁 flag_white 🏳️ white_flag 🏳️ black_flag 🏴 rainbow_flag 🏳️‍🌈 pirate_flag 🏴‍☠️ crossed_flags 🎌
    clock1 🕐 clock2 🕑 clock3 🕒 clock4 🕓 clock5 🕔 clock6 🕕 clock7 🕖 clock8 🕗 clock9 🕘 clock10 🕙 clock11 🕚 clock12 🕛
    mortar_board 🎓 crown 👑 tophat 🎩 womans_hat 👒 billed_cap 🧢 rescue_worker_helmet ⛑️ eyeglasses 👓 dark_sunglasses 🕶️
    goggles 🥽 lab_coat 🥼 necktie 👔 shirt 👕 tshirt 👕 jeans 👖 dress 👗 handbag 👜 school_satchel 🎒 backpack 🎒
    athletic_shoe 👟 ring 💍 lipstick 💄 umbrella2 ☂️ closed_umbrella 🌂 thread 🧵 yarn 🧶 teddy_bear 🧸 puzzle_piece 🧩
    label_tag 🏷️ lock_key 🔐 bricks 🧱 hourglass_not_done ⏳ ice_cube 🧊 soap 🧼 sponge 🧽 broom 🧹 basket 🧺
    roll_of_paper 🧻 fire_extinguisher 🧯 shopping_cart 🛒 smoking 🚬 coffin ⚰️ moyai 🗿 placard 🪧 ladder 🪜
    screwdriver 🪛 boomerang 🪃 magic_wand 🪄 mirror 🪞 window 🪟 plunger 🪠 bucket 🪣 toothbrush 🪥
    flag_us 🇺🇸 us 🇺🇸 gb 🇬🇧 uk 🇬🇧 fr 🇫🇷 de 🇩🇪 it 🇮🇹 es 🇪🇸 jp 🇯🇵 cn 🇨🇳 kr 🇰🇷 ru 🇷🇺 eu 🇪🇺 ca 🇨🇦 in 🇮🇳 br 🇧🇷
    """
}
