<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="city" tilewidth="32" tileheight="32" tilecount="39" columns="8">
 <image source="city.png" width="256" height="160"/>
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
</tileset>
