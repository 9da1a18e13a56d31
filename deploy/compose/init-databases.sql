-- one database and role per service, as deploy/local/servers.sh creates them
create role ow_intake login password 'ow_intake';         create database ow_intake owner ow_intake;
create role ow_routing login password 'ow_routing';       create database ow_routing owner ow_routing;
create role ow_approval login password 'ow_approval';     create database ow_approval owner ow_approval;
create role ow_issuance login password 'ow_issuance';     create database ow_issuance owner ow_issuance;
create role ow_evaluation login password 'ow_evaluation'; create database ow_evaluation owner ow_evaluation;
create role ow_gateway login password 'ow_gateway';       create database ow_gateway owner ow_gateway;
