<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="city" tilewidth="32" tileheight="32" tilecount="314" columns="8">
 <image source="city.png" width="256" height="1280"/>
 <tile id="0">
  <properties>
   <property name="name" value="pavement"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="road"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="road_line_h"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="road_line_v"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="crosswalk_ew"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="crosswalk_ns"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="highway"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1.6"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="highway_lane"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1.6"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="highway_median"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1.6"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="highway_shoulder"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1.6"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="alley_cobbles"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="0.6"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="grass"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="park_tree"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="water"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="roof_slate"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="roof_sage"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="roof_umber"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="roof_blue"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="roof_court"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="wall"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="railing"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="market_stall_red"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="market_stall_green"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="home_floor"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="court_steps"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="court_floor"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="health_floor"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="gate_floor"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="door"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="plaza"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="window"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="classroom_floor"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="shade_1"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="shade_2"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="shade_3"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="shade_4"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="shade_5"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="shade_6"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="shade_7"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="name" value="roof_slate_lit_0"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="roof_slate_shade_0"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="roof_slate_ridge_0"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="roof_slate_ridge_edge_0"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="roof_slate_lit_1"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="name" value="roof_slate_shade_1"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="name" value="roof_slate_ridge_1"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="name" value="roof_slate_ridge_edge_1"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="name" value="roof_slate_lit_2"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="name" value="roof_slate_shade_2"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="roof_slate_ridge_2"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="roof_slate_ridge_edge_2"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="name" value="roof_slate_lit_3"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="name" value="roof_slate_shade_3"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="roof_slate_ridge_3"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="roof_slate_ridge_edge_3"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="name" value="roof_slate_lit_4"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="name" value="roof_slate_shade_4"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="name" value="roof_slate_ridge_4"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="name" value="roof_slate_ridge_edge_4"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="name" value="roof_slate_lit_5"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="name" value="roof_slate_shade_5"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="name" value="roof_slate_ridge_5"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="name" value="roof_slate_ridge_edge_5"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="name" value="roof_slate_lit_6"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="name" value="roof_slate_shade_6"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="name" value="roof_slate_ridge_6"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="name" value="roof_slate_ridge_edge_6"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="name" value="roof_slate_lit_7"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="name" value="roof_slate_shade_7"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="name" value="roof_slate_ridge_7"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="name" value="roof_slate_ridge_edge_7"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="name" value="roof_slate_lit_8"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="name" value="roof_slate_shade_8"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="name" value="roof_slate_ridge_8"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="name" value="roof_slate_ridge_edge_8"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="name" value="roof_slate_lit_9"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="name" value="roof_slate_shade_9"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="name" value="roof_slate_ridge_9"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="name" value="roof_slate_ridge_edge_9"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="name" value="roof_slate_lit_10"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="name" value="roof_slate_shade_10"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="name" value="roof_slate_ridge_10"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="name" value="roof_slate_ridge_edge_10"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="name" value="roof_slate_lit_11"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="name" value="roof_slate_shade_11"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="name" value="roof_slate_ridge_11"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="name" value="roof_slate_ridge_edge_11"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="name" value="roof_slate_lit_12"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="name" value="roof_slate_shade_12"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="name" value="roof_slate_ridge_12"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="name" value="roof_slate_ridge_edge_12"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="name" value="roof_slate_lit_13"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="92">
  <properties>
   <property name="name" value="roof_slate_shade_13"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="name" value="roof_slate_ridge_13"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="94">
  <properties>
   <property name="name" value="roof_slate_ridge_edge_13"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="name" value="roof_slate_lit_14"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="name" value="roof_slate_shade_14"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="name" value="roof_slate_ridge_14"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="name" value="roof_slate_ridge_edge_14"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="name" value="roof_slate_lit_15"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="100">
  <properties>
   <property name="name" value="roof_slate_shade_15"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="name" value="roof_slate_ridge_15"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="name" value="roof_slate_ridge_edge_15"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="103">
  <properties>
   <property name="name" value="roof_blue_lit_0"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="104">
  <properties>
   <property name="name" value="roof_blue_shade_0"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="name" value="roof_blue_ridge_0"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="name" value="roof_blue_ridge_edge_0"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="name" value="roof_blue_lit_1"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="108">
  <properties>
   <property name="name" value="roof_blue_shade_1"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="109">
  <properties>
   <property name="name" value="roof_blue_ridge_1"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="110">
  <properties>
   <property name="name" value="roof_blue_ridge_edge_1"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="111">
  <properties>
   <property name="name" value="roof_blue_lit_2"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="112">
  <properties>
   <property name="name" value="roof_blue_shade_2"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="113">
  <properties>
   <property name="name" value="roof_blue_ridge_2"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="114">
  <properties>
   <property name="name" value="roof_blue_ridge_edge_2"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="115">
  <properties>
   <property name="name" value="roof_blue_lit_3"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="116">
  <properties>
   <property name="name" value="roof_blue_shade_3"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="117">
  <properties>
   <property name="name" value="roof_blue_ridge_3"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="118">
  <properties>
   <property name="name" value="roof_blue_ridge_edge_3"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="119">
  <properties>
   <property name="name" value="roof_blue_lit_4"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="120">
  <properties>
   <property name="name" value="roof_blue_shade_4"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="121">
  <properties>
   <property name="name" value="roof_blue_ridge_4"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="122">
  <properties>
   <property name="name" value="roof_blue_ridge_edge_4"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="123">
  <properties>
   <property name="name" value="roof_blue_lit_5"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="124">
  <properties>
   <property name="name" value="roof_blue_shade_5"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="125">
  <properties>
   <property name="name" value="roof_blue_ridge_5"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="126">
  <properties>
   <property name="name" value="roof_blue_ridge_edge_5"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="127">
  <properties>
   <property name="name" value="roof_blue_lit_6"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="128">
  <properties>
   <property name="name" value="roof_blue_shade_6"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="129">
  <properties>
   <property name="name" value="roof_blue_ridge_6"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="130">
  <properties>
   <property name="name" value="roof_blue_ridge_edge_6"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="131">
  <properties>
   <property name="name" value="roof_blue_lit_7"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="132">
  <properties>
   <property name="name" value="roof_blue_shade_7"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="133">
  <properties>
   <property name="name" value="roof_blue_ridge_7"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="134">
  <properties>
   <property name="name" value="roof_blue_ridge_edge_7"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="135">
  <properties>
   <property name="name" value="roof_blue_lit_8"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="136">
  <properties>
   <property name="name" value="roof_blue_shade_8"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="137">
  <properties>
   <property name="name" value="roof_blue_ridge_8"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="138">
  <properties>
   <property name="name" value="roof_blue_ridge_edge_8"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="139">
  <properties>
   <property name="name" value="roof_blue_lit_9"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="140">
  <properties>
   <property name="name" value="roof_blue_shade_9"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="141">
  <properties>
   <property name="name" value="roof_blue_ridge_9"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="142">
  <properties>
   <property name="name" value="roof_blue_ridge_edge_9"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="143">
  <properties>
   <property name="name" value="roof_blue_lit_10"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="144">
  <properties>
   <property name="name" value="roof_blue_shade_10"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="145">
  <properties>
   <property name="name" value="roof_blue_ridge_10"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="146">
  <properties>
   <property name="name" value="roof_blue_ridge_edge_10"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="147">
  <properties>
   <property name="name" value="roof_blue_lit_11"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="148">
  <properties>
   <property name="name" value="roof_blue_shade_11"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="149">
  <properties>
   <property name="name" value="roof_blue_ridge_11"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="150">
  <properties>
   <property name="name" value="roof_blue_ridge_edge_11"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="151">
  <properties>
   <property name="name" value="roof_blue_lit_12"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="152">
  <properties>
   <property name="name" value="roof_blue_shade_12"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="153">
  <properties>
   <property name="name" value="roof_blue_ridge_12"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="154">
  <properties>
   <property name="name" value="roof_blue_ridge_edge_12"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="155">
  <properties>
   <property name="name" value="roof_blue_lit_13"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="156">
  <properties>
   <property name="name" value="roof_blue_shade_13"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="157">
  <properties>
   <property name="name" value="roof_blue_ridge_13"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="158">
  <properties>
   <property name="name" value="roof_blue_ridge_edge_13"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="159">
  <properties>
   <property name="name" value="roof_blue_lit_14"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="160">
  <properties>
   <property name="name" value="roof_blue_shade_14"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="161">
  <properties>
   <property name="name" value="roof_blue_ridge_14"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="162">
  <properties>
   <property name="name" value="roof_blue_ridge_edge_14"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="163">
  <properties>
   <property name="name" value="roof_blue_lit_15"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="164">
  <properties>
   <property name="name" value="roof_blue_shade_15"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="165">
  <properties>
   <property name="name" value="roof_blue_ridge_15"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="166">
  <properties>
   <property name="name" value="roof_blue_ridge_edge_15"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="167">
  <properties>
   <property name="name" value="roof_sage_lit_0"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="168">
  <properties>
   <property name="name" value="roof_sage_shade_0"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="169">
  <properties>
   <property name="name" value="roof_sage_ridge_0"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="170">
  <properties>
   <property name="name" value="roof_sage_ridge_edge_0"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="171">
  <properties>
   <property name="name" value="roof_sage_lit_1"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="172">
  <properties>
   <property name="name" value="roof_sage_shade_1"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="173">
  <properties>
   <property name="name" value="roof_sage_ridge_1"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="174">
  <properties>
   <property name="name" value="roof_sage_ridge_edge_1"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="175">
  <properties>
   <property name="name" value="roof_sage_lit_2"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="176">
  <properties>
   <property name="name" value="roof_sage_shade_2"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="177">
  <properties>
   <property name="name" value="roof_sage_ridge_2"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="178">
  <properties>
   <property name="name" value="roof_sage_ridge_edge_2"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="179">
  <properties>
   <property name="name" value="roof_sage_lit_3"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="180">
  <properties>
   <property name="name" value="roof_sage_shade_3"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="181">
  <properties>
   <property name="name" value="roof_sage_ridge_3"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="182">
  <properties>
   <property name="name" value="roof_sage_ridge_edge_3"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="183">
  <properties>
   <property name="name" value="roof_sage_lit_4"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="184">
  <properties>
   <property name="name" value="roof_sage_shade_4"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="185">
  <properties>
   <property name="name" value="roof_sage_ridge_4"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="186">
  <properties>
   <property name="name" value="roof_sage_ridge_edge_4"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="187">
  <properties>
   <property name="name" value="roof_sage_lit_5"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="188">
  <properties>
   <property name="name" value="roof_sage_shade_5"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="189">
  <properties>
   <property name="name" value="roof_sage_ridge_5"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="190">
  <properties>
   <property name="name" value="roof_sage_ridge_edge_5"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="191">
  <properties>
   <property name="name" value="roof_sage_lit_6"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="192">
  <properties>
   <property name="name" value="roof_sage_shade_6"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="193">
  <properties>
   <property name="name" value="roof_sage_ridge_6"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="194">
  <properties>
   <property name="name" value="roof_sage_ridge_edge_6"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="195">
  <properties>
   <property name="name" value="roof_sage_lit_7"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="196">
  <properties>
   <property name="name" value="roof_sage_shade_7"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="197">
  <properties>
   <property name="name" value="roof_sage_ridge_7"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="198">
  <properties>
   <property name="name" value="roof_sage_ridge_edge_7"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="199">
  <properties>
   <property name="name" value="roof_sage_lit_8"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="200">
  <properties>
   <property name="name" value="roof_sage_shade_8"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="201">
  <properties>
   <property name="name" value="roof_sage_ridge_8"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="202">
  <properties>
   <property name="name" value="roof_sage_ridge_edge_8"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="203">
  <properties>
   <property name="name" value="roof_sage_lit_9"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="204">
  <properties>
   <property name="name" value="roof_sage_shade_9"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="205">
  <properties>
   <property name="name" value="roof_sage_ridge_9"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="206">
  <properties>
   <property name="name" value="roof_sage_ridge_edge_9"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="207">
  <properties>
   <property name="name" value="roof_sage_lit_10"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="208">
  <properties>
   <property name="name" value="roof_sage_shade_10"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="209">
  <properties>
   <property name="name" value="roof_sage_ridge_10"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="210">
  <properties>
   <property name="name" value="roof_sage_ridge_edge_10"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="211">
  <properties>
   <property name="name" value="roof_sage_lit_11"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="212">
  <properties>
   <property name="name" value="roof_sage_shade_11"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="213">
  <properties>
   <property name="name" value="roof_sage_ridge_11"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="214">
  <properties>
   <property name="name" value="roof_sage_ridge_edge_11"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="215">
  <properties>
   <property name="name" value="roof_sage_lit_12"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="216">
  <properties>
   <property name="name" value="roof_sage_shade_12"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="217">
  <properties>
   <property name="name" value="roof_sage_ridge_12"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="218">
  <properties>
   <property name="name" value="roof_sage_ridge_edge_12"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="219">
  <properties>
   <property name="name" value="roof_sage_lit_13"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="220">
  <properties>
   <property name="name" value="roof_sage_shade_13"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="221">
  <properties>
   <property name="name" value="roof_sage_ridge_13"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="222">
  <properties>
   <property name="name" value="roof_sage_ridge_edge_13"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="223">
  <properties>
   <property name="name" value="roof_sage_lit_14"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="224">
  <properties>
   <property name="name" value="roof_sage_shade_14"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="225">
  <properties>
   <property name="name" value="roof_sage_ridge_14"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="226">
  <properties>
   <property name="name" value="roof_sage_ridge_edge_14"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="227">
  <properties>
   <property name="name" value="roof_sage_lit_15"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="228">
  <properties>
   <property name="name" value="roof_sage_shade_15"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="229">
  <properties>
   <property name="name" value="roof_sage_ridge_15"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="230">
  <properties>
   <property name="name" value="roof_sage_ridge_edge_15"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="231">
  <properties>
   <property name="name" value="roof_umber_flat_0_0"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="232">
  <properties>
   <property name="name" value="roof_umber_flat_1_0"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="233">
  <properties>
   <property name="name" value="roof_umber_flat_2_0"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="234">
  <properties>
   <property name="name" value="roof_umber_flat_0_1"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="235">
  <properties>
   <property name="name" value="roof_umber_flat_1_1"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="236">
  <properties>
   <property name="name" value="roof_umber_flat_2_1"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="237">
  <properties>
   <property name="name" value="roof_umber_flat_0_2"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="238">
  <properties>
   <property name="name" value="roof_umber_flat_1_2"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="239">
  <properties>
   <property name="name" value="roof_umber_flat_2_2"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="240">
  <properties>
   <property name="name" value="roof_umber_flat_0_3"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="241">
  <properties>
   <property name="name" value="roof_umber_flat_1_3"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="242">
  <properties>
   <property name="name" value="roof_umber_flat_2_3"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="243">
  <properties>
   <property name="name" value="roof_umber_flat_0_4"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="244">
  <properties>
   <property name="name" value="roof_umber_flat_1_4"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="245">
  <properties>
   <property name="name" value="roof_umber_flat_2_4"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="246">
  <properties>
   <property name="name" value="roof_umber_flat_0_5"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="247">
  <properties>
   <property name="name" value="roof_umber_flat_1_5"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="248">
  <properties>
   <property name="name" value="roof_umber_flat_2_5"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="249">
  <properties>
   <property name="name" value="roof_umber_flat_0_6"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="250">
  <properties>
   <property name="name" value="roof_umber_flat_1_6"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="251">
  <properties>
   <property name="name" value="roof_umber_flat_2_6"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="252">
  <properties>
   <property name="name" value="roof_umber_flat_0_7"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="253">
  <properties>
   <property name="name" value="roof_umber_flat_1_7"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="254">
  <properties>
   <property name="name" value="roof_umber_flat_2_7"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="255">
  <properties>
   <property name="name" value="roof_umber_flat_0_8"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="256">
  <properties>
   <property name="name" value="roof_umber_flat_1_8"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="257">
  <properties>
   <property name="name" value="roof_umber_flat_2_8"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="258">
  <properties>
   <property name="name" value="roof_umber_flat_0_9"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="259">
  <properties>
   <property name="name" value="roof_umber_flat_1_9"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="260">
  <properties>
   <property name="name" value="roof_umber_flat_2_9"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="261">
  <properties>
   <property name="name" value="roof_umber_flat_0_10"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="262">
  <properties>
   <property name="name" value="roof_umber_flat_1_10"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="263">
  <properties>
   <property name="name" value="roof_umber_flat_2_10"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="264">
  <properties>
   <property name="name" value="roof_umber_flat_0_11"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="265">
  <properties>
   <property name="name" value="roof_umber_flat_1_11"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="266">
  <properties>
   <property name="name" value="roof_umber_flat_2_11"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="267">
  <properties>
   <property name="name" value="roof_umber_flat_0_12"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="268">
  <properties>
   <property name="name" value="roof_umber_flat_1_12"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="269">
  <properties>
   <property name="name" value="roof_umber_flat_2_12"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="270">
  <properties>
   <property name="name" value="roof_umber_flat_0_13"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="271">
  <properties>
   <property name="name" value="roof_umber_flat_1_13"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="272">
  <properties>
   <property name="name" value="roof_umber_flat_2_13"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="273">
  <properties>
   <property name="name" value="roof_umber_flat_0_14"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="274">
  <properties>
   <property name="name" value="roof_umber_flat_1_14"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="275">
  <properties>
   <property name="name" value="roof_umber_flat_2_14"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="276">
  <properties>
   <property name="name" value="roof_umber_flat_0_15"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="277">
  <properties>
   <property name="name" value="roof_umber_flat_1_15"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="278">
  <properties>
   <property name="name" value="roof_umber_flat_2_15"/>
   <property name="opaque" type="bool" value="true"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="false"/>
  </properties>
 </tile>
 <tile id="279">
  <properties>
   <property name="name" value="pavement_kerb_1"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="280">
  <properties>
   <property name="name" value="pavement_kerb_2"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="281">
  <properties>
   <property name="name" value="pavement_kerb_3"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="282">
  <properties>
   <property name="name" value="pavement_kerb_4"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="283">
  <properties>
   <property name="name" value="pavement_kerb_5"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="284">
  <properties>
   <property name="name" value="pavement_kerb_6"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="285">
  <properties>
   <property name="name" value="pavement_kerb_7"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="286">
  <properties>
   <property name="name" value="pavement_kerb_8"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="287">
  <properties>
   <property name="name" value="pavement_kerb_9"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="288">
  <properties>
   <property name="name" value="pavement_kerb_10"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="289">
  <properties>
   <property name="name" value="pavement_kerb_11"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="290">
  <properties>
   <property name="name" value="pavement_kerb_12"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="291">
  <properties>
   <property name="name" value="pavement_kerb_13"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="292">
  <properties>
   <property name="name" value="pavement_kerb_14"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="293">
  <properties>
   <property name="name" value="pavement_kerb_15"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="294">
  <properties>
   <property name="name" value="plaza_edge_1"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="295">
  <properties>
   <property name="name" value="plaza_edge_2"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="296">
  <properties>
   <property name="name" value="plaza_edge_3"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="297">
  <properties>
   <property name="name" value="plaza_edge_4"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="298">
  <properties>
   <property name="name" value="plaza_edge_5"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="299">
  <properties>
   <property name="name" value="plaza_edge_6"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="300">
  <properties>
   <property name="name" value="plaza_edge_7"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="301">
  <properties>
   <property name="name" value="plaza_edge_8"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="302">
  <properties>
   <property name="name" value="plaza_edge_9"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="303">
  <properties>
   <property name="name" value="plaza_edge_10"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="304">
  <properties>
   <property name="name" value="plaza_edge_11"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="305">
  <properties>
   <property name="name" value="plaza_edge_12"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="306">
  <properties>
   <property name="name" value="plaza_edge_13"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="307">
  <properties>
   <property name="name" value="plaza_edge_14"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="308">
  <properties>
   <property name="name" value="plaza_edge_15"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="309">
  <properties>
   <property name="name" value="plaza_bench"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="310">
  <properties>
   <property name="name" value="grass_flowers"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="311">
  <properties>
   <property name="name" value="market_setts"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="312">
  <properties>
   <property name="name" value="pavement_lamp_4"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
 <tile id="313">
  <properties>
   <property name="name" value="pavement_lamp_1"/>
   <property name="opaque" type="bool" value="false"/>
   <property name="speed" type="float" value="1"/>
   <property name="walkable" type="bool" value="true"/>
  </properties>
 </tile>
</tileset>
