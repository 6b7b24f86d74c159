<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="here" tilewidth="32" tileheight="32" tilecount="107" columns="8">
 <image source="here.png" width="256" height="448"/>
 <tile id="0">
  <properties>
   <property name="name" value="klinkers"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="quay"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="0.8"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="quay_edge_s"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="0.8"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="quay_edge_n"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="0.8"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="canal"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="boat_w"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="boat_e"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="bridge_ns"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="bridge_ew"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="cycle_path"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="driving" type="bool" value="true"/>
   <property name="name" value="ring_road"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="2.5"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="driving" type="bool" value="true"/>
   <property name="name" value="ring_lane_h"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="2.5"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="driving" type="bool" value="true"/>
   <property name="name" value="ring_lane_v"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="2.5"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="driving" type="bool" value="true"/>
   <property name="name" value="ring_edge_s"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="2.5"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="driving" type="bool" value="true"/>
   <property name="name" value="ring_edge_n"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="2.5"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="driving" type="bool" value="true"/>
   <property name="name" value="ring_edge_e"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="2.5"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="driving" type="bool" value="true"/>
   <property name="name" value="ring_edge_w"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="2.5"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="driving" type="bool" value="true"/>
   <property name="name" value="parking"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="bus_lane"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="bus_lane_text"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="bus_platform"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="nightlife"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="terrace_red"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="terrace_green"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="square"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="square_band"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="townhall_steps"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="grass"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="hedge"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="tree_grass"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="tree_klinkers"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="tree_quay_s"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="tree_quay_n"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="tree_square"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="bikes_s"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="bikes_n"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="roof_red_w"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="gable_s_red_w"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="gable_n_red_w"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="name" value="roof_red_e"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="gable_s_red_e"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="gable_n_red_e"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="roof_brown_w"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="gable_s_brown_w"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="name" value="gable_n_brown_w"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="name" value="roof_brown_e"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="name" value="gable_s_brown_e"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="name" value="gable_n_brown_e"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="name" value="roof_anthracite_w"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="gable_s_anthracite_w"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="gable_n_anthracite_w"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="name" value="roof_anthracite_e"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="name" value="gable_s_anthracite_e"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="gable_n_anthracite_e"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="roof_ochre_w"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="name" value="gable_s_ochre_w"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="name" value="gable_n_ochre_w"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="name" value="roof_ochre_e"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="name" value="gable_s_ochre_e"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="name" value="gable_n_ochre_e"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="name" value="house_door_s_red_w"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="name" value="house_door_n_red_w"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="name" value="house_door_s_red_e"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="name" value="house_door_n_red_e"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="name" value="house_door_s_brown_w"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="name" value="house_door_n_brown_w"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="name" value="house_door_s_brown_e"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="name" value="house_door_n_brown_e"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="name" value="house_door_s_anthracite_w"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="name" value="house_door_n_anthracite_w"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="name" value="house_door_s_anthracite_e"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="name" value="house_door_n_anthracite_e"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="name" value="house_door_s_ochre_w"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="name" value="house_door_n_ochre_w"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="name" value="house_door_s_ochre_e"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="name" value="house_door_n_ochre_e"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="name" value="roof_flat"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="name" value="awning_red_s"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="name" value="awning_red_n"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="name" value="awning_red_e"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="name" value="awning_red_w"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="name" value="awning_green_s"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="name" value="awning_green_n"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="name" value="awning_green_e"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="name" value="awning_green_w"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="name" value="townhall_roof"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="name" value="townhall_roof_lit"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="name" value="townhall_ridge"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="name" value="townhall_edge_s"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="name" value="townhall_edge_n"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="name" value="townhall_tower_nw"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="name" value="townhall_tower_ne"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="92">
  <properties>
   <property name="name" value="townhall_tower_sw"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="name" value="townhall_tower_se"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="94">
  <properties>
   <property name="name" value="brick_wall"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="name" value="home_floor"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="name" value="clinic_floor"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="name" value="clinic_roof"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="name" value="door_home_n"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="name" value="door_home_s"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="100">
  <properties>
   <property name="name" value="shade_1"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="name" value="shade_2"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="name" value="shade_3"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="103">
  <properties>
   <property name="name" value="shade_4"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="104">
  <properties>
   <property name="name" value="shade_5"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="name" value="shade_6"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="name" value="shade_7"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
</tileset>
